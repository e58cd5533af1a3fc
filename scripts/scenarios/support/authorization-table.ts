/**
 * ACC-5 and the tenant rule, for every root field of the composed supergraph: who may call it.
 * The expectations are written here from the guide, independently of the permission matrix in code.
 * `authorization.scenario.test.ts` generates one operation per field from the supergraph and fails
 * when a field has no entry here, so a new field cannot ship without a decision.
 */
export const ROLES = [
  'ACCOUNT_VIEWER',
  'REPORT_VIEWER',
  'ACCOUNT_MANAGER',
  'USER_ADMINISTRATOR',
  'AGREEMENT_ADMINISTRATOR',
  'ACCOUNT_ADMINISTRATOR',
] as const;
export type RoleName = (typeof ROLES)[number];

/** The customer's objects the operations point at (set up once by the test). */
export interface Fixture {
  customerId: string;
  purchasingAccountId: string;
  agreementId: string;
  orderId: string;
  userId: string;
}

export const MISSING = '00000000-0000-4000-8000-000000000000';

export type Outcome = 'allowed' | 'FORBIDDEN';

export interface Expectation {
  /** Arguments of the field (required ones must be here); documents are generated from the schema. */
  variables?: (f: Fixture) => Record<string, unknown>;
  /** Customer roles that may call it; the others get FORBIDDEN. */
  allowed: readonly RoleName[];
  /** Public operations (sign-in, links from emails) answer without a token. */
  anonymous?: 'public';
  /**
   * Queries: the customer's partner of record, before and after the customer approved it for
   * benefits (BEN-7). Mutations derive both from `callers`.
   */
  partner?: Outcome;
  partnerWithPermission?: Outcome;
  /**
   * Mutations (required): who may call it, from the guide. The subgraph's own declaration
   * (`src/mutation-callers.ts`) must say the same, and the partner of record's outcomes follow from it.
   */
  callers?: readonly Caller[];
  /** The partner of record sees this customer data anyway (agreements, orders, its customers). */
  partnerSees?: true;
}

/** As `@bc/platform` callers.ts: PUBLIC, CUSTOMER, PARTNER (own organization), PARTNER_OF_RECORD, BENEFIT_PARTNER, OPERATOR. */
export type Caller = 'PUBLIC' | 'CUSTOMER' | 'PARTNER' | 'PARTNER_OF_RECORD' | 'BENEFIT_PARTNER' | 'OPERATOR';
const PUBLIC_ONLY: Caller[] = ['PUBLIC'];
const ANY_SIGNED_IN: Caller[] = ['CUSTOMER', 'PARTNER', 'OPERATOR'];
/** Each organization's own users, domains, reports: a partner manages its own, not its customers'. */
const OWN_ORGANIZATION: Caller[] = ['CUSTOMER', 'PARTNER'];
/** The customer's data the guide leaves to the customer alone (AGR-4, signing, support, decisions). */
const CUSTOMER_ONLY: Caller[] = ['CUSTOMER'];
/** Sales packages and orders (AGR-2, AGR-5), benefit permission requests (BEN-7). */
const PARTNER_OF_RECORD: Caller[] = ['PARTNER_OF_RECORD'];
/** The BEN-7 list: domains, access codes, benefit users, vouchers, downloads and keys — no more. */
const BENEFIT_ACTION: Caller[] = ['CUSTOMER', 'BENEFIT_PARTNER'];

/** The partner of record's outcome for a mutation, without or with the customer's benefit permission. */
export function partnerOutcome(callers: readonly Caller[], withPermission: boolean): Outcome {
  const admitted: Caller[] = [
    'PUBLIC',
    'PARTNER',
    'PARTNER_OF_RECORD',
    ...(withPermission ? ['BENEFIT_PARTNER' as const] : []),
  ];
  return callers.some((c) => admitted.includes(c)) ? 'allowed' : 'FORBIDDEN';
}

