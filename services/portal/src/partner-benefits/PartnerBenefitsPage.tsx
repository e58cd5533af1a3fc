import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import { ActingCustomerProvider } from '../benefits/acting.tsx';
import { BenefitsTab } from '../benefits/BenefitsTab.tsx';
import { useMe } from '../shell/me-context.tsx';
import { ROUTES } from '../shell/menus.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { canAct, canRequest, STANDING_WORDS, standingWith } from './standing.ts';

const PartnerBenefitsQuery = graphql(`
  query PartnerBenefits {
    myCustomers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    benefitPermissions {
      id
      customerOrganizationId
      customerName
      status
      requestedAt
    }
  }
`);

const RequestBenefitPermission = graphql(`
  mutation RequestBenefitPermission($customerId: ID!) {
    requestBenefitPermission(customerId: $customerId) {
      id
      status
    }
  }
`);

const TITLE = 'Customer benefits';

/**
 * WEB-10 / BEN-7, the partner's side: its customers and where it stands with each; "Request
 * permission" (the request must come from the partner, the guide says); once the customer approves,
 * "Manage benefits" opens the same benefit pages the customer has, acting for that customer. The
 * permission is asked again on every call, so a removal refuses the next action at once, and the
 * next load of this page stops offering it.
 */
export default function PartnerBenefitsPage() {
  const { can, organizationKind } = useMe();
  if (organizationKind !== 'PARTNER' || !can('MANAGE_BENEFITS'))
    return (
      <>
        <h1>{TITLE}</h1>
        <p className="state state-empty">
          Only partner users who manage benefits see their customers' benefits here. See My profile for your
          roles and permissions.
        </p>
      </>
    );
  return <PartnerBenefits />;
}

function PartnerBenefits() {
  const [params, setParams] = useSearchParams();
  const customerId = params.get('customer');
  const { data, error, refetch } = useQuery(PartnerBenefitsQuery);
  const [request, requesting] = useMutation(RequestBenefitPermission, {
    refetchQueries: ['PartnerBenefits'],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (error)
    return (
      <>
        <h1>{TITLE}</h1>
        <ErrorState error={error} retry={() => void refetch()} />
      </>
    );
  if (!data)
    return (
      <>
        <h1>{TITLE}</h1>
        <Loading what="your customers" />
      </>
    );
  const customers = data.myCustomers.edges.map((e) => e.node);
  const permissions = data.benefitPermissions;

  if (customerId) {
    const customer = customers.find((c) => c.id === customerId);
    const name =
      customer?.name ?? permissions.find((p) => p.customerOrganizationId === customerId)?.customerName;
    const back = (
      <p>
        <Link to={ROUTES.partnerBenefits}>Back to customer benefits</Link>
      </p>
    );
    if (!name || !canAct(standingWith(permissions, customerId)))
      return (
        <>
          <h1>{TITLE}</h1>
          {back}
          <p className="state state-empty" role="status">
            {name ?? 'This customer'} has not given you permission to manage its benefits. Request permission
            from the list of your customers; the customer approves it on its benefits page.
          </p>
        </>
      );
    return (
      <>
        <h1>{TITLE}</h1>
        {back}
        <p className="lead">
          You are managing the Software Assurance benefits of <strong>{name}</strong>, with the permission it
          gave you. It can remove that permission at any time.
        </p>
        <ActingCustomerProvider value={{ customerId, customerName: name, purchasingAccountId: null }}>
          <BenefitsTab />
        </ActingCustomerProvider>
      </>
    );
  }

  const ask = async (id: string, name: string) => {
    setProblem(null);
    setNotice(null);
    try {
      await request({ variables: { customerId: id } });
      setNotice(`Permission requested from ${name}. The customer approves it on its benefits page.`);
    } catch (failure) {
      setProblem(apiProblem(failure));
    }
  };

  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        Customers can allow you to manage their Software Assurance benefits on their behalf. The request must
        come from you; the customer approves or denies it and can remove the permission at any time.
      </p>
      {notice && (
        <p className="notice compact" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p className="state state-error" role="alert">
          {problem.message}
        </p>
      )}
      {customers.length === 0 ? (
        <Empty>You are not partner of record for any customer yet.</Empty>
      ) : (
        <div className="table-scroll contained">
          <table>
            <caption className="visually-hidden">Your customers and your benefit permissions</caption>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Benefit permission</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {customers.map((c) => {
                const standing = standingWith(permissions, c.id);
                return (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td>{STANDING_WORDS[standing]}</td>
                    <td>
                      {canAct(standing) && (
                        <button
                          type="button"
                          className="button primary small"
                          onClick={() => setParams({ customer: c.id })}
                        >
                          Manage benefits<span className="visually-hidden"> of {c.name}</span>
                        </button>
                      )}
                      {canRequest(standing) && (
                        <button
                          type="button"
                          className="button secondary small"
                          disabled={requesting.loading}
                          onClick={() => void ask(c.id, c.name)}
                        >
                          Request permission<span className="visually-hidden"> from {c.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
