import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../__generated__';
import { useAccountSelection } from '../shell/account-selection.tsx';
import { useMe } from '../shell/me-context.tsx';
import { apiProblem } from '../ui/errors.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { Confirmation } from './Confirmation.tsx';
import { PlanStep } from './PlanStep.tsx';
import { ServiceStep } from './ServiceStep.tsx';
import { type SetUpForm, STEPS, type Step } from './set-up.ts';
import { VerifyStep } from './VerifyStep.tsx';

const OnlineServicesQuery = graphql(`
  query OnlineServicesSetUp {
    catalogProducts(filter: { kind: ONLINE_SERVICE }, first: 100) {
      edges {
        node {
          id
          selfProvisionable
          ...ServiceStep_product
          ...PlanStep_product
          ...VerifyStep_product
        }
      }
    }
    purchasingAccounts(first: 100) {
      edges {
        node {
          id
          ...PlanStep_account
          ...VerifyStep_account
        }
      }
    }
  }
`);

const SetUpMutation = graphql(`
  mutation SetUpOnlineService($input: SetUpOnlineServiceInput!) {
    setUpOnlineService(input: $input) {
      id
      ...Confirmation_subscription
    }
  }
`);

const EMPTY: SetUpForm = { serviceId: '', sku: '', quantity: '', purchasingAccountId: '' };

/**
 * WEB-5, the guide's "Set up online services": service → plan and quantity → verify → submit →
 * confirmation. Only services a customer may set up themselves are offered (INV-4); what was chosen
 * and typed stays when the server refuses it (WEB-11).
 */
export function OnlineServicesPage() {
  const { can } = useMe();
  const { purchasingAccountId } = useAccountSelection();
  const allowed = can('SELF_PROVISION');
  const { data, error, loading, refetch } = useQuery(OnlineServicesQuery, { skip: !allowed });
  const [step, setStep] = useState<Step>('service');
  const [form, setForm] = useState<SetUpForm>(EMPTY);
  const [problem, setProblem] = useState<{ message: string; field?: string } | null>(null);
  const client = useApolloClient();
  const [setUp, { data: done, loading: submitting, reset }] = useMutation(SetUpMutation);
  const heading = useRef<HTMLHeadingElement>(null);

  const accounts = data?.purchasingAccounts.edges.map((e) => e.node) ?? [];
  const services = data?.catalogProducts.edges.map((e) => e.node).filter((p) => p.selfProvisionable) ?? [];
  const service = services.find((s) => s.id === form.serviceId);
  const account = accounts.find((a) => a.id === form.purchasingAccountId);

  // The account chosen at the top right (or the only one) is the one the service is set up for.
  useEffect(() => {
    const preset = purchasingAccountId ?? (accounts.length === 1 ? accounts[0]!.id : '');
    if (preset) setForm((f) => ({ ...f, purchasingAccountId: preset }));
  }, [purchasingAccountId, accounts.length, accounts[0]?.id]);

  // Each step moves focus to its heading, so keyboard and screen reader users start at the new content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => heading.current?.focus(), [step]);

  if (!allowed)
    return (
      <>
        <h1>Set up online services</h1>
        <Empty>
          Your role does not include setting up online services. An account manager or account administrator
          of your organization can set them up.
        </Empty>
      </>
    );

  const go = (next: Step) => {
    setProblem(null);
    setStep(next);
  };

  const chooseService = (serviceId: string) => {
    // A different service starts its plan choice afresh; the same one keeps it.
    setForm((f) => (f.serviceId === serviceId ? f : { ...f, serviceId, sku: '', quantity: '' }));
    go('plan');
  };

  const submit = async () => {
    setProblem(null);
    try {
      await setUp({
        variables: {
          input: {
            purchasingAccountId: form.purchasingAccountId,
            sku: form.sku,
            quantity: Number(form.quantity),
          },
        },
      });
      // The inventory and the dashboard now hold the new service: ask the server again when shown.
      client.cache.evict({ fieldName: 'inventory' });
      client.cache.evict({ fieldName: 'inventoryDashboard' });
      client.cache.gc();
      setStep('done');
    } catch (e) {
      const p = apiProblem(e);
      setProblem(p);
      // A refused quantity or plan is corrected where it was entered.
      if (p.field === 'quantity' || p.field === 'sku' || p.field === 'purchasingAccountId') setStep('plan');
    }
  };

  const again = () => {
    reset();
    setForm((f) => ({ ...EMPTY, purchasingAccountId: f.purchasingAccountId }));
    go('service');
  };

  return (
    <>
      <h1>Set up online services</h1>
      <p className="lead">
        When you set up an online service, you commit to placing an order for it promptly with your partner.
        If you don't, the service may be cancelled. Your partner is notified after you complete setup.
      </p>
      <ol className="steps" aria-label="Steps">
        {STEPS.map((s, index) => (
          <li key={s.id} aria-current={s.id === step ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>
            {s.label}
          </li>
        ))}
      </ol>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : loading || !data ? (
        <Loading what="the online services" />
      ) : services.length === 0 ? (
        <Empty>No online services can be set up here. Ask your partner to order the service you need.</Empty>
      ) : step === 'plan' && service ? (
        <PlanStep
          headingRef={heading}
          service={service}
          accounts={accounts}
          form={form}
          problem={problem}
          onChange={(change) => {
            setForm((f) => ({ ...f, ...change }));
            setProblem(null);
          }}
          onBack={() => go('service')}
          onNext={() => go('verify')}
        />
      ) : step === 'verify' && service && account ? (
        <VerifyStep
          headingRef={heading}
          service={service}
          account={account}
          form={form}
          problem={problem}
          submitting={submitting}
          onBack={() => go('plan')}
          onSubmit={() => void submit()}
        />
      ) : step === 'done' && done ? (
        <Confirmation headingRef={heading} subscription={done.setUpOnlineService} onAgain={again} />
      ) : (
        // The first step, and where an inconsistent state (a service gone from the list) falls back to.
        <ServiceStep
          headingRef={heading}
          services={services}
          selected={form.serviceId}
          onNext={chooseService}
        />
      )}
    </>
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default OnlineServicesPage;
