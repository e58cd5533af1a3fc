import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { graphql } from '../__generated__';
import { formatInstant } from '../agreements/format.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem } from '../ui/fields.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { RoleChoice } from './RoleChoice.tsx';
import { type Caller, offersGlobalAdmin, roleLabel, sortRoles } from './roles.ts';

const UserDetailsQuery = graphql(`
  query UserDetails($id: ID!) {
    me {
      id
      roles
      globalAdmin
      grantableRoles
    }
    user(id: $id) {
      id
      displayName
      workAccount
      email
      roles
      globalAdmin
      status
      createdAt
      manageable
    }
  }
`);

const UpdateRolesMutation = graphql(`
  mutation UpdateUserRolesFromPortal($input: UpdateUserRolesInput!) {
    updateUserRoles(input: $input) {
      id
      roles
      globalAdmin
      manageable
    }
  }
`);

const RevokeMutation = graphql(`
  mutation RevokeUserFromPortal($id: ID!) {
    revokeUser(id: $id) {
      id
      status
    }
  }
`);

const RestoreMutation = graphql(`
  mutation RestoreUserFromPortal($id: ID!) {
    restoreUser(id: $id) {
      id
      status
    }
  }
`);

function EditRoles({
  user,
  caller,
  grantable,
  onDone,
}: {
  user: { id: string; roles: readonly string[]; globalAdmin: boolean };
  caller: Caller;
  grantable: readonly string[];
  onDone: (saved: boolean) => void;
}) {
  const [roles, setRoles] = useState<string[]>([...user.roles]);
  const [globalAdmin, setGlobalAdmin] = useState(user.globalAdmin);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(UpdateRolesMutation);
  const offered = offersGlobalAdmin(caller, roles);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (roles.length === 0) {
      setProblem({ message: 'Choose at least one role.', field: 'roles' });
      return;
    }
    try {
      await update({
        variables: {
          // Only a global admin decides the flag; otherwise the server keeps it as it is.
          input: { id: user.id, roles: roles as never, ...(offered ? { globalAdmin } : {}) },
        },
      });
      onDone(true);
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };
  return (
    <form onSubmit={save} noValidate>
      <FormProblem problem={problem} />
      <RoleChoice
        legend="Select or unselect roles"
        offered={grantable}
        chosen={roles}
        onChange={setRoles}
        invalid={problem?.field === 'roles'}
      />
      {offered && (
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={globalAdmin} onChange={(e) => setGlobalAdmin(e.target.checked)} />{' '}
            Enable as global admin
          </label>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button primary inline" disabled={loading}>
          Save
        </button>
        <button type="button" className="button secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * WEB-8, the guide's user details page: EDIT the roles, then SAVE; revoke or restore. Offered only when
 * the API says the caller may manage this user (`manageable`: not itself, holds all its permissions).
 */
export function UserDetails({ id, onBack }: { id: string; onBack: (notice: string | null) => void }) {
  const { data, error, refetch } = useQuery(UserDetailsQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [revoke, revoking] = useMutation(RevokeMutation);
  const [restore, restoring] = useMutation(RestoreMutation);
  const back = (
    <button type="button" className="link-button back" onClick={() => onBack(null)}>
      Back to Manage users
    </button>
  );
  if (error)
    return (
      <>
        <h1>User details</h1>
        {back}
        <ErrorState error={error} retry={() => void refetch()} />
      </>
    );
  if (!data) return <Loading what="the user" />;
  const user = data.user;
  if (!user)
    return (
      <>
        <h1>User details</h1>
        {back}
        <p className="state state-empty">This user does not exist in your organization.</p>
      </>
    );
  const changeStatus = async (to: 'REVOKED' | 'ACTIVE') => {
    setProblem(null);
    try {
      if (to === 'REVOKED') await revoke({ variables: { id } });
      else await restore({ variables: { id } });
      onBack(
        to === 'REVOKED'
          ? `${user.displayName} was revoked and can no longer sign in.`
          : `${user.displayName} was restored and can sign in again.`,
      );
    } catch (e) {
      setProblem(apiProblem(e));
    }
  };
  return (
    <>
      <h1>{user.displayName}</h1>
      {back}
      <FormProblem problem={problem} />
      <section className="panel" aria-labelledby="user-details-heading">
        <h2 id="user-details-heading">User details</h2>
        <dl className="details">
          <div>
            <dt>Work account</dt>
            <dd>{user.workAccount}</dd>
          </div>
          <div>
            <dt>Contact email</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{user.status === 'ACTIVE' ? 'Active' : 'Revoked'}</dd>
          </div>
          <div>
            <dt>Added</dt>
            <dd>{formatInstant(user.createdAt)}</dd>
          </div>
        </dl>
        <p className="hint">Edits to details other than roles are made in your organization's directory.</p>
      </section>
      <section className="panel" aria-labelledby="user-roles-heading">
        <div className="panel-heading">
          <h2 id="user-roles-heading">Roles</h2>
          {user.manageable && !editing && (
            <button type="button" className="button secondary" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
        </div>
        {!user.manageable && user.id !== data.me.id && (
          <p className="hint">
            You can change only users whose permissions your own roles include, so this user's roles and
            access are not offered to you.
          </p>
        )}
        {editing ? (
          <EditRoles
            user={user}
            caller={data.me}
            grantable={data.me.grantableRoles}
            onDone={(saved) => {
              setEditing(false);
              if (saved) void refetch();
            }}
          />
        ) : (
          <ul className="tags">
            {sortRoles(user.roles).map((role) => (
              <li key={role}>{roleLabel(role)}</li>
            ))}
            {user.globalAdmin && user.roles.includes('USER_ADMINISTRATOR') && <li>Global admin</li>}
          </ul>
        )}
      </section>
      {user.manageable && (
        <section className="panel" aria-labelledby="user-access-heading">
          <h2 id="user-access-heading">Access</h2>
          {user.status === 'ACTIVE' ? (
            <>
              <p>Revoking ends the user's sessions and stops them signing in. You can restore them later.</p>
              <button
                type="button"
                className="button secondary"
                disabled={revoking.loading}
                onClick={() => void changeStatus('REVOKED')}
              >
                Revoke
              </button>
            </>
          ) : (
            <>
              <p>This user is revoked and cannot sign in.</p>
              <button
                type="button"
                className="button secondary"
                disabled={restoring.loading}
                onClick={() => void changeStatus('ACTIVE')}
              >
                Restore
              </button>
            </>
          )}
        </section>
      )}
    </>
  );
}
