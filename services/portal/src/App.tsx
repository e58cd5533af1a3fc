import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AgreementsPage } from './agreements/AgreementsPage.tsx';
import ApiClientsPage from './api-clients/ApiClientsPage.tsx';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { DownloadsPage } from './downloads/DownloadsPage.tsx';
import { InventoryPage } from './inventory/InventoryPage.tsx';
import { InvitationPage } from './invitation/InvitationPage.tsx';
import { OnlineServicesPage } from './online-services/OnlineServicesPage.tsx';
import { OrdersPage } from './orders/OrdersPage.tsx';
import { NotFoundPage, PlaceholderPage } from './placeholder/PlaceholderPage.tsx';
import { ProfilePage } from './profile/ProfilePage.tsx';
import { useSessionState } from './session/session-context.tsx';
import { AccountSelectionProvider } from './shell/account-selection.tsx';
import { ROUTES } from './shell/menus.ts';
import { Shell } from './shell/Shell.tsx';
import { SignInPage } from './sign-in/SignInPage.tsx';
import { Loading } from './ui/states.tsx';
import { AuditLogPage } from './users/AuditLogPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';

/** Each page's title names the page, so tabs, history and screen readers tell them apart. */
const TITLES: Record<string, string> = {
  [ROUTES.signIn]: 'Sign in',
  [ROUTES.dashboard]: 'Dashboard',
  [ROUTES.profile]: 'My profile',
  [ROUTES.inventory]: 'Licenses, Services and Benefits',
  [ROUTES.onlineServices]: 'Set up online services',
  [ROUTES.downloads]: 'Downloads and keys',
  [ROUTES.agreements]: 'Agreements',
  [ROUTES.orders]: 'Order history',
  [ROUTES.users]: 'Manage users',
  [ROUTES.auditLog]: 'Audit log',
  [ROUTES.apiClients]: 'API clients',
  [ROUTES.register]: 'Welcome',
  [ROUTES.reports]: 'Reports',
  [ROUTES.customers]: 'Customers',
  [ROUTES.salesPackages]: 'Sales packages',
  [ROUTES.integrations]: 'API clients and webhooks',
};

function SignedIn() {
  const state = useSessionState();
  const location = useLocation();
  if (state.status === 'restoring') return <Loading what="your session" />;
  if (state.status === 'signed-out')
    return <Navigate to={ROUTES.signIn} replace state={{ from: location.pathname }} />;
  return (
    <AccountSelectionProvider>
      <Shell />
    </AccountSelectionProvider>
  );
}

export function App() {
  const location = useLocation();
  useEffect(() => {
    const title = TITLES[location.pathname];
    document.title = title ? `${title} - Business Center` : 'Business Center';
  }, [location.pathname]);
  const later = (path: string) => (
    <Route key={path} path={path} element={<PlaceholderPage title={TITLES[path]!} />} />
  );
  return (
    <Routes>
      <Route path={ROUTES.signIn} element={<SignInPage />} />
      <Route path={ROUTES.register} element={<InvitationPage />} />
      <Route element={<SignedIn />}>
        <Route index element={<DashboardPage />} />
        <Route path={ROUTES.profile} element={<ProfilePage />} />
        <Route path={ROUTES.inventory} element={<InventoryPage />} />
        <Route path={ROUTES.onlineServices} element={<OnlineServicesPage />} />
        <Route path={ROUTES.downloads} element={<DownloadsPage />} />
        <Route path={ROUTES.agreements} element={<AgreementsPage />} />
        <Route path={ROUTES.orders} element={<OrdersPage />} />
        <Route path={ROUTES.users} element={<UsersPage />} />
        <Route path={ROUTES.auditLog} element={<AuditLogPage />} />
        <Route path={ROUTES.apiClients} element={<ApiClientsPage />} />
        {[ROUTES.reports, ROUTES.customers, ROUTES.salesPackages, ROUTES.integrations].map(later)}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