const EVERY_ROLE = ROLES;
const NOBODY: RoleName[] = [];
const ADMINS_ONLY: RoleName[] = ['ACCOUNT_ADMINISTRATOR'];
const USER_MANAGERS: RoleName[] = ['USER_ADMINISTRATOR', 'AGREEMENT_ADMINISTRATOR', 'ACCOUNT_ADMINISTRATOR'];
const USER_CREATORS: RoleName[] = ['AGREEMENT_ADMINISTRATOR', 'ACCOUNT_ADMINISTRATOR'];
/** Viewing agreements, orders, licenses and reports. */
const VIEWERS: RoleName[] = ['ACCOUNT_VIEWER', 'REPORT_VIEWER', 'ACCOUNT_MANAGER', 'ACCOUNT_ADMINISTRATOR'];
/** Agreement administrators "view information specific to agreements". */
const AGREEMENT_READERS: RoleName[] = [...VIEWERS, 'AGREEMENT_ADMINISTRATOR'];
const KEY_VIEWERS: RoleName[] = ['REPORT_VIEWER', 'ACCOUNT_MANAGER', 'ACCOUNT_ADMINISTRATOR'];
/** Account managers edit active agreements, self-provision and download. */
const EDITORS: RoleName[] = ['ACCOUNT_MANAGER', 'ACCOUNT_ADMINISTRATOR'];
const SIGNERS: RoleName[] = ['AGREEMENT_ADMINISTRATOR', 'ACCOUNT_ADMINISTRATOR'];

const id = (value: string) => () => ({ id: value });
const signer = { name: 'A', title: 'B' };

