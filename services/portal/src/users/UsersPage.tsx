import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import type { SortDirection, UserOrderField, UserStatus } from '../__generated__/graphql.ts';
import { useMe } from '../shell/me-context.tsx';
import { Notice, NotPermitted, SelectField } from '../ui/fields.tsx';
import { ListResult } from '../ui/ListResult.tsx';
import { type Added, AddUserForm } from './AddUserForm.tsx';
import { roleLabel, sortRoles } from './roles.ts';
import { UserDetails } from './UserDetails.tsx';

const PAGE = 25;

const UserRowUser = graphql(`
  fragment UserRow_user on User {
    id
    displayName
    workAccount
    email
    roles
    globalAdmin
    status
  }
`);

const ManageUsersQuery = graphql(`
  query ManageUsers($filter: UserFilter, $orderBy: UserOrder, $first: Int, $withDomains: Boolean!) {
    me {
      id
      roles
      globalAdmin
      grantableRoles
    }
    domains @include(if: $withDomains) {
      id
      name
      verified
    }
    users(filter: $filter, orderBy: $orderBy, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...UserRow_user
        }
      }
    }
  }
`);

function UserRow({ user }: { user: FragmentType<typeof UserRowUser> }) {
  const u = getFragmentData(UserRowUser, user);
  return (
    <tr>
      <th scope="row">
        <Link to={`?user=${encodeURIComponent(u.id)}`}>{u.displayName}</Link>
      </th>
      <td className="break">{u.workAccount}</td>
      <td className="break">{u.email}</td>
      <td>
        {sortRoles(u.roles).map(roleLabel).join(', ')}
        {u.globalAdmin && u.roles.includes('USER_ADMINISTRATOR') && (
          <span className="subtle">Global admin</span>
        )}
      </td>
      <td>
        <span className={u.status === 'ACTIVE' ? 'badge badge-ok' : 'badge badge-muted'}>
          {u.status === 'ACTIVE' ? 'Active' : 'Revoked'}
        </span>
      </td>
    </tr>
  );
}

const SORTS: { value: UserOrderField; label: string }[] = [
  { value: 'WORK_ACCOUNT' as UserOrderField, label: 'Work account' },
  { value: 'LAST_NAME' as UserOrderField, label: 'Last name' },
  { value: 'EMAIL' as UserOrderField, label: 'Contact email' },
  { value: 'STATUS' as UserOrderField, label: 'Status' },
  { value: 'CREATED_AT' as UserOrderField, label: 'Date added' },
];

/**
 * WEB-8: Manage users. Search by contact email, filter by status, sort; Add user for whoever may create
 * users; a user's details (roles, revoke, restore) at `?user=<id>`.
 */
function UsersList() {
  const { can } = useMe();
  const [params, setParams] = useSearchParams();
  const selected = params.get('user');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');
  const [sort, setSort] = useState<UserOrderField>('WORK_ACCOUNT' as UserOrderField);
  const [direction, setDirection] = useState<SortDirection>('ASC' as SortDirection);
  const [first, setFirst] = useState(PAGE);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const mayAdd = can('CREATE_USERS');
  const { data, previousData, error, loading, refetch } = useQuery(ManageUsersQuery, {
    variables: {
      filter: { contactEmail: search || null, status: (status || null) as UserStatus | null },
      orderBy: { field: sort, direction },
      first,
      withDomains: mayAdd,
    },
    skip: selected !== null,
  });
  const shown = data ?? previousData;

  if (selected)
    return (
      <UserDetails
        id={selected}
        onBack={(message) => {
          setNotice(message);
          setParams({});
          void refetch();
        }}
      />
    );

  const added = (user: Added, another: boolean) => {
    setNotice(
      `${user.displayName} was added with the work account ${user.workAccount}. A temporary password was sent to ${user.email}.`,
    );
    if (!another) setAdding(false);
    void refetch();
  };
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  const domains = (shown?.domains ?? []).filter((d) => d.verified).map((d) => d.name);
  return (
    <>
      <div className="page-heading">
        <h1>Manage users</h1>
        {mayAdd && !adding && (
          <button type="button" className="button primary inline" onClick={() => setAdding(true)}>
            Add user
          </button>
        )}
      </div>
      {notice && <Notice>{notice}</Notice>}
      {adding && shown && (
        <AddUserForm
          caller={shown.me}
          grantable={shown.me.grantableRoles}
          domains={domains}
          onAdded={added}
          onCancel={() => setAdding(false)}
        />
      )}
      <search className="filters" aria-label="Find users">
        <form onSubmit={submitSearch} className="search-form">
          <div className="field">
            <label htmlFor="user-search">Search by contact email</label>
            <div className="input-with-button">
              <input
                id="user-search"
                type="search"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
              <button type="submit" className="button secondary">
                Search
              </button>
            </div>
          </div>
        </form>
        <SelectField
          label="Filter by status"
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: 'All statuses' },
            { value: 'ACTIVE', label: 'Active' },
            { value: 'REVOKED', label: 'Revoked' },
          ]}
        />
        <SelectField
          label="Sort by"
          value={sort}
          onChange={(v) => setSort(v as UserOrderField)}
          options={SORTS}
        />
        <SelectField
          label="Order"
          value={direction}
          onChange={(v) => setDirection(v as SortDirection)}
          options={[
            { value: 'ASC', label: 'Ascending' },
            { value: 'DESC', label: 'Descending' },
          ]}
        />
      </search>
      <ListResult
        error={error}
        retry={() => void refetch()}
        loading={loading}
        shown={shown?.users}
        loadingWhat="users"
        noun="users"
        empty="No users match. Clear the search or choose another status."
        caption="Users"
        head={
          <>
            <th scope="col">Name</th>
            <th scope="col">Work account</th>
            <th scope="col">Contact email</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
          </>
        }
        onMore={() => setFirst((n) => n + PAGE)}
      >
        {shown?.users.edges.map(({ node }) => (
          <UserRow key={node.id} user={node} />
        ))}
      </ListResult>
    </>
  );
}

/** Reached by its address without MANAGE_USERS: said plainly instead of a refused query. */
export function UsersPage() {
  const { can } = useMe();
  return can('MANAGE_USERS') ? <UsersList /> : <NotPermitted title="Manage users" what="managing users" />;
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default UsersPage;
