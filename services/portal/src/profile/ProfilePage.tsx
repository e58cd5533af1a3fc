import { useQuery } from '@apollo/client/react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { humanize } from '../ui/format.ts';
import { ErrorState, Loading } from '../ui/states.tsx';

const ProfileDetailsUser = graphql(`
  fragment ProfileDetails_user on User {
    displayName
    workAccount
    email
    roles
    globalAdmin
    permissions
    organization {
      id
      name
    }
  }
`);

const ProfileQuery = graphql(`
  query Profile {
    me {
      id
      ...ProfileDetails_user
    }
  }
`);

function ProfileDetails({ user }: { user: FragmentType<typeof ProfileDetailsUser> }) {
  const u = getFragmentData(ProfileDetailsUser, user);
  return (
    <>
      <section className="panel" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <dl className="details">
          <div>
            <dt>Name</dt>
            <dd>{u.displayName}</dd>
          </div>
          <div>
            <dt>Work account</dt>
            <dd>{u.workAccount}</dd>
          </div>
          <div>
            <dt>Contact email</dt>
            <dd>{u.email}</dd>
          </div>
          <div>
            <dt>Organization</dt>
            <dd>{u.organization.name}</dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles</h2>
        <ul className="tags">
          {u.roles.map((role) => (
            <li key={role}>{humanize(role)}</li>
          ))}
          {u.globalAdmin && <li>Global admin</li>}
        </ul>
      </section>
      <section className="panel" aria-labelledby="permissions-heading">
        <h2 id="permissions-heading">Permissions</h2>
        <ul className="permission-list">
          {u.permissions.map((permission) => (
            <li key={permission}>{humanize(permission)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** WEB-8: My profile, with the roles and the permissions they give (the one matrix, from the API). */
export function ProfilePage() {
  const { data, error, refetch } = useQuery(ProfileQuery);
  return (
    <>
      <h1>My profile</h1>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !data ? (
        <Loading what="your profile" />
      ) : (
        <ProfileDetails user={data.me} />
      )}
    </>
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default ProfilePage;
