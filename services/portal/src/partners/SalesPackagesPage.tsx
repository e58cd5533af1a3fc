import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import type { AgreementStatus, DraftSalesPackageInput } from '../__generated__/graphql.ts';
import { useMe } from '../shell/me-context.tsx';
import { ROUTES } from '../shell/menus.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, Notice, NotPermitted, SelectField, TextField } from '../ui/fields.tsx';
import { formatDay, humanize } from '../ui/format.ts';
import { ListResult } from '../ui/ListResult.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { explain, formatInstant, newKey } from './format.ts';
import { emptySalesPackage, type SalesPackageDraft, salesPackageInput } from './sales-package-form.ts';

const PAGE = 25;
const STATUSES = ['DRAFT', 'SENT', 'SIGNED', 'DECLINED'] as const;

/** The customer's decision in the partner's words (AGR-2: "Partners are notified of the approval decision"). */
const STATUS_LABEL: Record<string, string> = {
  DRAFT: 'Draft',
  SENT: 'Sent, waiting for the customer',
  SIGNED: 'Signed',
  DECLINED: 'Declined',
};
const statusLabel = (s: string) => STATUS_LABEL[s] ?? humanize(s);
const methodLabel = (m: string) => (m === 'PAPER' ? 'On paper' : 'Electronic');

const PackageRowAgreement = graphql(`
  fragment PartnerPackageRow_agreement on Agreement {
    id
    number
    customerName
    status
    signingMethod
    startDate
    purchasingAccount {
      id
      name
    }
  }
`);

const PackagesQuery = graphql(`
  query PartnerSalesPackages($filter: AgreementFilter, $first: Int) {
    agreements(filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...PartnerPackageRow_agreement
        }
      }
    }
  }
`);

const PackageQuery = graphql(`
  query PartnerSalesPackage($id: ID!) {
    agreement(id: $id) {
      id
      number
      organizationId
      customerName
      status
      signingMethod
      signerName
      signerEmail
      startDate
      endDate
      anniversaryMonth
      declineReason
      offers {
        code
        name
        productPool
        priceLevel
      }
      purchasingAccount {
        id
        number
        name
      }
      signature {
        method
        signerName
        signerTitle
        signedAt
      }
      statusHistory {
        status
        at
        byWorkAccount
      }
    }
  }
`);

const DraftFormQuery = graphql(`
  query DraftSalesPackageForm {
    myCustomers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    catalogProducts(first: 100) {
      edges {
        node {
          id
          name
          family
        }
      }
    }
  }
`);

const CustomerAccountsQuery = graphql(`
  query PartnerCustomerAccounts($customerId: ID!) {
    purchasingAccounts(customerId: $customerId, first: 100) {
      edges {
        node {
          id
          number
          name
        }
      }
    }
  }
`);

const DraftMutation = graphql(`
  mutation DraftSalesPackage($input: DraftSalesPackageInput!, $idempotencyKey: String) {
    draftSalesPackage(input: $input, idempotencyKey: $idempotencyKey) {
      id
      number
    }
  }
`);

