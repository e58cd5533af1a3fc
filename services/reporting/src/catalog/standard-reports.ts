import { sql } from 'kysely';
import {
  contains,
  containsCondition,
  type Db,
  dateFrom,
  dateTo,
  equalsText,
  type FilterDefinition,
  oneOf,
  purchasingAccountFilter,
  type Query,
  type ReportDefinition,
  type StandardReportId,
  yesNo,
} from './report-definition.ts';

/** Every report row names its purchasing account; rows whose account event has not arrived yet show it empty. */
function withAccount(query: Query, alias: string): Query {
  return query
    .leftJoin('rm_purchasing_account as pa', 'pa.id', `${alias}.purchasing_account_id`)
    .select([
      sql<string>`coalesce(pa.number, '')`.as('purchasingAccountNumber'),
      sql<string>`coalesce(pa.name, '')`.as('purchasingAccountName'),
    ]);
}

const accountColumns = [
  { key: 'purchasingAccountNumber', label: 'Purchasing account number', type: 'TEXT', required: true },
  { key: 'purchasingAccountName', label: 'Purchasing account name', type: 'TEXT', byDefault: true },
] as const;

/** BEN-8 reports of one 24x7 channel: each request and the incidents left on its account. */
function supportReport(id: StandardReportId, channel: 'PHONE' | 'WEB', name: string): ReportDefinition {
  const benefitCode = channel === 'PHONE' ? 'SUPPORT_24X7_PHONE' : 'SUPPORT_24X7_WEB';
  return {
    id,
    name,
    category: 'SOFTWARE_ASSURANCE_BENEFITS',
    description: `Your use of the ${name.replace(' report', '')} benefit: each request opened and the incidents left.`,
    permission: 'VIEW_REPORTS',
    columns: [
      ...accountColumns,
      { key: 'requestId', label: 'Request ID', type: 'TEXT', required: true },
      { key: 'openedOn', label: 'Opened on', type: 'DATE', required: true },
      { key: 'summary', label: 'Summary', type: 'TEXT', byDefault: true },
      { key: 'openedBy', label: 'Opened by', type: 'TEXT', byDefault: true },
      { key: 'incidentsEntitled', label: 'Incidents entitled', type: 'NUMBER', byDefault: true },
      { key: 'incidentsUsed', label: 'Incidents used', type: 'NUMBER', byDefault: true },
      { key: 'incidentsAvailable', label: 'Incidents available', type: 'NUMBER', byDefault: true },
    ],
    filters: [
      purchasingAccountFilter,
      dateFrom('openedOn', 'openedFrom', 'Opened from', false),
      dateTo('openedOn', 'openedTo', 'Opened to', false),
      contains('openedBy', 'Opened by', true),
      contains('summary', 'Summary contains', true),
    ],
    source: (db, organizationId) =>
      withAccount(
        db
          .selectFrom('rm_support_request as s')
          .leftJoin('rm_entitlement as e', (join) =>
            join
              .onRef('e.purchasing_account_id', '=', 's.purchasing_account_id')
              .on('e.benefit_code', '=', benefitCode),
          )
          .where('s.organization_id', '=', organizationId)
          .where('s.channel', '=', channel)
          .select([
            's.id as requestId',
            's.opened_on as openedOn',
            's.summary as summary',
            's.opened_by as openedBy',
            'e.entitled as incidentsEntitled',
            'e.used as incidentsUsed',
            'e.available as incidentsAvailable',
          ]),
        's',
      ),
    orderBy: ['openedOn', 'requestId'],
  };
}

