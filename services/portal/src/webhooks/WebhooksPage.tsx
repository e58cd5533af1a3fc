import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../__generated__';
import { formatInstant } from '../agreements/format.ts';
import { useMe } from '../shell/me-context.tsx';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, Notice, NotPermitted, TextField } from '../ui/fields.tsx';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';

/**
 * WEB-10 / API-3: the organization's webhook subscriptions: endpoints with their event types, the
 * secret shown once (on create and on rotate), a test ping, and each endpoint's delivery log with
 * every attempt and Redeliver.
 */

const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints {
    webhookEventTypes {
      type
      description
    }
    webhookEndpoints {
      id
      url
      description
      eventTypes
      enabled
      disabledReason
      previousSecretExpiresAt
    }
  }
`);

const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int) {
    webhookEndpoint(id: $id) {
      id
      deliveries(first: $first) {
        totalCount
        edges {
          node {
            id
            eventType
            status
            attempts
            lastError
            nextAttemptAt
            createdAt
            attemptLog {
              attemptedAt
              statusCode
              responseTimeMs
              error
            }
          }
        }
      }
    }
  }
`);

const CreateWebhookEndpoint = graphql(`
  mutation CreateWebhookEndpoint($input: WebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

const UpdateWebhookEndpoint = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdateInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      id
      url
      description
      eventTypes
      enabled
      disabledReason
    }
  }
`);

const RotateWebhookSecret = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
        previousSecretExpiresAt
      }
    }
  }
`);

const PingWebhookEndpoint = graphql(`
  mutation PingWebhookEndpoint($id: ID!) {
    pingWebhookEndpoint(id: $id) {
      id
    }
  }
`);

const RedeliverWebhook = graphql(`
  mutation RedeliverWebhook($id: ID!) {
    redeliverWebhook(deliveryId: $id) {
      id
      status
    }
  }
`);

const RedeliverWebhooksSince = graphql(`
  mutation RedeliverWebhooksSince($id: ID!, $since: DateTime!) {
    redeliverWebhooksSince(endpointId: $id, since: $since)
  }
