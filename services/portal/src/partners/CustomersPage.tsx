import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { useMe } from '../shell/me-context.tsx';
import { ROUTES } from '../shell/menus.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, Notice, NotPermitted, TextField } from '../ui/fields.tsx';
import { formatDay, humanize } from '../ui/format.ts';
import { ListResult } from '../ui/ListResult.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { explain, formatInstant } from './format.ts';

const PAGE = 25;

const CustomerRowOrganization = graphql(`
  fragment CustomerRow_organization on Organization {
    id
    name
    status
  }
`);

const CustomersQuery = graphql(`
  query PartnerCustomers($first: Int) {
    myCustomers(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...CustomerRow_organization
        }
      }
    }
  }
`);

const InvitationFields = graphql(`
  fragment WelcomeInvitation_invitation on Invitation {
    id
    recipientEmail
    expiresAt
    status
  }
`);

const CustomerQuery = graphql(`
  query PartnerCustomer($id: ID!) {
    domainAdministratorInvitation(organizationId: $id) {
      id
      organization {
        id
        name
        status
      }
      ...WelcomeInvitation_invitation
    }
    purchasingAccounts(customerId: $id, first: 100) {
      edges {
        node {
          id
          number
          name
          location
          agreements {
            id
            number
            status
            signingMethod
            startDate
            endDate
          }
        }
      }
    }
  }
`);

const ResendMutation = graphql(`
  mutation ResendWelcomeInvitation($organizationId: ID!) {
    resendDomainAdministratorInvitation(organizationId: $organizationId) {
      id
      ...WelcomeInvitation_invitation
    }
  }
`);

const ChangeMutation = graphql(`
  mutation ChangeDomainAdministrator($organizationId: ID!, $email: String!) {
    changeDomainAdministrator(organizationId: $organizationId, email: $email) {
      id
      ...WelcomeInvitation_invitation
    }
  }
`);

function CustomerRow({ organization }: { organization: FragmentType<typeof CustomerRowOrganization> }) {
  const o = getFragmentData(CustomerRowOrganization, organization);
  return (
    <tr>
      <th scope="row">
        <Link to={`?customer=${encodeURIComponent(o.id)}`}>{o.name}</Link>
      </th>
      <td>{o.status === 'PENDING' ? 'Invited, not registered yet' : 'Registered'}</td>
    </tr>
  );
}

const INVITATION_STATUS: Record<string, string> = {
  PENDING: 'Sent, waiting for registration',
  USED: 'Used: the administrator has registered',
  EXPIRED: 'Expired',
  SUPERSEDED: 'Replaced by a newer invitation',
};

/**
 * ACC-2 / WEB-10: the domain administrator's welcome invitation: Resend (a new link, the old one
 * stops working) and Change recipient (designate another administrator), for the partner of record.
 */
function WelcomeInvitation({
  organizationId,
  invitation,
}: {
  organizationId: string;
  invitation: FragmentType<typeof InvitationFields>;
}) {
  const inv = getFragmentData(InvitationFields, invitation);
  // Any user of the partner of record may (accounts' rule); once used, there is nothing to resend.
  const mayChange = inv.status !== 'USED';
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [changing, setChanging] = useState(false);
  const [email, setEmail] = useState('');
  // The customer's invitation is now the new one: ask for it again.
  const [resend, resending] = useMutation(ResendMutation, { refetchQueries: ['PartnerCustomer'] });
  const [change, redirecting] = useMutation(ChangeMutation, { refetchQueries: ['PartnerCustomer'] });
  const run = async (action: () => Promise<unknown>, message: string) => {
    setProblem(null);
    setNotice(null);
    try {
      await action();
      setNotice(message);
      setChanging(false);
      setEmail('');
    } catch (error) {
      setProblem(explain(apiProblem(error), { email: "New domain administrator's email" }));
    }
  };
  return (
    <section className="panel" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">Welcome invitation</h2>
      <dl className="partner-details">
        <dt>Domain administrator</dt>
        <dd>{inv.recipientEmail}</dd>
        <dt>Status</dt>
        <dd>{INVITATION_STATUS[inv.status] ?? humanize(inv.status)}</dd>
        <dt>Link expires</dt>
        <dd>
          <time dateTime={inv.expiresAt}>{formatInstant(inv.expiresAt)}</time>
        </dd>
      </dl>
      {notice && <Notice>{notice}</Notice>}
      <FormProblem problem={problem} />
      {mayChange && (
        <div className="partner-actions">
          <button
            type="button"
            className="button secondary"
            disabled={resending.loading}
            onClick={() =>
              void run(
                () => resend({ variables: { organizationId } }),
                `The welcome invitation was sent again to ${inv.recipientEmail}. The earlier link no longer works.`,
              )
            }
          >
            Resend invitation
          </button>
          <button
            type="button"
            className="button secondary"
            aria-expanded={changing}
            onClick={() => setChanging((c) => !c)}
          >
            Change recipient
          </button>
        </div>
      )}
      {mayChange && changing && (
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const to = email.trim();
            void run(
              () => change({ variables: { organizationId, email: to } }),
              `${to} is now the designated domain administrator and has been sent the welcome invitation. The earlier link no longer works.`,
            );
          }}
        >
          <TextField
            label="New domain administrator's email"
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="off"
            invalid={problem?.field === 'email'}
          />
          <button type="submit" className="button primary inline" disabled={redirecting.loading}>
            Send invitation
          </button>
        </form>
      )}
    </section>
  );
}

