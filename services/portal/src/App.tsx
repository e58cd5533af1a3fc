import { lazy, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import DashboardPage from './dashboard/DashboardPage.tsx';
import { NotFoundPage } from './placeholder/PlaceholderPage.tsx';
import { useSessionState } from './session/session-context.tsx';
import { AccountSelectionProvider } from './shell/account-selection.tsx';
import { ROUTES } from './shell/menus.ts';
import { Shell } from './shell/Shell.tsx';
import SignInPage from './sign-in/SignInPage.tsx';
import { Loading } from './ui/states.tsx';

/*
 * Every page is its own chunk, loaded when its route is first shown (initial JavaScript ≤ 250 KiB
 * gzipped: README). One line per page; the file's default export is the page. While a chunk arrives,
 * the Suspense in Shell (signed-in pages, the frame stays) or in main.tsx shows the loading state.
 * The two pages a visit starts on, Sign in and the Dashboard (4 KiB together), are in the entry: a
 * lazy first page waits for its chunk after `me`, and React reveals a suspended page no sooner than
 * 300 ms after its fallback (measured: the dashboard's data 200-300 ms later; scripts/bench/README.md).
 */
const InvitationPage = lazy(() => import('./invitation/InvitationPage.tsx'));
const ProfilePage = lazy(() => import('./profile/ProfilePage.tsx'));
const InventoryPage = lazy(() => import('./inventory/InventoryPage.tsx'));
const OnlineServicesPage = lazy(() => import('./online-services/OnlineServicesPage.tsx'));
const DownloadsPage = lazy(() => import('./downloads/DownloadsPage.tsx'));
const AgreementsPage = lazy(() => import('./agreements/AgreementsPage.tsx'));
const OrdersPage = lazy(() => import('./orders/OrdersPage.tsx'));
const UsersPage = lazy(() => import('./users/UsersPage.tsx'));
const AuditLogPage = lazy(() => import('./users/AuditLogPage.tsx'));
const SetPasswordPage = lazy(() => import('./set-password/SetPasswordPage.tsx'));
const SignFromLinkPage = lazy(() => import('./agreements/SignFromLinkPage.tsx'));
const ReportsPage = lazy(() => import('./reports/ReportsPage.tsx'));
const CustomersPage = lazy(() => import('./partners/CustomersPage.tsx'));
const SalesPackagesPage = lazy(() => import('./partners/SalesPackagesPage.tsx'));
const PartnerOrdersPage = lazy(() => import('./partners/PartnerOrdersPage.tsx'));
const PartnerBenefitsPage = lazy(() => import('./partner-benefits/PartnerBenefitsPage.tsx'));
const DeliveryLogPage = lazy(() => import('./operator/DeliveryLogPage.tsx'));
const MailboxPage = lazy(() => import('./operator/MailboxPage.tsx'));
const ReadModelsPage = lazy(() => import('./operator/ReadModelsPage.tsx'));
const WebhooksPage = lazy(() => import('./webhooks/WebhooksPage.tsx'));
const ApiClientsPage = lazy(() => import('./api-clients/ApiClientsPage.tsx'));

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
  [ROUTES.setPassword]: 'Set your password',
  [ROUTES.signFromLink]: 'Review and sign',
  [ROUTES.reports]: 'Reports',
  [ROUTES.customers]: 'Customers',
  [ROUTES.salesPackages]: 'Sales packages',
  [ROUTES.partnerOrders]: 'Orders',
  [ROUTES.partnerBenefits]: 'Customer benefits',
  [ROUTES.deliveryLog]: 'Delivery log',
  [ROUTES.mailbox]: 'Mailbox',
  [ROUTES.readModels]: 'Read models',
  [ROUTES.webhooks]: 'Webhooks',
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
  return (
    <Routes>
      <Route path={ROUTES.signIn} element={<SignInPage />} />
      <Route path={ROUTES.register} element={<InvitationPage />} />
      <Route path={ROUTES.setPassword} element={<SetPasswordPage />} />
      <Route path={ROUTES.signFromLink} element={<SignFromLinkPage />} />
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
        <Route path={ROUTES.reports} element={<ReportsPage />} />
        <Route path={ROUTES.customers} element={<CustomersPage />} />
        <Route path={ROUTES.salesPackages} element={<SalesPackagesPage />} />
        <Route path={ROUTES.partnerOrders} element={<PartnerOrdersPage />} />
        <Route path={ROUTES.partnerBenefits} element={<PartnerBenefitsPage />} />
        <Route path={ROUTES.deliveryLog} element={<DeliveryLogPage />} />
        <Route path={ROUTES.mailbox} element={<MailboxPage />} />
        <Route path={ROUTES.readModels} element={<ReadModelsPage />} />
        <Route path={ROUTES.webhooks} element={<WebhooksPage />} />
        <Route path={ROUTES.apiClients} element={<ApiClientsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