/** BEN-2/BEN-8 reports of one measured benefit: entitled, used and available per purchasing account. */
function entitlementReport(
  id: StandardReportId,
  benefitCode: string,
  name: string,
  description: string,
): ReportDefinition {
  return {
    id,
    name,
    category: 'SOFTWARE_ASSURANCE_BENEFITS',
    description,
    permission: 'VIEW_REPORTS',
    columns: [
      ...accountColumns,
      { key: 'benefit', label: 'Benefit', type: 'TEXT', required: true },
      { key: 'unit', label: 'Unit', type: 'TEXT', byDefault: true },
      { key: 'entitled', label: 'Entitled', type: 'NUMBER', required: true },
      { key: 'used', label: 'Used', type: 'NUMBER', required: true },
      { key: 'available', label: 'Available', type: 'NUMBER', byDefault: true },
    ],
    filters: [purchasingAccountFilter, contains('purchasingAccountName', 'Purchasing account name', true)],
    source: (db, organizationId) =>
      withAccount(
        db
          .selectFrom('rm_entitlement as e')
          .where('e.organization_id', '=', organizationId)
          .where('e.benefit_code', '=', benefitCode)
          .select([
            'e.benefit_name as benefit',
            'e.unit as unit',
            'e.entitled as entitled',
            'e.used as used',
            'e.available as available',
          ]),
        'e',
      ),
    orderBy: ['purchasingAccountNumber'],
  };
}

/** The order lines of the reconciliation row `r` (its purchasing account and SKU). */
const lineOf = (db: Db) =>
  db
    .selectFrom('rm_order_line as ol')
    .selectAll()
    .whereRef('ol.purchasing_account_id', '=', 'r.purchasingAccountId')
    .whereRef('ol.sku', '=', 'r.sku');

const orderNumberInReconciliation: FilterDefinition = {
  key: 'orderNumber',
  label: 'Order number',
  type: 'TEXT',
  apply: (q, value, db) =>
    q.where(({ exists }) => exists(lineOf(db).where(sql`lower(ol.order_number)`, '=', value.toLowerCase()))),
};

const agreementNumberInReconciliation: FilterDefinition = {
  key: 'agreementNumber',
  label: 'Agreement number',
  type: 'TEXT',
  apply: (q, value, db) =>
    q.where(({ exists }) =>
      exists(lineOf(db).where(sql`lower(ol.agreement_number)`, '=', value.toLowerCase())),
    ),
};

