import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__';
import type { DeliveryStatus } from '../__generated__/graphql.ts';
import { useMe } from '../shell/me-context.tsx';
import { SelectField, TextField } from '../ui/fields.tsx';
import { FilterForm, useListFilter } from '../ui/filters.tsx';
import { ListResult } from '../ui/ListResult.tsx';
import { CHANNEL_WORDS, DELIVERY_STATUS_WORDS, formatInstant } from './words.ts';

const DeliveryLogQuery = graphql(`
  query DeliveryLog($filter: DeliveryFilter, $first: Int) {
    deliveryLog(filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          channel
          recipient
          subject
          eventType
          status
          attempts
          lastError
          createdAt
          sentAt
        }
      }
    }
  }
`);

const TITLE = 'Delivery log';

/**
 * NOT-5: what the Business Center sent (emails, webhooks) and the events a consumer gave up on, newest
 * first, with attempts and the last error; filtered by status and recipient. An organization's
 * administrators (VIEW_DELIVERY_LOG) see their own organization's; the operator every organization's.
 */
export default function DeliveryLogPage() {
  const { can, organizationKind } = useMe();
  const operator = organizationKind === 'OPERATOR';
  if (!operator && !can('VIEW_DELIVERY_LOG'))
    return (
      <>
        <h1>{TITLE}</h1>
        <p className="state state-empty">
          Your role does not include viewing the delivery log. See My profile for your roles and permissions,
          or ask your administrator.
        </p>
      </>
    );
  return <DeliveryLog operator={operator} />;
}

function DeliveryLog({ operator }: { operator: boolean }) {
  const { form, filter, first, set, apply, more } = useListFilter({ status: '', recipient: '' });
  const { data, previousData, error, loading, refetch } = useQuery(DeliveryLogQuery, {
    variables: {
      filter: {
        status: (filter.status || null) as DeliveryStatus | null,
        recipient: filter.recipient.trim() || null,
      },
      first,
    },
  });
  const shown = (data ?? previousData)?.deliveryLog;
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        {operator
          ? 'Every email, webhook and dead-lettered event of every organization, newest first.'
          : 'Every email and webhook sent for your organization, newest first.'}
      </p>
      <FilterForm label="Filter the delivery log" onApply={apply}>
        <SelectField
          label="Status"
          value={form.status}
          onChange={set('status')}
          options={[
            { value: '', label: 'All statuses' },
            ...Object.entries(DELIVERY_STATUS_WORDS).map(([value, label]) => ({ value, label })),
          ]}
        />
        <TextField label="Recipient" type="search" value={form.recipient} onChange={set('recipient')} />
      </FilterForm>
      <ListResult
        error={error}
        retry={() => void refetch()}
        loading={loading}
        shown={shown}
        loadingWhat="the delivery log"
        noun="deliveries"
        empty="No deliveries match these filters."
        caption="Deliveries, newest first"
        head={
          <>
            <th scope="col">Created</th>
            <th scope="col">Recipient</th>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col" className="number">
              Attempts
            </th>
            <th scope="col">Last error</th>
          </>
        }
        onMore={more}
      >
        {shown?.edges.map(({ node: d }) => (
          <tr key={d.id}>
            <td>
              <time dateTime={d.createdAt}>{formatInstant(d.createdAt)}</time>
            </td>
            <td className="break">
              {d.recipient}
              <span className="subtle">{CHANNEL_WORDS[d.channel] ?? d.channel}</span>
            </td>
            <th scope="row">
              {d.subject}
              <span className="subtle">{d.eventType}</span>
            </th>
            <td>
              {DELIVERY_STATUS_WORDS[d.status] ?? d.status}
              {d.sentAt && (
                <span className="subtle">
                  <time dateTime={d.sentAt}>{formatInstant(d.sentAt)}</time>
                </span>
              )}
            </td>
            <td className="number">{d.attempts}</td>
            <td className="break">{d.lastError ?? <span className="subtle-inline">None</span>}</td>
          </tr>
        ))}
      </ListResult>
    </>
  );
}
