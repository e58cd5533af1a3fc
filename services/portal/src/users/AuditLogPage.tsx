import { useQuery } from '@apollo/client/react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatInstant } from '../agreements/format.ts';
import { useMe } from '../shell/me-context.tsx';
import { NotPermitted, SelectField, TextField } from '../ui/fields.tsx';
import { FilterForm, useListFilter } from '../ui/filters.tsx';
import { humanize } from '../ui/format.ts';
import { ListResult } from '../ui/ListResult.tsx';

/** The administrative changes accounts records (ACC-10), for the action filter. */
const ACTIONS = [
  'ADD_USER',
  'UPDATE_USER_ROLES',
  'UPDATE_USER_DETAILS',
  'REVOKE_USER',
  'RESTORE_USER',
  'RESET_PASSWORD',
  'ADD_DOMAIN',
  'VERIFY_DOMAIN',
  'REGISTER_ORGANIZATION',
  'RESEND_INVITATION',
  'CHANGE_DOMAIN_ADMINISTRATOR',
  'CREATE_API_CLIENT',
  'ROTATE_API_CLIENT_SECRET',
  'REVOKE_API_CLIENT',
  'API_CLIENT_TOKEN',
  'API_CLIENT_USE',
];

const AuditRowEntry = graphql(`
  fragment AuditRow_entry on AuditEntry {
    id
    at
    lastAt
    count
    actorWorkAccount
    action
    targetType
    targetId
    before
    after
  }
`);

const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int) {
    auditLog(filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...AuditRow_entry
        }
      }
    }
  }
`);

function Change({ label, json }: { label: string; json: string | null | undefined }) {
  if (!json) return null;
  let text = json;
  try {
    text = JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    // Shown as recorded.
  }
  return (
    <details>
      <summary>{label}</summary>
      <pre>{text}</pre>
    </details>
  );
}

function AuditRow({ entry }: { entry: FragmentType<typeof AuditRowEntry> }) {
  const e = getFragmentData(AuditRowEntry, entry);
  return (
    <tr>
      <td>
        <time dateTime={e.at}>{formatInstant(e.at)}</time>
        {e.count > 1 && (
          // An API client's token requests or uses within one hour are one entry with their count.
          <>
            {' – '}
            <time dateTime={e.lastAt}>{formatInstant(e.lastAt)}</time>
            <br />
            <span className="subtle">{e.count.toLocaleString()} times</span>
          </>
        )}
      </td>
      <td className="break">{e.actorWorkAccount}</td>
      <th scope="row">{humanize(e.action)}</th>
      <td className="break">
        {e.targetType} <span className="subtle">{e.targetId}</span>
      </td>
      <td>
        <Change label="Before" json={e.before} />
        <Change label="After" json={e.after} />
      </td>
    </tr>
  );
}

/** A day typed in the browser, as the instant its local midnight is (the API takes instants). */
function localMidnight(day: string, plusDays = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d! + plusDays).toISOString();
}

/** WEB-8 / ACC-10: the audit log for account administrators: who changed what, when, before and after. */
function AuditLogList() {
  const { form, filter, first, set, apply, more } = useListFilter({
    action: '',
    targetId: '',
    from: '',
    to: '',
  });
  const { data, previousData, error, loading, refetch } = useQuery(AuditLogQuery, {
    variables: {
      filter: {
        action: filter.action || null,
        targetId: filter.targetId.trim() || null,
        from: localMidnight(filter.from),
        // The "to" day is included: the API's `to` is exclusive, so the next midnight.
        to: localMidnight(filter.to, 1),
      },
      first,
    },
  });
  const shown = data ?? previousData;
  return (
    <>
      <h1>Audit log</h1>
      <p className="lead">Every administrative change in your organization, newest first.</p>
      <FilterForm label="Filter the audit log" onApply={apply}>
        <SelectField
          label="Action"
          value={form.action}
          onChange={set('action')}
          options={[
            { value: '', label: 'All actions' },
            ...ACTIONS.map((a) => ({ value: a, label: humanize(a) })),
          ]}
        />
        <TextField label="Target ID" value={form.targetId} onChange={set('targetId')} />
        <TextField label="From" type="date" value={form.from} onChange={set('from')} />
        <TextField label="To" type="date" value={form.to} onChange={set('to')} />
      </FilterForm>
      <ListResult
        error={error}
        retry={() => void refetch()}
        loading={loading}
        shown={shown?.auditLog}
        loadingWhat="the audit log"
        noun="changes"
        empty="No changes match these filters."
        caption="Administrative changes"
        head={
          <>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Target</th>
            <th scope="col">Change</th>
          </>
        }
        onMore={more}
      >
        {shown?.auditLog.edges.map(({ node }) => (
          <AuditRow key={node.id} entry={node} />
        ))}
      </ListResult>
    </>
  );
}

/** Reached by its address without VIEW_AUDIT_LOG: said plainly instead of a refused query. */
export function AuditLogPage() {
  const { can } = useMe();
  return can('VIEW_AUDIT_LOG') ? (
    <AuditLogList />
  ) : (
    <NotPermitted title="Audit log" what="viewing the audit log" />
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default AuditLogPage;
