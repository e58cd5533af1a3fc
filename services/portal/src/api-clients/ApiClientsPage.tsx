import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../__generated__';
import { formatInstant, formatInstantDay } from '../agreements/format.ts';
import { useMe } from '../shell/me-context.tsx';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, NotPermitted, TextField } from '../ui/fields.tsx';
import { humanize } from '../ui/format.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { DEFAULT_DAYS, dayAfter, endOfDay, MAX_DAYS } from './expiry.ts';

const ApiClientsQuery = graphql(`
  query ApiClients {
    apiClients {
      id
      name
      permissions
      status
      expiresAt
      lastUsedAt
      customers {
        id
        name
      }
    }
  }
`);

const PartnerCustomersQuery = graphql(`
  query ApiClientCustomers {
    myCustomers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const CreateApiClientMutation = graphql(`
  mutation CreateApiClientFromPortal($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      clientSecret
      client {
        id
        name
      }
    }
  }
`);

const RevokeApiClientMutation = graphql(`
  mutation RevokeApiClientFromPortal($id: ID!) {
    revokeApiClient(id: $id) {
      id
      status
    }
  }
`);

interface Created {
  clientId: string;
  name: string;
  secret: string;
}

/** The secret, once: with the client id and the token address, and a Copy button. */
function SecretOnce({ created, onDone }: { created: Created; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const headingId = useId();
  const copy = async () => {
    await navigator.clipboard.writeText(created.secret);
    setCopied(true);
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Client secret for {created.name}</h2>
      <p role="status">Copy the secret now: it is shown only this once and cannot be recovered.</p>
      <dl>
        <dt>Client ID</dt>
        <dd>
          <code>{created.clientId}</code>
        </dd>
        <dt>Client secret</dt>
        <dd>
          <code className="break">{created.secret}</code>
        </dd>
        <dt>Token endpoint</dt>
        <dd>
          <code>{new URL('/oauth/token', window.location.origin).toString()}</code> (OAuth 2.0 client
          credentials)
        </dd>
      </dl>
      <div className="actions">
        <button type="button" className="button primary inline" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy secret'}
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

/** Create: a name, the creator's own permissions only, for a partner some customers, an expiry day. */
function CreateForm({ onCreated, onCancel }: { onCreated: (c: Created) => void; onCancel: () => void }) {
  const me = useMe();
  const partner = me.organizationKind === 'PARTNER';
  const customers = useQuery(PartnerCustomersQuery, { skip: !partner });
  const [form, setForm] = useState({
    name: '',
    permissions: [] as string[],
    customerIds: [] as string[],
    expiresOn: dayAfter(new Date(), DEFAULT_DAYS),
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [create, { loading }] = useMutation(CreateApiClientMutation);
  const headingId = useId();
  const toggle = (key: 'permissions' | 'customerIds', value: string, on: boolean) =>
    setForm((f) => ({ ...f, [key]: on ? [...f[key], value] : f[key].filter((v) => v !== value) }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (form.permissions.length === 0) {
      setProblem({ message: 'Choose at least one permission.', field: 'permissions' });
      return;
    }
    const expiresAt = endOfDay(form.expiresOn);
    if (!expiresAt) {
      setProblem({ message: 'Choose the day the client expires.', field: 'expiresAt' });
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            name: form.name.trim(),
            permissions: form.permissions as never,
            expiresAt,
            ...(form.customerIds.length ? { customerIds: form.customerIds } : {}),
          },
        },
      });
      if (data)
        onCreated({
          clientId: data.createApiClient.client.id,
          name: data.createApiClient.client.name,
          secret: data.createApiClient.clientSecret,
        });
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  const invalid = (field: string) => problem?.field === field;
  const customerList = customers.data?.myCustomers.edges.map((e) => e.node) ?? [];
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Create API client</h2>
      <FormProblem problem={problem} />
      <form onSubmit={submit} noValidate className="form-grid">
        <TextField
          label="Name"
          value={form.name}
          onChange={(name) => setForm((f) => ({ ...f, name }))}
          invalid={invalid('name')}
          hint="What the tool is, so you recognise it later (at most 100 characters)."
        />
        <TextField
          label="Expires on"
          type="date"
          value={form.expiresOn}
          onChange={(expiresOn) => setForm((f) => ({ ...f, expiresOn }))}
          invalid={invalid('expiresAt')}
          hint={`At the end of that day; at most ${MAX_DAYS} days ahead.`}
        />
        <fieldset className={invalid('permissions') ? 'choices form-wide invalid' : 'choices form-wide'}>
          <legend>Permissions (only ones you hold)</legend>
          {me.permissions.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={form.permissions.includes(p)}
                onChange={(e) => toggle('permissions', p, e.target.checked)}
              />{' '}
              {humanize(p)}
            </label>
          ))}
        </fieldset>
        {partner && (
          <fieldset className={invalid('customerIds') ? 'choices form-wide invalid' : 'choices form-wide'}>
            <legend>Customers (none chosen: all your customers)</legend>
            {customerList.length === 0 && <p className="hint">You have no customers yet.</p>}
            {customerList.map((c) => (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={form.customerIds.includes(c.id)}
                  onChange={(e) => toggle('customerIds', c.id, e.target.checked)}
                />{' '}
                {c.name}
              </label>
            ))}
          </fieldset>
        )}
        <div className="actions form-wide">
          <button type="submit" className="button primary inline" disabled={loading}>
            Create
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

function ApiClientsList() {
  const { data, error, loading, refetch } = useQuery(ApiClientsQuery);
  const [revoke] = useMutation(RevokeApiClientMutation);
  const [mode, setMode] = useState<'list' | 'create'>('list');
  const [created, setCreated] = useState<Created | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const revokeClient = async (id: string, name: string) => {
    if (!window.confirm(`Revoke ${name}? Its tokens stop working at once.`)) return;
    setProblem(null);
    try {
      await revoke({ variables: { id } });
      await refetch();
    } catch (e) {
      setProblem(apiProblem(e));
    }
  };
  return (
    <>
      <h1>API clients</h1>
      <p className="lead">
        Credentials for your organization's tools: each gets tokens from the OAuth 2.0 token endpoint with
        only the permissions you give it.
      </p>
      {created && (
        <SecretOnce
          created={created}
          onDone={() => {
            setCreated(null);
          }}
        />
      )}
      {mode === 'create' ? (
        <CreateForm
          onCreated={(c) => {
            setCreated(c);
            setMode('list');
            void refetch();
          }}
          onCancel={() => setMode('list')}
        />
      ) : (
        <p>
          <button type="button" className="button primary inline" onClick={() => setMode('create')}>
            Create API client
          </button>
        </p>
      )}
      <FormProblem problem={problem} />
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading what="the API clients" />
      ) : !data?.apiClients.length ? (
        <Empty>No API clients yet.</Empty>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard must reach a table that scrolls sideways on a narrow screen (axe scrollable-region-focusable, WCAG 2.1.1)
        <section className="table-scroll contained" tabIndex={0} aria-label="API clients, table">
          <table>
            <caption>API clients</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Permissions</th>
                <th scope="col">Customers</th>
                <th scope="col">Status</th>
                <th scope="col">Expires</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.apiClients.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="break">
                    {c.name}
                    <br />
                    <code className="subtle">{c.id}</code>
                  </th>
                  <td>{c.permissions.map(humanize).join(', ')}</td>
                  <td>{c.customers ? c.customers.map((o) => o.name).join(', ') : 'All'}</td>
                  <td>{humanize(c.status)}</td>
                  <td>
                    <time dateTime={c.expiresAt}>{formatInstantDay(c.expiresAt)}</time>
                  </td>
                  <td>
                    {c.lastUsedAt ? (
                      <time dateTime={c.lastUsedAt}>{formatInstant(c.lastUsedAt)}</time>
                    ) : (
                      'Never'
                    )}
                  </td>
                  <td>
                    {c.status === 'ACTIVE' && (
                      <button
                        type="button"
                        className="button secondary"
                        onClick={() => void revokeClient(c.id, c.name)}
                      >
                        Revoke<span className="visually-hidden"> {c.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

/** WEB-10 / API-1: administrators (those who manage users) list, create and revoke API clients. */
export default function ApiClientsPage() {
  const { can } = useMe();
  return can('MANAGE_USERS') ? (
    <ApiClientsList />
  ) : (
    <NotPermitted title="API clients" what="managing API clients" />
  );
}