`);

type EventType = { type: string; description: string };
type Endpoint = {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason?: string | null;
};

/** The secret, shown this once: the receiver needs it to verify signatures. */
function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <section className="notice page-notice" aria-labelledby="secret-heading">
      <h2 id="secret-heading">Signing secret</h2>
      <p>Copy it now and keep it with your receiver: it is not shown again.</p>
      <p>
        <code className="break" data-testid="webhook-secret">
          {secret}
        </code>
      </p>
      <button type="button" className="button secondary" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}

function EventTypeChoices({
  types,
  chosen,
  onChange,
  invalid,
}: {
  types: readonly EventType[];
  chosen: readonly string[];
  onChange: (types: string[]) => void;
  invalid: boolean;
}) {
  const id = useId();
  return (
    <fieldset className={`choices form-wide${invalid ? ' invalid' : ''}`}>
      <legend>Event types</legend>
      {types.map((t) => (
        <div key={t.type} className="checkbox">
          <input
            type="checkbox"
            id={`${id}-${t.type}`}
            checked={chosen.includes(t.type)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, t.type] : chosen.filter((c) => c !== t.type))
            }
          />
          <label htmlFor={`${id}-${t.type}`}>
            {t.description} <span className="subtle">({t.type})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** Add or edit: URL, description, event types (and, when editing, enabled). What was typed stays on an error. */
function EndpointForm({
  types,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  types: readonly EventType[];
  initial: { url: string; description: string; eventTypes: string[]; enabled?: boolean };
  submitLabel: string;
  onSubmit: (value: typeof initial) => Promise<void>;
  onCancel: () => void;
}) {
  const [form, setForm] = useState(initial);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(form);
    } catch (error) {
      setProblem(apiProblem(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblem problem={problem} />
      <TextField
        label="Endpoint URL"
        value={form.url}
        onChange={(url) => setForm((f) => ({ ...f, url }))}
        invalid={problem?.field === 'url'}
        hint="A public https address; redirects are not followed."
      />
      <TextField
        label="Description"
        value={form.description}
        onChange={(description) => setForm((f) => ({ ...f, description }))}
        invalid={problem?.field === 'description'}
      />
      <EventTypeChoices
        types={types}
        chosen={form.eventTypes}
        onChange={(eventTypes) => setForm((f) => ({ ...f, eventTypes }))}
        invalid={problem?.field === 'eventTypes'}
      />
      {form.enabled !== undefined && (
        <div className="checkbox">
          <input
            type="checkbox"
            id="endpoint-enabled"
            checked={form.enabled}
            onChange={(e) => setForm((f) => ({ ...f, enabled: e.target.checked }))}
          />
          <label htmlFor="endpoint-enabled">Enabled</label>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary inline" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function attemptSummary(a: { statusCode?: number | null; responseTimeMs: number; error?: string | null }) {
  const status = a.statusCode ? `HTTP ${a.statusCode}` : 'no answer';
  return `${status}, ${a.responseTimeMs} ms${a.error ? `: ${a.error}` : ''}`;
}

/** One endpoint's delivery log, newest first, with every attempt; Redeliver one or all since a time. */
function DeliveryLog({ endpoint }: { endpoint: Endpoint }) {
  const [first, setFirst] = useState(25);
  const { data, error, loading, refetch } = useQuery(WebhookDeliveriesQuery, {
    variables: { id: endpoint.id, first },
  });
  const [redeliver] = useMutation(RedeliverWebhook);
  const [redeliverSince] = useMutation(RedeliverWebhooksSince);
  const [since, setSince] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const act = async (run: () => Promise<string>) => {
    setProblem(null);
    setNotice(null);
    try {
      setNotice(await run());
      await refetch();
    } catch (e) {
      setProblem(apiProblem(e));
    }
  };
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data?.webhookEndpoint) return <Loading what="the delivery log" />;
  const { deliveries } = data.webhookEndpoint;
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">Delivery log</h2>
      <button type="button" className="button secondary" onClick={() => void refetch()}>
        Refresh the log
      </button>
      {notice && <Notice>{notice}</Notice>}
      <FormProblem problem={problem} />
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (!since) return setProblem({ message: 'Choose a date and time to redeliver from.' });
          void act(async () => {
            const result = await redeliverSince({
              variables: { id: endpoint.id, since: new Date(since).toISOString() },
            });
            return `${result.data?.redeliverWebhooksSince ?? 0} deliveries will be sent again.`;
          });
        }}
      >
        <div className="field">
          <label htmlFor="redeliver-since">Redeliver everything since</label>
          <input
            id="redeliver-since"
            type="datetime-local"
            value={since}
            onChange={(e) => setSince(e.target.value)}
          />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button secondary" disabled={!endpoint.enabled}>
            Redeliver since
          </button>
        </div>
      </form>
      {deliveries.edges.length === 0 ? (
        <Empty>No deliveries yet. Send a test ping to see one.</Empty>
      ) : (
        <>
          <p className="subtle" aria-live="polite">
            {loading ? 'Updating…' : `${deliveries.totalCount} deliveries`}
          </p>
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Deliveries to {endpoint.url}</caption>
              <thead>
                <tr>
                  <th scope="col">Created</th>
                  <th scope="col">Event type</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.edges.map(({ node: d }) => (
                  <tr key={d.id}>
                    <td>
                      <time dateTime={d.createdAt}>{formatInstant(d.createdAt)}</time>
                    </td>
                    <th scope="row" className="break">
                      {d.eventType}
                    </th>
                    <td>
                      {d.status}
                      {d.nextAttemptAt && (
                        <span className="subtle"> (next try {formatInstant(d.nextAttemptAt)})</span>
                      )}
                    </td>
                    <td>
                      <details>
                        <summary>
                          {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'}
                        </summary>
                        <ol>
                          {d.attemptLog.map((a) => (
                            <li key={a.attemptedAt}>
                              <time dateTime={a.attemptedAt}>{formatInstant(a.attemptedAt)}</time>:{' '}
                              {attemptSummary(a)}
                            </li>
                          ))}
                        </ol>
                      </details>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button secondary"
                        disabled={!endpoint.enabled}
                        aria-label={`Redeliver ${d.eventType} of ${formatInstant(d.createdAt)}`}
                        onClick={() =>
                          void act(async () => {
                            await redeliver({ variables: { id: d.id } });
                            return 'The delivery will be sent again.';
                          })
                        }
                      >
                        Redeliver
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {deliveries.edges.length < deliveries.totalCount && (
            <button type="button" className="button secondary" onClick={() => setFirst((n) => n + 25)}>
              Show more deliveries
            </button>
          )}
        </>
      )}
    </section>
  );
}

function WebhooksList() {
  const { data, error, loading, refetch } = useQuery(WebhookEndpointsQuery);
  const [create] = useMutation(CreateWebhookEndpoint);
  const [update] = useMutation(UpdateWebhookEndpoint);
  const [rotate] = useMutation(RotateWebhookSecret);
  // The log shows the ping at once (PENDING until sent; Refresh shows its outcome).
  const [ping] = useMutation(PingWebhookEndpoint, { refetchQueries: ['WebhookDeliveries'] });
  const [mode, setMode] = useState<'list' | 'add' | 'edit'>('list');
  const [selected, setSelected] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading what="webhook endpoints" />;
  const types = data.webhookEventTypes;
  const endpoints = data.webhookEndpoints as Endpoint[];
  const current = endpoints.find((e) => e.id === selected) ?? null;
  const act = async (run: () => Promise<string>) => {
    setProblem(null);
    setNotice(null);
    try {
      setNotice(await run());
      await refetch();
    } catch (e) {
      setProblem(apiProblem(e));
    }
  };

  return (
    <>
      <h1>Webhooks</h1>
      <p className="lead">
        Endpoints that receive your organization's events, signed as Standard Webhooks specifies (webhook-id,
        webhook-timestamp, webhook-signature). Failed deliveries are retried for 3 days; then the endpoint is
        disabled and your administrators are told.
      </p>
      {secret && <SecretOnce secret={secret} onDone={() => setSecret(null)} />}
      {notice && <Notice>{notice}</Notice>}
      <FormProblem problem={problem} />
      {mode === 'add' && (
        <section aria-labelledby="add-heading">
          <h2 id="add-heading">Add an endpoint</h2>
          <EndpointForm
            types={types}
            initial={{ url: '', description: '', eventTypes: [] }}
            submitLabel="Add endpoint"
            onCancel={() => setMode('list')}
            onSubmit={async (form) => {
              const result = await create({ variables: { input: form } });
              setSecret(result.data?.createWebhookEndpoint.secret ?? null);
              setSelected(result.data?.createWebhookEndpoint.endpoint.id ?? null);
              setMode('list');
              setNotice('The endpoint was added.');
              await refetch();
            }}
          />
        </section>
      )}
      {mode === 'edit' && current && (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">Edit {current.url}</h2>
          <EndpointForm
            types={types}
            initial={{
              url: current.url,
              description: current.description,
              eventTypes: current.eventTypes,
              enabled: current.enabled,
            }}
            submitLabel="Save"
            onCancel={() => setMode('list')}
            onSubmit={async (form) => {
              await update({ variables: { id: current.id, input: form } });
              setMode('list');
              setNotice('The endpoint was saved.');
            }}
          />
        </section>
      )}
      {mode === 'list' && (
        <button type="button" className="button primary inline" onClick={() => setMode('add')}>
          Add endpoint
        </button>
      )}
      {loading && <p className="subtle">Updating…</p>}
      {endpoints.length === 0 ? (
        <Empty>No webhook endpoints yet.</Empty>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Webhook endpoints</caption>
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">Event types</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.map((e) => (
                <tr key={e.id} aria-current={e.id === selected ? 'true' : undefined}>
                  <th scope="row" className="break">
                    {e.url}
                    {e.description && <span className="subtle"> — {e.description}</span>}
                  </th>
                  <td>{e.eventTypes.length}</td>
                  <td>
                    {e.enabled ? 'Enabled' : 'Disabled'}
                    {e.disabledReason && <span className="subtle"> ({e.disabledReason})</span>}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Deliveries of ${e.url}`}
                      onClick={() => setSelected(e.id)}
                    >
                      Deliveries
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Edit ${e.url}`}
                      onClick={() => {
                        setSelected(e.id);
                        setMode('edit');
                      }}
                    >
                      Edit
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Ping ${e.url}`}
                      disabled={!e.enabled}
                      onClick={() => {
                        setSelected(e.id);
                        void act(async () => {
                          await ping({ variables: { id: e.id } });
                          return 'A test ping was sent.';
                        });
                      }}
                    >
                      Ping
                    </button>{' '}
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Rotate secret of ${e.url}`}
                      onClick={() =>
                        void act(async () => {
                          const result = await rotate({ variables: { id: e.id } });
                          setSecret(result.data?.rotateWebhookSecret.secret ?? null);
                          return 'The secret was rotated; the previous one signs too for 24 hours.';
                        })
                      }
                    >
                      Rotate secret
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current && mode === 'list' && <DeliveryLog key={current.id} endpoint={current} />}
    </>
  );
}

/** Reached by its address without MANAGE_ORGANIZATION: said plainly instead of a refused query. */
export default function WebhooksPage() {
  const { can } = useMe();
  return can('MANAGE_ORGANIZATION') ? (
    <WebhooksList />
  ) : (
    <NotPermitted title="Webhooks" what="managing webhooks" />
  );
}