/** Keyed `Query.<field>` / `Mutation.<field>`. */
export const expectations: Record<string, Expectation> = {
  // ------------------------------------------------------------------ accounts
  'Query.me': { allowed: EVERY_ROLE, partner: 'allowed' },
  'Query.users': { allowed: USER_MANAGERS, partner: 'allowed' },
  'Query.user': { variables: (f) => ({ id: f.userId }), allowed: USER_MANAGERS, partner: 'allowed' },
  'Query.domains': { allowed: EVERY_ROLE, partner: 'allowed' },
  'Query.auditLog': { allowed: ADMINS_ONLY, partner: 'allowed' },
  // API-1: administrators (those who manage users) manage the organization's API clients.
  'Query.apiClients': { allowed: USER_MANAGERS, partner: 'allowed' },
  'Query.invitation': {
    variables: () => ({ token: 'forged' }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    partner: 'allowed',
  },
  'Query.passwordSetup': {
    variables: () => ({ token: 'forged' }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    partner: 'allowed',
  },
  'Query.myCustomers': { allowed: NOBODY, partner: 'allowed', partnerSees: true },
  'Query.domainAdministratorInvitation': {
    variables: (f) => ({ organizationId: f.customerId }),
    allowed: NOBODY,
    partner: 'allowed',
    partnerSees: true,
  },
  'Mutation.signIn': {
    variables: () => ({ input: { workAccount: 'nobody@nowhere.example', password: 'Wrong-passw0rd' } }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    callers: PUBLIC_ONLY,
  },
  'Mutation.refreshSession': {
    variables: () => ({ refreshToken: 'forged' }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    callers: PUBLIC_ONLY,
  },
  'Mutation.changePassword': {
    variables: () => ({ input: { currentPassword: 'Wrong-passw0rd', newPassword: 'Str0nger-Passw0rd' } }),
    allowed: EVERY_ROLE,
    callers: ANY_SIGNED_IN,
  },
  'Mutation.inviteDomainAdministrator': {
    variables: () => ({ input: { organizationName: 'X', administratorEmail: 'x@mail.example' } }),
    allowed: NOBODY,
    callers: ['OPERATOR'],
  },
  'Mutation.resendDomainAdministratorInvitation': {
    variables: () => ({ organizationId: MISSING }),
    allowed: NOBODY,
    callers: ['PARTNER_OF_RECORD', 'OPERATOR'],
  },
  'Mutation.changeDomainAdministrator': {
    variables: () => ({ organizationId: MISSING, email: 'y@mail.example' }),
    allowed: NOBODY,
    callers: ['PARTNER_OF_RECORD', 'OPERATOR'],
  },
  'Mutation.signUpFromInvitation': {
    variables: () => ({
      input: {
        token: 'forged',
        userId: 'x',
        initialDomain: 'x',
        password: 'Str0ng-Passw0rd',
        firstName: 'A',
        lastName: 'B',
      },
    }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    callers: PUBLIC_ONLY,
  },
  'Mutation.signInFromInvitation': {
    variables: () => ({ input: { token: 'forged', workAccount: 'a@b.example', password: 'Wrong-passw0rd' } }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    callers: PUBLIC_ONLY,
  },
  'Mutation.setPasswordFromLink': {
    variables: () => ({ input: { token: 'forged', newPassword: 'Str0ng-Passw0rd' } }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    callers: PUBLIC_ONLY,
  },
  'Mutation.addDomain': {
    variables: () => ({ name: 'not a domain' }),
    allowed: ADMINS_ONLY,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.verifyDomain': { variables: id(MISSING), allowed: ADMINS_ONLY, callers: OWN_ORGANIZATION },
  'Mutation.addUser': {
    variables: () => ({
      input: {
        userId: 'matrix',
        domain: 'not-ours.example',
        email: 'm@mail.example',
        firstName: 'M',
        lastName: 'X',
        // A role both user creators hold: the grant rule (ACC-6) lets them give it.
        roles: ['AGREEMENT_ADMINISTRATOR'],
      },
    }),
    allowed: USER_CREATORS,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.updateUserRoles': {
    variables: () => ({ input: { id: MISSING, roles: ['ACCOUNT_VIEWER'] } }),
    allowed: USER_MANAGERS,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.updateUserDetails': {
    variables: () => ({ input: { id: MISSING, firstName: 'New' } }),
    allowed: USER_MANAGERS,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.revokeUser': { variables: id(MISSING), allowed: USER_MANAGERS, callers: OWN_ORGANIZATION },
  'Mutation.restoreUser': { variables: id(MISSING), allowed: USER_MANAGERS, callers: OWN_ORGANIZATION },
  'Mutation.resetUserPassword': { variables: id(MISSING), allowed: USER_MANAGERS, callers: OWN_ORGANIZATION },
  'Mutation.createApiClient': {
    variables: () => ({
      input: { name: 'Matrix tool', permissions: ['MANAGE_USERS'], expiresAt: '2026-12-01T00:00:00.000Z' },
    }),
    allowed: USER_MANAGERS,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.revokeApiClient': { variables: id(MISSING), allowed: USER_MANAGERS, callers: OWN_ORGANIZATION },
  'Mutation.rotateApiClientSecret': {
    variables: id(MISSING),
    allowed: USER_MANAGERS,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.updatePartnerNotifications': {
    variables: () => ({ input: { notificationEmail: 'p@mail.example' } }),
    allowed: NOBODY,
    callers: ['PARTNER'],
  },
  'Mutation.createPartnerOrganization': {
    variables: () => ({
      input: {
        name: 'P',
        domain: 'p.example',
        administratorUserId: 'a',
        administratorEmail: 'a@mail.example',
        administratorFirstName: 'A',
        administratorLastName: 'B',
      },
    }),
    allowed: NOBODY,
    callers: ['OPERATOR'],
  },
  // Last of all (the test runs it last): it ends the session it is called with.
  'Mutation.signOut': { allowed: EVERY_ROLE, callers: ANY_SIGNED_IN },

  // ------------------------------------------------------------------ notifications
  'Query.deliveryLog': { allowed: ['USER_ADMINISTRATOR', 'ACCOUNT_ADMINISTRATOR'], partner: 'allowed' },
  'Query.mailbox': {
    variables: () => ({ recipient: 'x@mail.example' }),
    allowed: NOBODY,
    partner: 'FORBIDDEN',
  },
  'Query.webhookSigningKeys': { allowed: EVERY_ROLE, anonymous: 'public', partner: 'allowed' },
  // API-3: webhook endpoints are the organization's own settings (MANAGE_ORGANIZATION); a partner
  // manages its own, never its customers'.
  'Query.webhookEndpoints': { allowed: ADMINS_ONLY, partner: 'allowed' },
  'Query.webhookEndpoint': { variables: () => ({ id: MISSING }), allowed: ADMINS_ONLY, partner: 'allowed' },
  'Query.webhookEventTypes': { allowed: ADMINS_ONLY, partner: 'allowed' },
  'Mutation.createWebhookEndpoint': {
    variables: () => ({ input: { url: 'ftp://nowhere.example/', eventTypes: [] } }),
    allowed: ADMINS_ONLY,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.updateWebhookEndpoint': {
    variables: () => ({ id: MISSING, input: {} }),
    allowed: ADMINS_ONLY,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.rotateWebhookSecret': {
    variables: () => ({ id: MISSING }),
    allowed: ADMINS_ONLY,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.pingWebhookEndpoint': {
    variables: () => ({ id: MISSING }),
    allowed: ADMINS_ONLY,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.redeliverWebhook': {
    variables: () => ({ deliveryId: MISSING }),
    allowed: ADMINS_ONLY,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.redeliverWebhooksSince': {
    variables: () => ({ endpointId: MISSING, since: '2026-01-01T00:00:00.000Z' }),
    allowed: ADMINS_ONLY,
    callers: OWN_ORGANIZATION,
  },

  // ------------------------------------------------------------------ agreements
  'Query.purchasingAccounts': { allowed: AGREEMENT_READERS, partner: 'allowed', partnerSees: true },
  'Query.purchasingAccount': {
    variables: (f) => ({ id: f.purchasingAccountId }),
    allowed: AGREEMENT_READERS,
    partner: 'allowed',
    partnerSees: true,
  },
  'Query.agreements': { allowed: AGREEMENT_READERS, partner: 'allowed', partnerSees: true },
  'Query.agreement': {
    variables: (f) => ({ id: f.agreementId }),
    allowed: AGREEMENT_READERS,
    partner: 'allowed',
    partnerSees: true,
  },
  'Query.salesPackageForSigning': {
    variables: () => ({ token: 'forged' }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    partner: 'allowed',
  },
  'Query.orders': { allowed: VIEWERS, partner: 'allowed', partnerSees: true },
  'Query.order': {
    variables: (f) => ({ id: f.orderId }),
    allowed: VIEWERS,
    partner: 'allowed',
    partnerSees: true,
  },
  'Mutation.draftSalesPackage': {
    variables: () => ({
      input: {
        offers: [],
        signingMethod: 'PAPER',
        signer: { name: 'S', email: 's@mail.example' },
        startDate: 'bad',
        anniversaryMonth: 1,
      },
    }),
    allowed: NOBODY,
    callers: PARTNER_OF_RECORD,
  },
  'Mutation.updateSalesPackage': {
    variables: () => ({ input: { id: MISSING } }),
    allowed: NOBODY,
    callers: PARTNER_OF_RECORD,
  },
  'Mutation.sendSalesPackage': { variables: id(MISSING), allowed: NOBODY, callers: PARTNER_OF_RECORD },
  'Mutation.signSalesPackage': {
    variables: () => ({ id: MISSING, signer }),
    allowed: SIGNERS,
    callers: CUSTOMER_ONLY,
  },
  'Mutation.signSalesPackageWithLink': {
    variables: () => ({ token: 'forged', signer }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    callers: PUBLIC_ONLY,
  },
  'Mutation.recordPaperSignature': {
    variables: () => ({ id: MISSING, signer: { ...signer, signedAt: '2026-03-01T00:00:00.000Z' } }),
    allowed: NOBODY,
    callers: PARTNER_OF_RECORD,
  },
  'Mutation.declineSalesPackage': {
    variables: () => ({ id: MISSING, reason: 'no' }),
    allowed: SIGNERS,
    callers: CUSTOMER_ONLY,
  },
  'Mutation.declineSalesPackageWithLink': {
    variables: () => ({ token: 'forged', reason: 'no' }),
    allowed: EVERY_ROLE,
    anonymous: 'public',
    callers: PUBLIC_ONLY,
  },
  'Mutation.updateAnniversaryMonth': {
    variables: () => ({ agreementId: MISSING, anniversaryMonth: 5 }),
    allowed: EDITORS,
    callers: CUSTOMER_ONLY,
  },
  'Mutation.updatePurchasingAccount': {
    variables: () => ({ input: { id: MISSING } }),
    allowed: EDITORS,
    callers: CUSTOMER_ONLY,
  },
  'Mutation.placeOrder': {
    variables: () => ({
      input: {
        purchasingAccountId: MISSING,
        agreementId: MISSING,
        type: 'NEW',
        purchaseOrderNumber: 'P',
        lines: [],
      },
    }),
    allowed: NOBODY,
    callers: PARTNER_OF_RECORD,
  },

  // ------------------------------------------------------------------ inventory
  'Query.inventory': {
    variables: (f) => ({ purchasingAccountId: f.purchasingAccountId }),
    allowed: VIEWERS,
    partner: 'allowed',
  },
  'Query.inventoryDashboard': { allowed: VIEWERS, partner: 'allowed' },
  'Query.catalogProducts': { allowed: EVERY_ROLE, partner: 'allowed' },
  'Query.catalogProduct': { variables: id('sql-server'), allowed: EVERY_ROLE, partner: 'allowed' },
  'Query.productSuggestions': { variables: () => ({ text: 'sql' }), allowed: EVERY_ROLE, partner: 'allowed' },
  'Query.productKeys': {
    variables: (f) => ({ purchasingAccountId: f.purchasingAccountId }),
    allowed: KEY_VIEWERS,
    partner: 'allowed',
    partnerWithPermission: 'allowed',
  },
  'Query.exportProductKeys': {
    variables: (f) => ({ purchasingAccountId: f.purchasingAccountId }),
    allowed: KEY_VIEWERS,
    partner: 'allowed',
    partnerWithPermission: 'allowed',
  },
  'Mutation.setUpOnlineService': {
    variables: () => ({ input: { purchasingAccountId: MISSING, sku: 'NOPE', quantity: 1 } }),
    allowed: EDITORS,
    callers: CUSTOMER_ONLY,
  },
  'Mutation.requestDownload': {
    variables: (f) => ({
      input: { customerId: f.customerId, sku: 'NOPE', language: 'en-US', os: 'Windows x64' },
    }),
    allowed: EDITORS,
    callers: BENEFIT_ACTION,
  },

  // ------------------------------------------------------------------ benefits
  'Query.benefitCatalog': { allowed: EVERY_ROLE, partner: 'allowed' },
  // BEN-7: the customer's benefit reads name it (`customerId`); a partner reads them once approved.
  'Query.benefitGroups': {
    variables: (f) => ({ customerId: f.customerId }),
    allowed: VIEWERS,
    partner: 'FORBIDDEN',
    partnerWithPermission: 'allowed',
  },
  'Query.benefitDetails': {
    variables: (f) => ({ benefit: 'E_LEARNING', customerId: f.customerId }),
    allowed: VIEWERS,
    partner: 'FORBIDDEN',
    partnerWithPermission: 'allowed',
  },
  'Query.trainingVouchers': {
    variables: (f) => ({ purchasingAccountId: f.purchasingAccountId, customerId: f.customerId }),
    allowed: VIEWERS,
    partner: 'FORBIDDEN',
    partnerWithPermission: 'allowed',
  },
  'Query.previewVoucherInstructions': {
    variables: () => ({ language: 'en-US', days: 1 }),
    allowed: EVERY_ROLE,
    partner: 'allowed',
  },
  'Query.benefitUsers': {
    variables: (f) => ({ benefit: 'E_LEARNING', customerId: f.customerId }),
    allowed: VIEWERS,
    partner: 'FORBIDDEN',
    partnerWithPermission: 'allowed',
  },
  'Query.benefitPermissions': { allowed: ADMINS_ONLY, partner: 'allowed' },
  'Mutation.addEligibleDomain': {
    variables: (f) => ({ benefit: 'E_LEARNING', name: 'not a domain', customerId: f.customerId }),
    allowed: ADMINS_ONLY,
    callers: BENEFIT_ACTION,
  },
  'Mutation.removeEligibleDomain': {
    variables: (f) => ({ id: MISSING, customerId: f.customerId }),
    allowed: ADMINS_ONLY,
    callers: BENEFIT_ACTION,
  },
  'Mutation.assignTrainingVoucher': {
    variables: (f) => ({
      input: {
        customerId: f.customerId,
        purchasingAccountId: f.purchasingAccountId,
        employeeName: 'E',
        email: 'e@mail.example',
        days: 0,
        language: 'en-US',
      },
    }),
    allowed: ADMINS_ONLY,
    callers: BENEFIT_ACTION,
  },
  'Mutation.revokeTrainingVoucher': {
    variables: (f) => ({ id: MISSING, customerId: f.customerId }),
    allowed: ADMINS_ONLY,
    callers: BENEFIT_ACTION,
  },
  'Mutation.addBenefitUser': {
    variables: (f) => ({
      input: { customerId: f.customerId, benefit: 'E_LEARNING', name: 'N', email: 'not an email' },
    }),
    allowed: ADMINS_ONLY,
    callers: BENEFIT_ACTION,
  },
  'Mutation.editBenefitUser': {
    variables: (f) => ({ input: { customerId: f.customerId, id: MISSING, name: 'N' } }),
    allowed: ADMINS_ONLY,
    callers: BENEFIT_ACTION,
  },
  'Mutation.deleteBenefitUser': {
    variables: (f) => ({ id: MISSING, customerId: f.customerId }),
    allowed: ADMINS_ONLY,
    callers: BENEFIT_ACTION,
  },
  'Mutation.resendBenefitInstructions': {
    variables: (f) => ({ id: MISSING, customerId: f.customerId }),
    allowed: ADMINS_ONLY,
    callers: BENEFIT_ACTION,
  },
  'Mutation.openSupportRequest': {
    variables: () => ({ input: { purchasingAccountId: MISSING, channel: 'PHONE', summary: '' } }),
    allowed: ADMINS_ONLY,
    callers: CUSTOMER_ONLY,
  },
  'Mutation.requestBenefitPermission': {
    variables: () => ({ customerId: MISSING }),
    allowed: NOBODY,
    callers: PARTNER_OF_RECORD,
  },
  'Mutation.decideBenefitPermission': {
    variables: () => ({ id: MISSING, decision: 'APPROVED' }),
    allowed: ADMINS_ONLY,
    callers: CUSTOMER_ONLY,
  },

  // ------------------------------------------------------------------ reporting
  'Query.reportCategories': { allowed: VIEWERS, partner: 'allowed' },
  'Query.standardReport': { variables: () => ({ id: 'AGREEMENTS' }), allowed: VIEWERS, partner: 'allowed' },
  'Query.runReport': {
    variables: () => ({ input: { reportId: 'AGREEMENTS' } }),
    allowed: VIEWERS,
    partner: 'allowed',
  },
  'Query.customReports': { allowed: VIEWERS, partner: 'allowed' },
  'Query.runCustomReport': { variables: id(MISSING), allowed: VIEWERS, partner: 'allowed' },
  'Query.readModelStatus': { allowed: NOBODY, partner: 'FORBIDDEN' },
  'Mutation.saveCustomReport': {
    variables: () => ({ input: { reportId: 'AGREEMENTS', name: '' } }),
    allowed: VIEWERS,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.selectCustomReportColumns': {
    variables: () => ({ id: MISSING, columns: ['agreementNumber'] }),
    allowed: VIEWERS,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.deleteCustomReport': { variables: id(MISSING), allowed: VIEWERS, callers: OWN_ORGANIZATION },
  'Mutation.exportReport': {
    variables: () => ({ input: { reportId: 'AGREEMENTS', format: 'CSV' } }),
    allowed: VIEWERS,
    callers: OWN_ORGANIZATION,
  },
  'Mutation.rebuildReadModels': { allowed: NOBODY, callers: ['OPERATOR'] },
};
