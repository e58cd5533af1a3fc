/**
 * WEB-2 / WEB-11: the guide's menus. An item a person may not use (by the permissions the API gives
 * for `me`, i.e. the one matrix) is not offered; a menu left empty is not shown at all.
 */
export interface MenuUser {
  permissions: readonly string[];
  organizationKind: string;
}

export interface MenuLink {
  label: string;
  to: string;
}

export interface Menu {
  label: string;
  /** A menu with one destination and no drop-down (Reports). */
  to?: string;
  items: MenuLink[];
}

interface ItemRule extends MenuLink {
  /** Offered when the user holds any one of these; absent: the organization kind alone decides (operator). */
  anyOf?: readonly string[];
}

interface MenuRule {
  label: string;
  to?: string;
  /** Customer menus for customers; partner menus for partner users (the guide's "Partner Center"); the operator's. */
  kind: 'CUSTOMER' | 'PARTNER' | 'OPERATOR';
  items: ItemRule[];
}

export const ROUTES = {
  dashboard: '/',
  inventory: '/inventory',
  onlineServices: '/inventory/online-services',
  downloads: '/inventory/downloads',
  agreements: '/account/agreements',
  orders: '/account/orders',
  users: '/account/users',
  auditLog: '/account/audit-log',
  apiClients: '/account/api-clients',
  reports: '/reports',
  profile: '/profile',
  customers: '/partner/customers',
  salesPackages: '/partner/sales-packages',
  partnerOrders: '/partner/orders',
  /** BEN-7: the partner's benefit permissions and, once approved, a customer's benefit pages. */
  partnerBenefits: '/partner/benefits',
  /** NOT-5: one page for customers, partners (VIEW_DELIVERY_LOG) and the operator (every organization). */
  deliveryLog: '/delivery-log',
  mailbox: '/operator/mailbox',
  readModels: '/operator/read-models',
  /** WEB-10 / API-3: webhook subscriptions, for customers and partners alike. */
  webhooks: '/account/webhooks',
  signIn: '/sign-in',
  /** The welcome invitation's "Get started now" link (accounts builds `<BC_PORTAL_URL>/register?token=…`). */
  register: '/register',
  /** The signer's review-and-sign link (agreements builds `<BC_PORTAL_URL>/agreements/sign?token=…`). */
  signFromLink: '/agreements/sign',
  /** The one-time link a new user or a password reset receives (`<BC_PORTAL_URL>/set-password?token=…`). */
  setPassword: '/set-password',
} as const;

const RULES: MenuRule[] = [
  {
    label: 'Inventory',
    kind: 'CUSTOMER',
    items: [
      { label: 'Manage my inventory', to: ROUTES.inventory, anyOf: ['VIEW_LICENSES'] },
      { label: 'Set up online services', to: ROUTES.onlineServices, anyOf: ['SELF_PROVISION'] },
      {
        label: 'Get downloads and keys',
        to: ROUTES.downloads,
        anyOf: ['DOWNLOAD_SOFTWARE', 'VIEW_PRODUCT_KEYS'],
      },
    ],
  },
  {
    label: 'Account',
    kind: 'CUSTOMER',
    items: [
      { label: 'View agreements', to: ROUTES.agreements, anyOf: ['VIEW_AGREEMENTS'] },
      { label: 'View order history', to: ROUTES.orders, anyOf: ['VIEW_ORDERS'] },
      { label: 'Manage users', to: ROUTES.users, anyOf: ['MANAGE_USERS'] },
      // The guide has no menu for it; account administrators find it beside Manage users (ACC-10).
      { label: 'Audit log', to: ROUTES.auditLog, anyOf: ['VIEW_AUDIT_LOG'] },
      { label: 'Delivery log', to: ROUTES.deliveryLog, anyOf: ['VIEW_DELIVERY_LOG'] },
      { label: 'Webhooks', to: ROUTES.webhooks, anyOf: ['MANAGE_ORGANIZATION'] },
      // API-1: administrators' credentials for their tools.
      { label: 'API clients', to: ROUTES.apiClients, anyOf: ['MANAGE_USERS'] },
    ],
  },
  {
    label: 'Reports',
    to: ROUTES.reports,
    kind: 'CUSTOMER',
    items: [{ label: 'Reports', to: ROUTES.reports, anyOf: ['VIEW_REPORTS'] }],
  },
  {
    label: 'Partner',
    kind: 'PARTNER',
    items: [
      { label: 'Customers', to: ROUTES.customers, anyOf: ['VIEW_AGREEMENTS', 'MANAGE_ORGANIZATION'] },
      { label: 'Sales packages', to: ROUTES.salesPackages, anyOf: ['VIEW_AGREEMENTS'] },
      { label: 'Customer benefits', to: ROUTES.partnerBenefits, anyOf: ['MANAGE_BENEFITS'] },
      { label: 'Orders', to: ROUTES.partnerOrders, anyOf: ['VIEW_ORDERS'] },
      { label: 'API clients', to: ROUTES.apiClients, anyOf: ['MANAGE_USERS'] },
      { label: 'Webhooks', to: ROUTES.webhooks, anyOf: ['MANAGE_ORGANIZATION'] },
      { label: 'Delivery log', to: ROUTES.deliveryLog, anyOf: ['VIEW_DELIVERY_LOG'] },
    ],
  },
  {
    // The platform operator runs a demo or a small installation: nothing more than these.
    label: 'Operator',
    kind: 'OPERATOR',
    items: [
      { label: 'Mailbox', to: ROUTES.mailbox },
      { label: 'Delivery log', to: ROUTES.deliveryLog },
      { label: 'Read models', to: ROUTES.readModels },
      { label: 'Webhooks', to: ROUTES.webhooks, anyOf: ['MANAGE_ORGANIZATION'] },
    ],
  },
];

export function menusFor(user: MenuUser): Menu[] {
  const held = new Set(user.permissions);
  return RULES.filter((rule) => rule.kind === user.organizationKind)
    .map((rule) => ({
      label: rule.label,
      ...(rule.to ? { to: rule.to } : {}),
      items: rule.items
        .filter((item) => !item.anyOf || item.anyOf.some((p) => held.has(p)))
        .map(({ label, to }) => ({ label, to })),
    }))
    .filter((menu) => menu.items.length > 0);
}