const SendMutation = graphql(`
  mutation SendSalesPackage($id: ID!, $idempotencyKey: String) {
    sendSalesPackage(id: $id, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const PaperMutation = graphql(`
  mutation RecordPaperSignature($id: ID!, $signer: PaperSignerInput!, $idempotencyKey: String) {
    recordPaperSignature(id: $id, signer: $signer, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const DRAFT_LABELS = {
  customerId: 'Customer',
  'newCustomer.organizationName': 'Organization name',
  'newCustomer.domainAdministratorEmail': "Domain administrator's email",
  purchasingAccountId: 'Purchasing account',
  'newPurchasingAccount.name': 'Account name',
  'newPurchasingAccount.address.line1': 'Address',
  'newPurchasingAccount.address.city': 'City',
  'newPurchasingAccount.address.postalCode': 'Postal code',
  'newPurchasingAccount.address.country': 'Country',
  'newPurchasingAccount.contacts': 'Purchasing contact',
  offers: 'Offers',
  'signer.name': "Signer's name",
  'signer.email': "Signer's email",
  startDate: 'Start date',
  termMonths: 'Term in months',
  anniversaryMonth: 'Anniversary month',
};

const PAPER_LABELS = {
  'signer.name': "Signer's name",
  'signer.title': "Signer's title",
  'signer.signedAt': 'Signed on',
};

const REFETCH = ['PartnerSalesPackage', 'PartnerSalesPackages', 'PartnerCustomers', 'PartnerCustomer'];

function PackageRow({ agreement }: { agreement: FragmentType<typeof PackageRowAgreement> }) {
  const a = getFragmentData(PackageRowAgreement, agreement);
  return (
    <tr>
      <th scope="row" className="nowrap">
        <Link to={`?package=${encodeURIComponent(a.id)}`}>{a.number}</Link>
      </th>
      <td>{a.customerName}</td>
      <td>{a.purchasingAccount.name}</td>
      <td>{statusLabel(a.status)}</td>
      <td>{methodLabel(a.signingMethod)}</td>
      <td className="nowrap">{formatDay(a.startDate)}</td>
    </tr>
  );
}

function PackagesList() {
  const { can } = useMe();
  const [status, setStatus] = useState('');
  const [first, setFirst] = useState(PAGE);
  const { data, previousData, error, loading, refetch } = useQuery(PackagesQuery, {
    variables: { filter: { status: (status || null) as AgreementStatus | null }, first },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <>
      <h1>Sales packages</h1>
      {can('EDIT_ACTIVE_AGREEMENTS') && (
        <p>
          <Link className="button primary inline" to="?new=1">
            Draft a sales package
          </Link>
        </p>
      )}
      <div className="filters">
        <SelectField
          label="Status"
          value={status}
          onChange={(v) => {
            setFirst(PAGE);
            setStatus(v);
          }}
          options={[
            { value: '', label: 'All statuses' },
            ...STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
          ]}
        />
      </div>
      <ListResult
        error={error}
        retry={() => void refetch()}
        loading={loading}
        shown={shown?.agreements}
        loadingWhat="sales packages"
        noun="sales packages"
        empty="No sales packages match."
        caption="Sales packages"
        head={
          <>
            <th scope="col">Agreement number</th>
            <th scope="col">Customer</th>
            <th scope="col">Purchasing account</th>
            <th scope="col">Status</th>
            <th scope="col">Signing</th>
            <th scope="col">Start date</th>
          </>
        }
        onMore={() => setFirst((n) => n + PAGE)}
      >
        {shown?.agreements.edges.map(({ node }) => (
          <PackageRow key={node.id} agreement={node} />
        ))}
      </ListResult>
    </>
  );
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** AGR-2: the partner records the customer's signature on paper (name, title, the day it was signed). */
function PaperSignature({ id, onDone }: { id: string; onDone: (message: string) => void }) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState(today);
  const [key, setKey] = useState(newKey);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [record, { loading }] = useMutation(PaperMutation, { refetchQueries: REFETCH });
  const edit = (set: (v: string) => void) => (v: string) => {
    set(v);
    setKey(newKey());
  };
  return (
    <form
      className="panel narrow-form"
      aria-labelledby="paper-heading"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setProblem(null);
        // The local start of that day: a day in the past is never "in the future" on the server.
        const signedAt = day ? new Date(`${day}T00:00:00`).toISOString() : '';
        try {
          await record({
            variables: {
              id,
              signer: { name: name.trim(), title: title.trim(), signedAt },
              idempotencyKey: key,
            },
          });
          onDone('The paper signature was recorded: the agreement is signed.');
        } catch (error) {
          setProblem(explain(apiProblem(error), PAPER_LABELS));
        }
      }}
    >
      <h2 id="paper-heading">Record paper signature</h2>
      <FormProblem problem={problem} />
      <TextField
        label="Signer's name"
        value={name}
        onChange={edit(setName)}
        invalid={problem?.field === 'signer.name'}
      />
      <TextField
        label="Signer's title"
        value={title}
        onChange={edit(setTitle)}
        invalid={problem?.field === 'signer.title'}
      />
      <TextField
        label="Signed on"
        type="date"
        value={day}
        onChange={edit(setDay)}
        invalid={problem?.field === 'signer.signedAt'}
      />
      <button type="submit" className="button primary inline" disabled={loading}>
        Record signature
      </button>
    </form>
  );
}

function PackageDetails({ id, notice: initial }: { id: string; notice: string | null }) {
  const { can } = useMe();
  const { data, error, refetch } = useQuery(PackageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(initial);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // One key per package: a Send retried after a lost answer is answered with the sent package.
  const [sendKey] = useState(newKey);
  const [send, sending] = useMutation(SendMutation, { refetchQueries: REFETCH });
  const back = (
    <p>
      <Link className="back" to={ROUTES.salesPackages}>
        Back to sales packages
      </Link>
    </p>
  );
  if (error && !data)
    return (
      <>
        {back}
        <h1>Sales package</h1>
        <ErrorState error={error} retry={() => void refetch()} />
      </>
    );
  if (!data) return <Loading what="the sales package" />;
  const a = data.agreement;
  if (!a)
    return (
      <>
        {back}
        <h1>Sales package</h1>
        <p className="state state-empty">There is no such sales package, or it is not yours.</p>
      </>
    );
  const mayAct = can('EDIT_ACTIVE_AGREEMENTS');
  // The draft form's message is for the draft only (history state outlives a reload).
  const shownNotice = notice === initial && a.status !== 'DRAFT' ? null : notice;
  return (
    <>
      {back}
      <h1>Sales package {a.number}</h1>
      {shownNotice && <Notice>{shownNotice}</Notice>}
      <FormProblem problem={problem} />
      <dl className="partner-details">
        <dt>Customer</dt>
        <dd>
          <Link to={`${ROUTES.customers}?customer=${encodeURIComponent(a.organizationId)}`}>
            {a.customerName}
          </Link>
        </dd>
        <dt>Purchasing account</dt>
        <dd>
          {a.purchasingAccount.name} ({a.purchasingAccount.number})
        </dd>
        <dt>Status</dt>
        <dd>
          <strong>{statusLabel(a.status)}</strong>
        </dd>
        {a.signature && (
          <>
            <dt>Signed by</dt>
            <dd>
              {`${a.signature.signerName}, ${a.signature.signerTitle} (${methodLabel(a.signature.method).toLowerCase()}, `}
              <time dateTime={a.signature.signedAt}>{formatInstant(a.signature.signedAt)}</time>)
            </dd>
          </>
        )}
        {a.declineReason && (
          <>
            <dt>Reason for declining</dt>
            <dd>{a.declineReason}</dd>
          </>
        )}
        <dt>Signing</dt>
        <dd>{methodLabel(a.signingMethod)}</dd>
        <dt>Signer</dt>
        <dd>
          {a.signerName} ({a.signerEmail})
        </dd>
        <dt>Term</dt>
        <dd>
          {formatDay(a.startDate)} – {formatDay(a.endDate)}
        </dd>
      </dl>
      {mayAct && a.status === 'DRAFT' && (
        <p>
          <button
            type="button"
            className="button primary inline"
            disabled={sending.loading}
            onClick={async () => {
              setProblem(null);
              try {
                await send({ variables: { id, idempotencyKey: sendKey } });
                setNotice(
                  a.signingMethod === 'PAPER'
                    ? `Sales package ${a.number} was sent. Record the signature once the customer has signed on paper.`
                    : `Sales package ${a.number} was sent: ${a.signerEmail} has been emailed that it is ready to sign.`,
                );
              } catch (e) {
                setProblem(apiProblem(e));
              }
            }}
          >
            Send to customer
          </button>
        </p>
      )}
      {mayAct && a.status === 'SENT' && a.signingMethod === 'PAPER' && (
        <PaperSignature id={id} onDone={setNotice} />
      )}
      <h2>Offers</h2>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Offers</caption>
          <thead>
            <tr>
              <th scope="col">Offer</th>
              <th scope="col">Product pool</th>
              <th scope="col">Price level</th>
            </tr>
          </thead>
          <tbody>
            {a.offers.map((o) => (
              <tr key={o.code}>
                <th scope="row">{o.name}</th>
                <td>{o.productPool}</td>
                <td>{o.priceLevel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>History</h2>
      <ol className="history">
        {a.statusHistory.map((h) => (
          <li key={`${h.status}-${h.at}`}>
            <time dateTime={h.at}>{formatInstant(h.at)}</time>: {statusLabel(h.status)}
            {h.byWorkAccount ? ` (${h.byWorkAccount})` : ''}
          </li>
        ))}
      </ol>
      {a.status === 'SIGNED' && mayAct && (
        <p>
          <Link
            className="button secondary"
            to={`${ROUTES.partnerOrders}?new=1&customer=${encodeURIComponent(a.organizationId)}&account=${encodeURIComponent(a.purchasingAccount.id)}`}
          >
            Place an order
          </Link>
        </p>
      )}
    </>
  );
}

/** AGR-2: draft a sales package: customer, purchasing account, offers, signing method, signer, term. */
function DraftForm() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form, setForm] = useState<SalesPackageDraft>(() => ({
    ...emptySalesPackage(today()),
    customerId: params.get('customer') ?? '',
  }));
  const [key, setKey] = useState(newKey);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const { data, error, refetch } = useQuery(DraftFormQuery);
  const accounts = useQuery(CustomerAccountsQuery, {
    variables: { customerId: form.customerId },
    skip: !form.customerId,
  });
  const [draft, { loading }] = useMutation(DraftMutation, { refetchQueries: REFETCH });
  const update = (patch: Partial<SalesPackageDraft>) => {
    setForm((f) => ({ ...f, ...patch }));
    setKey(newKey()); // another form: another package, so another key
  };
  const set = (name: keyof SalesPackageDraft) => (value: string) => update({ [name]: value });
  const bad = (field: string) =>
    problem?.field === field || (problem?.field?.startsWith(`${field}.`) ?? false);
  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading what="the sales package form" />;
  const customers = data.myCustomers.edges.map((e) => e.node);
  const catalog = data.catalogProducts.edges.map((e) => e.node);
  const accountList = accounts.data?.purchasingAccounts.edges.map((e) => e.node) ?? [];
  const chosen = new Set(form.offers.map((o) => o.code));
  return (
    <>
      <p>
        <Link className="back" to={ROUTES.salesPackages}>
          Back to sales packages
        </Link>
      </p>
      <h1>Draft a sales package</h1>
      <form
        className="wizard partner-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setProblem(null);
          try {
            const result = await draft({
              variables: { input: salesPackageInput(form) as DraftSalesPackageInput, idempotencyKey: key },
            });
            const made = result.data?.draftSalesPackage;
            if (made)
              navigate(`?package=${encodeURIComponent(made.id)}`, {
                state: {
                  notice: `Sales package ${made.number} was saved as a draft. Check it, then send it to the customer.`,
                },
              });
          } catch (err) {
            setProblem(explain(apiProblem(err), DRAFT_LABELS));
          }
        }}
      >
        <FormProblem problem={problem} />
        <fieldset>
          <legend>Customer</legend>
          <SelectField
            label="Customer"
            value={form.customerId}
            onChange={(v) => update({ customerId: v, purchasingAccountId: '' })}
            invalid={bad('customerId')}
            options={[
              { value: '', label: 'A new customer' },
              ...customers.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          {!form.customerId && (
            <>
              <TextField
                label="Organization name"
                value={form.organizationName}
                onChange={set('organizationName')}
                invalid={bad('newCustomer.organizationName')}
              />
              <TextField
                label="Domain administrator's email"
                type="email"
                value={form.domainAdministratorEmail}
                onChange={set('domainAdministratorEmail')}
                invalid={bad('newCustomer.domainAdministratorEmail')}
                hint="Gets the welcome invitation to register once the agreement is signed."
              />
            </>
          )}
        </fieldset>
        <fieldset>
          <legend>Purchasing account</legend>
          {form.customerId && (
            <SelectField
              label="Purchasing account"
              value={form.purchasingAccountId}
              onChange={set('purchasingAccountId')}
              invalid={bad('purchasingAccountId')}
              options={[
                { value: '', label: 'A new purchasing account' },
                ...accountList.map((a) => ({ value: a.id, label: `${a.name} (${a.number})` })),
              ]}
            />
          )}
          {!(form.customerId && form.purchasingAccountId) && (
            <>
              <TextField
                label="Account name"
                value={form.accountName}
                onChange={set('accountName')}
                invalid={bad('newPurchasingAccount.name')}
              />
              <TextField
                label="Address"
                value={form.line1}
                onChange={set('line1')}
                autoComplete="off"
                invalid={bad('newPurchasingAccount.address.line1')}
              />
              <TextField
                label="City"
                value={form.city}
                onChange={set('city')}
                invalid={bad('newPurchasingAccount.address.city')}
              />
              <TextField
                label="Postal code"
                value={form.postalCode}
                onChange={set('postalCode')}
                invalid={bad('newPurchasingAccount.address.postalCode')}
              />
              <TextField
                label="Country"
                value={form.country}
                onChange={set('country')}
                hint="Two-letter code, e.g. US or DE."
                invalid={bad('newPurchasingAccount.address.country')}
              />
              <TextField
                label="Purchasing contact name"
                value={form.contactName}
                onChange={set('contactName')}
                invalid={bad('newPurchasingAccount.contacts')}
              />
              <TextField
                label="Purchasing contact email"
                type="email"
                value={form.contactEmail}
                onChange={set('contactEmail')}
                invalid={bad('newPurchasingAccount.contacts')}
              />
            </>
          )}
        </fieldset>
        <fieldset className="offer-list" aria-invalid={bad('offers') ? true : undefined}>
          <legend>Offers</legend>
          <ul className="choice-grid">
            {catalog.map((p) => (
              <li key={p.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(p.id)}
                    onChange={(e) =>
                      update({
                        offers: e.target.checked
                          ? [...form.offers, { code: p.id, name: p.name, productPool: p.family }]
                          : form.offers.filter((o) => o.code !== p.id),
                      })
                    }
                  />{' '}
                  {p.name} <span className="subtle">({p.family})</span>
                </label>
              </li>
            ))}
          </ul>
          <SelectField
            label="Price level"
            value={form.priceLevel}
            onChange={set('priceLevel')}
            options={['A', 'B', 'C', 'D'].map((l) => ({ value: l, label: l }))}
          />
        </fieldset>
        <fieldset>
          <legend>Signing</legend>
          <div className="choice-row" role="radiogroup" aria-label="Signing method">
            {(['ELECTRONIC', 'PAPER'] as const).map((m) => (
              <label key={m} className="choice-inline">
                <input
                  type="radio"
                  name="signingMethod"
                  checked={form.signingMethod === m}
                  onChange={() => update({ signingMethod: m })}
                />{' '}
                {m === 'PAPER' ? 'On paper' : 'Electronically'}
              </label>
            ))}
          </div>
          <TextField
            label="Signer's name"
            value={form.signerName}
            onChange={set('signerName')}
            invalid={bad('signer.name')}
          />
          <TextField
            label="Signer's email"
            type="email"
            value={form.signerEmail}
            onChange={set('signerEmail')}
            invalid={bad('signer.email')}
          />
        </fieldset>
        <fieldset>
          <legend>Term</legend>
          <TextField
            label="Start date"
            type="date"
            value={form.startDate}
            onChange={set('startDate')}
            invalid={bad('startDate')}
          />
          <SelectField
            label="Term in months"
            value={form.termMonths}
            onChange={set('termMonths')}
            invalid={bad('termMonths')}
            options={['12', '24', '36', '48', '60'].map((m) => ({ value: m, label: m }))}
          />
          <SelectField
            label="Anniversary month"
            value={form.anniversaryMonth}
            onChange={set('anniversaryMonth')}
            invalid={bad('anniversaryMonth')}
            options={Array.from({ length: 12 }, (_, i) => ({
              value: String(i + 1),
              label: new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' }).format(
                new Date(Date.UTC(2000, i, 1)),
              ),
            }))}
          />
        </fieldset>
        <div className="wizard-actions">
          <button type="submit" className="button primary inline" disabled={loading}>
            Save draft
          </button>
          <Link className="button secondary" to={ROUTES.salesPackages}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** WEB-10 / AGR-2: the partner's sales packages: list, draft, send, paper signature, the decision. */
export default function SalesPackagesPage() {
  const { can, organizationKind } = useMe();
  const [params] = useSearchParams();
  // The draft form hands its message over with the navigation.
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  if (organizationKind !== 'PARTNER' || !can('VIEW_AGREEMENTS'))
    return <NotPermitted title="Sales packages" what="preparing sales packages" />;
  const selected = params.get('package');
  if (selected) return <PackageDetails key={selected} id={selected} notice={notice} />;
  if (params.get('new') && can('EDIT_ACTIVE_AGREEMENTS')) return <DraftForm />;
  return <PackagesList />;
}