function CustomerDetails({ id }: { id: string }) {
  const { can } = useMe();
  const { data, error, refetch } = useQuery(CustomerQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const back = (
    <p>
      <Link className="back" to={ROUTES.customers}>
        Back to customers
      </Link>
    </p>
  );
  if (error && !data)
    return (
      <>
        {back}
        <h1>Customer</h1>
        <ErrorState error={error} retry={() => void refetch()} />
      </>
    );
  if (!data) return <Loading what="the customer" />;
  const invitation = data.domainAdministratorInvitation;
  const name = invitation?.organization.name ?? 'Customer';
  const accounts = data.purchasingAccounts.edges.map((e) => e.node);
  return (
    <>
      {back}
      <h1>{name}</h1>
      {can('EDIT_ACTIVE_AGREEMENTS') && (
        <p className="partner-actions">
          <Link
            className="button primary inline"
            to={`${ROUTES.salesPackages}?new=1&customer=${encodeURIComponent(id)}`}
          >
            Draft a sales package
          </Link>
          <Link
            className="button secondary"
            to={`${ROUTES.partnerOrders}?new=1&customer=${encodeURIComponent(id)}`}
          >
            Place an order
          </Link>
        </p>
      )}
      {invitation ? (
        <WelcomeInvitation organizationId={id} invitation={invitation} />
      ) : (
        <p className="state state-empty">No welcome invitation was sent for this customer.</p>
      )}
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Purchasing accounts</h2>
        {accounts.length === 0 ? (
          <p className="state state-empty">This customer has no purchasing account yet.</p>
        ) : (
          accounts.map((a) => (
            <div key={a.id} className="panel">
              <h3>
                {a.name}{' '}
                <span className="subtle">
                  ({a.number}, {a.location})
                </span>
              </h3>
              {a.agreements.length === 0 ? (
                <p className="subtle">No agreements.</p>
              ) : (
                <div className="table-scroll">
                  <table>
                    <caption className="visually-hidden">Agreements of {a.name}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Agreement number</th>
                        <th scope="col">Status</th>
                        <th scope="col">Signing</th>
                        <th scope="col">Start date</th>
                        <th scope="col">End date</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.agreements.map((ag) => (
                        <tr key={ag.id}>
                          <th scope="row">
                            <Link to={`${ROUTES.salesPackages}?package=${encodeURIComponent(ag.id)}`}>
                              {ag.number}
                            </Link>
                          </th>
                          <td>{humanize(ag.status)}</td>
                          <td>{ag.signingMethod === 'PAPER' ? 'On paper' : 'Electronic'}</td>
                          <td className="nowrap">{formatDay(ag.startDate)}</td>
                          <td className="nowrap">{formatDay(ag.endDate)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          ))
        )}
      </section>
    </>
  );
}

function CustomersList() {
  const [first, setFirst] = useState(PAGE);
  const { data, previousData, error, loading, refetch } = useQuery(CustomersQuery, {
    variables: { first },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const { can } = useMe();
  return (
    <>
      <h1>Customers</h1>
      <p>
        The organizations you are partner of record for.{' '}
        {can('EDIT_ACTIVE_AGREEMENTS') && (
          <>
            A new customer is registered by a sales package: once it is signed, its domain administrator gets
            the welcome invitation.{' '}
            <Link to={`${ROUTES.salesPackages}?new=1`}>Draft a sales package for a new customer</Link>
          </>
        )}
      </p>
      <ListResult
        error={error}
        retry={() => void refetch()}
        loading={loading}
        shown={shown?.myCustomers}
        loadingWhat="your customers"
        noun="customers"
        empty="You have no customers yet."
        caption="Customers"
        head={
          <>
            <th scope="col">Customer</th>
            <th scope="col">Registration</th>
          </>
        }
        onMore={() => setFirst((n) => n + PAGE)}
      >
        {shown?.myCustomers.edges.map(({ node }) => (
          <CustomerRow key={node.id} organization={node} />
        ))}
      </ListResult>
    </>
  );
}

/** WEB-10: the partner's customers (ACC-9), one opened at `?customer=<id>`. */
export default function CustomersPage() {
  const { can, organizationKind } = useMe();
  const [params] = useSearchParams();
  const selected = params.get('customer');
  if (organizationKind !== 'PARTNER' || !(can('VIEW_AGREEMENTS') || can('MANAGE_ORGANIZATION')))
    return <NotPermitted title="Customers" what="serving customers as a partner" />;
  return selected ? <CustomerDetails key={selected} id={selected} /> : <CustomersList />;
}