/** REP-1: the eleven standard reports, in the guide's order. */
export const standardReports: ReportDefinition[] = [
  supportReport('PHONE_SUPPORT_24X7', 'PHONE', '24 x 7 Phone Support report'),
  supportReport('WEB_SUPPORT_24X7', 'WEB', '24 x 7 Web Support report'),
  {
    id: 'AGREEMENTS',
    name: 'Agreements report',
    category: 'AGREEMENTS',
    description:
      'Your Volume Licensing agreements with their purchasing accounts and contacts; find them by account, agreement number, contact name or contact email.',
    permission: 'VIEW_REPORTS',
    columns: [
      { key: 'agreementNumber', label: 'Agreement number', type: 'TEXT', required: true },
      ...accountColumns,
      { key: 'status', label: 'Status', type: 'TEXT', byDefault: true },
      { key: 'startDate', label: 'Start date', type: 'DATE', byDefault: true },
      { key: 'endDate', label: 'End date', type: 'DATE', byDefault: true },
      { key: 'anniversaryMonth', label: 'Anniversary month', type: 'NUMBER' },
      { key: 'contactName', label: 'Contact name', type: 'TEXT', byDefault: true },
      { key: 'contactEmail', label: 'Contact email', type: 'TEXT', byDefault: true },
      { key: 'location', label: 'Location', type: 'TEXT', byDefault: true },
      { key: 'city', label: 'City', type: 'TEXT' },
      { key: 'signingMethod', label: 'Signing method', type: 'TEXT' },
      { key: 'signedBy', label: 'Signed by', type: 'TEXT' },
      { key: 'signedOn', label: 'Signed on', type: 'DATE' },
    ],
    filters: [
      {
        key: 'account',
        label: 'Account (number or name)',
        type: 'TEXT',
        apply: (q, value) =>
          q.where(({ or }) =>
            or([
              containsCondition('r.purchasingAccountNumber', value),
              containsCondition('r.purchasingAccountName', value),
            ]),
          ),
      },
      equalsText('agreementNumber', 'Agreement number'),
      contains('contactSearch', 'Contact name or email'),
      purchasingAccountFilter,
      contains('contactName', 'Contact name', true),
      contains('contactEmail', 'Contact email', true),
      dateFrom('startDate', 'startDateFrom', 'Start date from'),
      dateTo('startDate', 'startDateTo', 'Start date to'),
      equalsText('location', 'Location (country)', true),
    ],
    source: (db, organizationId) =>
      withAccount(
        db
          .selectFrom('rm_agreement as a')
          .where('a.organization_id', '=', organizationId)
          .select([
            'a.number as agreementNumber',
            'a.status as status',
            'a.start_date as startDate',
            'a.end_date as endDate',
            'a.anniversary_month as anniversaryMonth',
            sql<string>`coalesce(pa.contact_name, '')`.as('contactName'),
            sql<string>`coalesce(pa.contact_email, '')`.as('contactEmail'),
            sql<string>`coalesce(pa.contact_search, '')`.as('contactSearch'),
            sql<string>`coalesce(pa.location, '')`.as('location'),
            sql<string>`coalesce(pa.city, '')`.as('city'),
            'a.signing_method as signingMethod',
            'a.signer_name as signedBy',
            'a.signed_on as signedOn',
          ]),
        'a',
      ),
    orderBy: ['agreementNumber'],
  },
  {
    id: 'AGREEMENT_OFFERS',
    name: 'Agreement Offers report',
    category: 'AGREEMENTS',
    description:
      'Purchasing accounts and the offers of their agreements, at product pool level with the price level.',
    permission: 'VIEW_REPORTS',
    columns: [
      ...accountColumns,
      { key: 'agreementNumber', label: 'Agreement number', type: 'TEXT', required: true },
      { key: 'offerCode', label: 'Offer code', type: 'TEXT', required: true },
      { key: 'offerName', label: 'Offer', type: 'TEXT', byDefault: true },
      { key: 'productPool', label: 'Product pool', type: 'TEXT', byDefault: true },
      { key: 'priceLevel', label: 'Price level', type: 'TEXT', byDefault: true },
      { key: 'startDate', label: 'Agreement start date', type: 'DATE' },
      { key: 'endDate', label: 'Agreement end date', type: 'DATE' },
    ],
    filters: [
      purchasingAccountFilter,
      equalsText('agreementNumber', 'Agreement number'),
      equalsText('productPool', 'Product pool', true),
      equalsText('priceLevel', 'Price level', true),
    ],
    source: (db, organizationId) =>
      withAccount(
        db
          .selectFrom('rm_agreement_offer as o')
          .innerJoin('rm_agreement as a', 'a.id', 'o.agreement_id')
          .where('o.organization_id', '=', organizationId)
          .select([
            'a.number as agreementNumber',
            'o.code as offerCode',
            'o.name as offerName',
            'o.product_pool as productPool',
            'o.price_level as priceLevel',
            'a.start_date as startDate',
            'a.end_date as endDate',
          ]),
        'a',
      ),
    orderBy: ['purchasingAccountNumber', 'agreementNumber', 'offerCode'],
  },
  entitlementReport(
    'HOME_USE_PROGRAM',
    'HOME_USE_PROGRAM',
    'Home Use Program report',
    'Your use of the Home Use Program benefit: licenses entitled, used and available per purchasing account.',
  ),
  {
    id: 'LICENSES_AND_SERVICES',
    name: 'Licenses and Services report',
    category: 'LICENSES_AND_SERVICES',
    description: 'All your licenses and online services.',
    permission: 'VIEW_REPORTS',
    columns: [
      ...accountColumns,
      { key: 'itemType', label: 'Type', type: 'TEXT', required: true },
      { key: 'product', label: 'Product or service', type: 'TEXT', required: true },
      { key: 'sku', label: 'SKU', type: 'TEXT' },
      { key: 'productGroupOrPlan', label: 'Product group or plan', type: 'TEXT', byDefault: true },
      { key: 'quantity', label: 'Quantity', type: 'NUMBER', byDefault: true },
      { key: 'softwareAssurance', label: 'Software Assurance', type: 'BOOLEAN', byDefault: true },
      { key: 'status', label: 'Status', type: 'TEXT', byDefault: true },
      { key: 'expiresOn', label: 'Next expiration', type: 'DATE', byDefault: true },
    ],
    filters: [
      purchasingAccountFilter,
      oneOf('itemType', 'Type', ['LICENSE', 'ONLINE_SERVICE']),
      contains('product', 'Product or service'),
      oneOf('status', 'Status', ['ACTIVE', 'AWAITING_ORDER', 'CANCELLED'], true),
      yesNo('softwareAssurance', 'Software Assurance'),
      dateFrom('expiresOn', 'expiresFrom', 'Expires from'),
      dateTo('expiresOn', 'expiresTo', 'Expires to'),
    ],
    source: (db, organizationId) => {
      const licenses = withAccount(
        db
          .selectFrom('rm_license as l')
          .where('l.organization_id', '=', organizationId)
          .select([
            'l.id as itemId',
            sql<string>`'LICENSE'`.as('itemType'),
            'l.product_name as product',
            'l.sku as sku',
            'l.family as productGroupOrPlan',
            'l.quantity as quantity',
            'l.software_assurance as softwareAssurance',
            'l.status as status',
            'l.expires_on as expiresOn',
          ]),
        'l',
      );
      const services = withAccount(
        db
          .selectFrom('rm_subscription as s')
          .where('s.organization_id', '=', organizationId)
          .select([
            's.id as itemId',
            sql<string>`'ONLINE_SERVICE'`.as('itemType'),
            's.service_name as product',
            's.sku as sku',
            's.plan as productGroupOrPlan',
            's.quantity as quantity',
            sql<boolean>`false`.as('softwareAssurance'),
            's.status as status',
            's.expires_on as expiresOn',
          ]),
        's',
      );
      // Both halves select the same columns in the same order (withAccount adds the account last).
      // Not parenthesized: SQLite refuses "(select …) union all (select …)".
      return licenses.unionAll(services);
    },
    orderBy: ['purchasingAccountNumber', 'itemType', 'product', 'itemId'],
  },
  {
    id: 'ONLINE_SERVICES_RENEWALS',
    name: 'Online Services Renewals report',
    category: 'LICENSES_AND_SERVICES',
    description: 'Online services due to renew, and when they expire.',
    permission: 'VIEW_REPORTS',
    columns: [
      ...accountColumns,
      { key: 'service', label: 'Online service', type: 'TEXT', required: true },
      { key: 'plan', label: 'Plan', type: 'TEXT', byDefault: true },
      { key: 'quantity', label: 'Quantity', type: 'NUMBER', byDefault: true },
      { key: 'status', label: 'Status', type: 'TEXT', byDefault: true },
      { key: 'expiresOn', label: 'Expires on', type: 'DATE', required: true },
      { key: 'daysUntilRenewal', label: 'Days until renewal', type: 'NUMBER', byDefault: true },
    ],
    filters: [
      purchasingAccountFilter,
      contains('service', 'Online service'),
      dateFrom('expiresOn', 'expiresFrom', 'Expires from', false),
      dateTo('expiresOn', 'expiresTo', 'Expires to', false),
      oneOf('status', 'Status', ['ACTIVE', 'AWAITING_ORDER'], true),
    ],
    source: (db, organizationId) =>
      withAccount(
        db
          .selectFrom('rm_subscription as s')
          .where('s.organization_id', '=', organizationId)
          .where('s.status', '<>', 'CANCELLED')
          .select([
            's.id as subscriptionId',
            's.service_name as service',
            's.plan as plan',
            's.quantity as quantity',
            's.status as status',
            's.expires_on as expiresOn',
          ]),
        's',
      ),
    orderBy: ['expiresOn', 'purchasingAccountNumber', 'service', 'subscriptionId'],
    derive: (row, today) => {
      row.daysUntilRenewal = Math.round(
        (Date.parse(`${row.expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
      );
    },
  },
  {
    id: 'PACKAGES_AND_PRODUCTS',
    name: 'Packages and Products report',
    category: 'ORDERS_AND_INVOICES',
    description:
      'Your asset position and history at package and product level: what was ordered, when, how and at what price.',
    permission: 'VIEW_REPORTS',
    columns: [
      ...accountColumns,
      { key: 'orderNumber', label: 'Order number', type: 'TEXT', required: true },
      { key: 'orderedOn', label: 'Order date', type: 'DATE', byDefault: true },
      { key: 'orderType', label: 'Order type', type: 'TEXT', byDefault: true },
      { key: 'agreementNumber', label: 'Agreement number', type: 'TEXT', byDefault: true },
      { key: 'purchaseOrderNumber', label: 'PO number', type: 'TEXT' },
      { key: 'lineNumber', label: 'Line', type: 'NUMBER' },
      { key: 'itemKind', label: 'Item kind', type: 'TEXT' },
      { key: 'sku', label: 'SKU', type: 'TEXT', byDefault: true },
      { key: 'product', label: 'Product', type: 'TEXT', required: true },
      { key: 'quantity', label: 'Quantity', type: 'NUMBER', required: true },
      { key: 'unitPrice', label: 'Unit price', type: 'AMOUNT', byDefault: true },
      { key: 'amount', label: 'Amount', type: 'AMOUNT', byDefault: true },
      { key: 'currency', label: 'Currency', type: 'CURRENCY', required: true },
      { key: 'priceProtected', label: 'Price protected', type: 'BOOLEAN' },
    ],
    filters: [
      purchasingAccountFilter,
      equalsText('orderNumber', 'Order number'),
      contains('product', 'Product'),
      oneOf('orderType', 'Order type', ['NEW', 'ADD_ON', 'RENEWAL', 'TRUE_UP'], true),
      dateFrom('orderedOn', 'orderedFrom', 'Order date from'),
      dateTo('orderedOn', 'orderedTo', 'Order date to'),
      equalsText('agreementNumber', 'Agreement number', true),
    ],
    source: (db, organizationId) =>
      withAccount(
        db
          .selectFrom('rm_order_line as ol')
          .where('ol.organization_id', '=', organizationId)
          .select([
            'ol.order_number as orderNumber',
            'ol.ordered_on as orderedOn',
            'ol.order_type as orderType',
            'ol.agreement_number as agreementNumber',
            'ol.purchase_order_number as purchaseOrderNumber',
            'ol.line_number as lineNumber',
            'ol.kind as itemKind',
            'ol.sku as sku',
            'ol.name as product',
            'ol.quantity as quantity',
            'ol.unit_price_minor as unitPrice',
            sql<number>`ol.quantity * ol.unit_price_minor`.as('amount'),
            'ol.currency as currency',
            'ol.price_protected as priceProtected',
          ]),
        'ol',
      ),
    orderBy: ['orderedOn', 'orderNumber', 'lineNumber'],
  },
  entitlementReport(
    'PLANNING_SERVICES',
    'PLANNING_SERVICES',
    'Planning Services report',
    'Your use of the Planning Services benefit: planning days entitled, used and available per purchasing account.',
  ),
  {
    id: 'TRAINING_VOUCHERS',
    name: 'Training Vouchers report',
    category: 'SOFTWARE_ASSURANCE_BENEFITS',
    description: 'Your use of the Training Vouchers benefit: the training days assigned to each employee.',
    permission: 'VIEW_REPORTS',
    columns: [
      ...accountColumns,
      { key: 'employeeName', label: 'Employee', type: 'TEXT', required: true },
      { key: 'email', label: 'Email', type: 'TEXT', byDefault: true },
      { key: 'days', label: 'Training days', type: 'NUMBER', required: true },
      { key: 'language', label: 'Instruction language', type: 'TEXT' },
      { key: 'voucherCode', label: 'Voucher code', type: 'TEXT', byDefault: true },
      { key: 'status', label: 'Status', type: 'TEXT', byDefault: true },
      { key: 'assignedOn', label: 'Assigned on', type: 'DATE', byDefault: true },
      { key: 'revokedOn', label: 'Revoked on', type: 'DATE' },
    ],
    filters: [
      purchasingAccountFilter,
      contains('employeeName', 'Employee'),
      contains('email', 'Email', true),
      oneOf('status', 'Status', ['ASSIGNED', 'REVOKED'], true),
      dateFrom('assignedOn', 'assignedFrom', 'Assigned from'),
      dateTo('assignedOn', 'assignedTo', 'Assigned to'),
    ],
    source: (db, organizationId) =>
      withAccount(
        db
          .selectFrom('rm_voucher as v')
          .where('v.organization_id', '=', organizationId)
          .where('v.assigned_on', 'is not', null)
          .select([
            'v.id as assignmentId',
            'v.employee_name as employeeName',
            'v.email as email',
            'v.days as days',
            'v.language as language',
            'v.voucher_code as voucherCode',
            sql<string>`case when v.revoked_on is null then 'ASSIGNED' else 'REVOKED' end`.as('status'),
            'v.assigned_on as assignedOn',
            'v.revoked_on as revokedOn',
          ]),
        'v',
      ),
    orderBy: ['assignedOn', 'employeeName', 'assignmentId'],
  },
  {
    id: 'UNPAID_ONLINE_SERVICES_RECONCILIATION',
    name: 'Unpaid Online Services Reconciliation report',
    category: 'ORDERS_AND_INVOICES',
    description:
      'Online services in use against the quantities ordered (REP-7), so you know what to order to avoid disruptions.',
    permission: 'VIEW_REPORTS',
    columns: [
      ...accountColumns,
      { key: 'service', label: 'Online service', type: 'TEXT', required: true },
      { key: 'sku', label: 'SKU', type: 'TEXT', byDefault: true },
      { key: 'provisionedQuantity', label: 'Provisioned', type: 'NUMBER', required: true },
      { key: 'orderedQuantity', label: 'Ordered', type: 'NUMBER', required: true },
      { key: 'unpaidQuantity', label: 'Unpaid', type: 'NUMBER', required: true },
      { key: 'lastOrderNumber', label: 'Last order number', type: 'TEXT', byDefault: true },
      { key: 'agreementNumber', label: 'Agreement number', type: 'TEXT', byDefault: true },
    ],
    filters: [
      purchasingAccountFilter,
      orderNumberInReconciliation,
      agreementNumberInReconciliation,
      contains('service', 'Product'),
      {
        key: 'discrepanciesOnly',
        label: 'Only discrepancies',
        type: 'BOOLEAN',
        more: true,
        apply: (q, value) => (value === 'true' ? q.where('r.unpaidQuantity', '<>', 0) : q),
      },
    ],
    source: (db, organizationId) => {
      const orderedServices = db
        .selectFrom('rm_order_line')
        .where('organization_id', '=', organizationId)
        .where('kind', '=', 'ONLINE_SERVICE');
      const services = db
        .selectFrom('rm_subscription')
        .where('organization_id', '=', organizationId)
        .select(['purchasing_account_id', 'sku'])
        .union(orderedServices.select(['purchasing_account_id', 'sku']));
      const provisioned = db
        .selectFrom('rm_subscription')
        .where('organization_id', '=', organizationId)
        .where('status', '<>', 'CANCELLED')
        .groupBy(['purchasing_account_id', 'sku'])
        .select(({ fn }) => [
          'purchasing_account_id',
          'sku',
          fn.max('service_name').as('service_name'),
          fn.sum('quantity').as('quantity'),
        ]);
      const ordered = orderedServices
        .groupBy(['purchasing_account_id', 'sku'])
        .select(({ fn }) => [
          'purchasing_account_id',
          'sku',
          fn.max('name').as('name'),
          fn.max('order_number').as('last_order'),
          fn.max('agreement_number').as('agreement_number'),
          fn.sum('quantity').as('quantity'),
        ]);
      return withAccount(
        db
          .selectFrom(services.as('k'))
          .leftJoin(provisioned.as('p'), (join) =>
            join
              .onRef('p.purchasing_account_id', '=', 'k.purchasing_account_id')
              .onRef('p.sku', '=', 'k.sku'),
          )
          .leftJoin(ordered.as('o'), (join) =>
            join
              .onRef('o.purchasing_account_id', '=', 'k.purchasing_account_id')
              .onRef('o.sku', '=', 'k.sku'),
          )
          .select([
            'k.purchasing_account_id as purchasingAccountId',
            'k.sku as sku',
            sql<string>`coalesce(p.service_name, o.name)`.as('service'),
            sql<number>`coalesce(p.quantity, 0)`.as('provisionedQuantity'),
            sql<number>`coalesce(o.quantity, 0)`.as('orderedQuantity'),
            sql<number>`coalesce(p.quantity, 0) - coalesce(o.quantity, 0)`.as('unpaidQuantity'),
            'o.last_order as lastOrderNumber',
            'o.agreement_number as agreementNumber',
          ]),
        'k',
      );
    },
    orderBy: ['purchasingAccountNumber', 'service', 'sku'],
  },
];

export function standardReport(id: string): ReportDefinition | undefined {
  return standardReports.find((r) => r.id === id);
}
