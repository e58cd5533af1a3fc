import { useApolloClient, useQuery } from '@apollo/client/react';
import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { useBrowserSession } from '../session/session-context.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { AccountSelector } from './AccountSelector.tsx';
import { Disclosure } from './Disclosure.tsx';
import { MeContext } from './me-context.tsx';
import { menusFor, ROUTES } from './menus.ts';

const NavigationUser = graphql(`
  fragment Navigation_user on User {
    permissions
    organization {
      id
      kind
    }
  }
`);

const UserMenuUser = graphql(`
  fragment UserMenu_user on User {
    workAccount
    displayName
  }
`);

const ShellQuery = graphql(`
  query Shell {
    me {
      id
      ...Navigation_user
      ...UserMenu_user
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

function Navigation({ user }: { user: FragmentType<typeof NavigationUser> }) {
  const { permissions, organization } = getFragmentData(NavigationUser, user);
  const menus = menusFor({ permissions, organizationKind: organization.kind });
  return (
    <nav className="primary-nav" aria-label="Main">
      <ul>
        {menus.map((menu) => (
          <li key={menu.label}>
            {menu.to ? (
              <NavLink className="nav-link" to={menu.to}>
                {menu.label}
              </NavLink>
            ) : (
              <Disclosure label={menu.label}>
                <ul>
                  {menu.items.map((item) => (
                    <li key={item.to}>
                      <NavLink to={item.to}>{item.label}</NavLink>
                    </li>
                  ))}
                </ul>
              </Disclosure>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserMenu({ user }: { user: FragmentType<typeof UserMenuUser> }) {
  const { workAccount } = getFragmentData(UserMenuUser, user);
  const session = useBrowserSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const signOut = async () => {
    await session.signOut((token) =>
      client.mutate({
        mutation: SignOutMutation,
        context: { headers: { authorization: `Bearer ${token}` } },
      }),
    );
    await client.clearStore();
    navigate(ROUTES.signIn, { replace: true, state: { signedOut: true } });
  };
  return (
    <Disclosure
      label={
        <span className="work-account" title={workAccount}>
          {workAccount}
        </span>
      }
      className="user-menu"
    >
      <ul>
        <li>
          <Link to={ROUTES.profile}>My profile</Link>
        </li>
        <li>
          <button type="button" className="link-button" onClick={signOut}>
            Sign out
          </button>
        </li>
      </ul>
    </Disclosure>
  );
}

/** WEB-2: the frame of every signed-in page: menus, Account selector and the user's drop-down. */
export function Shell() {
  const { data, error, refetch } = useQuery(ShellQuery);
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  // A new page: focus goes to its content, as a full page load would put it at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation
  useEffect(() => main.current?.focus(), [location.pathname]);

  const navigation = data ? getFragmentData(NavigationUser, data.me) : null;
  const me = navigation
    ? { permissions: navigation.permissions, organizationKind: navigation.organization.kind }
    : null;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link to={ROUTES.dashboard} className="brand">
            Business Center
          </Link>
          <div className="header-tools">
            {me?.permissions.includes('VIEW_AGREEMENTS') && me.organizationKind === 'CUSTOMER' && (
              <AccountSelector />
            )}
            {data && <UserMenu user={data.me} />}
          </div>
        </div>
        {data && <Navigation user={data.me} />}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {error ? (
          <ErrorState error={error} retry={() => void refetch()} />
        ) : !me ? (
          <Loading what="your account" />
        ) : (
          <MeContext.Provider value={me}>
            {/* Pages are loaded lazily (App.tsx): the frame stays while a page's chunk arrives. */}
            <Suspense fallback={<Loading what="the page" />}>
              <Outlet />
            </Suspense>
          </MeContext.Provider>
        )}
      </main>
      <footer className="site-footer">
        <p>Business Center · licenses, online services and Software Assurance benefits</p>
      </footer>
    </>
  );
}
