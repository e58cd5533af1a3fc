import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql } from './support/client.ts';
import { addUserAndSignIn, registerCustomer, type Session } from './support/flows.ts';
import { useSystem } from './support/tier.ts';

/**
 * ACC-5 over the operations of every subgraph: each of the six roles either may call it
 * (any answer but FORBIDDEN/UNAUTHENTICATED) or gets FORBIDDEN. The expectations are written here
 * from the guide, independently of the matrix in code.
 */
const ROLES = [
  'ACCOUNT_VIEWER',
  'REPORT_VIEWER',
  'ACCOUNT_MANAGER',
  'USER_ADMINISTRATOR',
  'AGREEMENT_ADMINISTRATOR',
  'ACCOUNT_ADMINISTRATOR',
] as const;
type RoleName = (typeof ROLES)[number];

const EVERY_ROLE = [...ROLES];
const USER_MANAGERS: RoleName[] = ['USER_ADMINISTRATOR', 'AGREEMENT_ADMINISTRATOR', 'ACCOUNT_ADMINISTRATOR'];
const USER_CREATORS: RoleName[] = ['AGREEMENT_ADMINISTRATOR', 'ACCOUNT_ADMINISTRATOR'];
const ADMINS_ONLY: RoleName[] = ['ACCOUNT_ADMINISTRATOR'];
const NOBODY: RoleName[] = [];
const MISSING = '00000000-0000-4000-8000-000000000000';
/** ACC-5 from the guide: viewing agreements, orders, licenses and reports. */
const VIEWERS: RoleName[] = ['ACCOUNT_VIEWER', 'REPORT_VIEWER', 'ACCOUNT_MANAGER', 'ACCOUNT_ADMINISTRATOR'];
/** Agreement administrators "view information specific to agreements". */
const AGREEMENT_READERS: RoleName[] = [...VIEWERS, 'AGREEMENT_ADMINISTRATOR'];
const KEY_VIEWERS: RoleName[] = ['REPORT_VIEWER', 'ACCOUNT_MANAGER', 'ACCOUNT_ADMINISTRATOR'];
/** Account managers edit active agreements, self-provision and download. */
const EDITORS: RoleName[] = ['ACCOUNT_MANAGER', 'ACCOUNT_ADMINISTRATOR'];
const SIGNERS: RoleName[] = ['AGREEMENT_ADMINISTRATOR', 'ACCOUNT_ADMINISTRATOR'];

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  allowed: RoleName[];
}

const operations: Operation[] = [
  { name: 'me', query: '{ me { id } }', allowed: EVERY_ROLE },
  { name: 'domains', query: '{ domains { id } }', allowed: EVERY_ROLE },
  { name: 'users', query: '{ users { totalCount } }', allowed: USER_MANAGERS },
  {
    name: 'user',
    query: 'query($id: ID!) { user(id: $id) { id } }',
    variables: { id: MISSING },
    allowed: USER_MANAGERS,
  },
  { name: 'auditLog', query: '{ auditLog { totalCount } }', allowed: ADMINS_ONLY },
  { name: 'myCustomers', query: '{ myCustomers { totalCount } }', allowed: NOBODY },
  {
    name: 'domainAdministratorInvitation',
    query: 'query($id: ID!) { domainAdministratorInvitation(organizationId: $id) { id } }',
    variables: { id: MISSING },
    allowed: NOBODY,
  },
  {
    name: 'changePassword',
    query:
      'mutation { changePassword(input: { currentPassword: "Wrong-passw0rd", newPassword: "Str0nger-Passw0rd" }) }',
    allowed: EVERY_ROLE,
  },
  {
    name: 'inviteDomainAdministrator',
    query:
      'mutation { inviteDomainAdministrator(input: { organizationName: "X", administratorEmail: "x@mail.example" }) { id } }',
    allowed: NOBODY,
  },
  {
    name: 'resendDomainAdministratorInvitation',
    query: 'mutation($id: ID!) { resendDomainAdministratorInvitation(organizationId: $id) { id } }',
    variables: { id: MISSING },
    allowed: NOBODY,
  },
  {
    name: 'changeDomainAdministrator',
    query:
      'mutation($id: ID!) { changeDomainAdministrator(organizationId: $id, email: "y@mail.example") { id } }',
    variables: { id: MISSING },
    allowed: NOBODY,
  },
  { name: 'addDomain', query: 'mutation { addDomain(name: "not a domain") { id } }', allowed: ADMINS_ONLY },
  {
    name: 'verifyDomain',
    query: 'mutation($id: ID!) { verifyDomain(id: $id) { id } }',
    variables: { id: MISSING },
    allowed: ADMINS_ONLY,
  },
  {
    name: 'addUser',
    query:
      'mutation { addUser(input: { userId: "matrix", domain: "not-ours.example", email: "m@mail.example", firstName: "M", lastName: "X", roles: [ACCOUNT_VIEWER] }) { id } }',
    allowed: USER_CREATORS,
  },
  {
    name: 'updateUserRoles',
    query: 'mutation($id: ID!) { updateUserRoles(input: { id: $id, roles: [ACCOUNT_VIEWER] }) { id } }',
    variables: { id: MISSING },
    allowed: USER_MANAGERS,
  },
  {
    name: 'updateUserDetails',
    query: 'mutation($id: ID!) { updateUserDetails(input: { id: $id, firstName: "New" }) { id } }',
    variables: { id: MISSING },
    allowed: USER_MANAGERS,
  },
  {
    name: 'revokeUser',
    query: 'mutation($id: ID!) { revokeUser(id: $id) { id } }',
    variables: { id: MISSING },
    allowed: USER_MANAGERS,
  },
  {
    name: 'restoreUser',
    query: 'mutation($id: ID!) { restoreUser(id: $id) { id } }',
    variables: { id: MISSING },
    allowed: USER_MANAGERS,
  },
  {
    name: 'resetUserPassword',
    query: 'mutation($id: ID!) { resetUserPassword(id: $id) { id } }',
    variables: { id: MISSING },
    allowed: USER_MANAGERS,
  },
  {
    name: 'createPartnerOrganization',
    query:
      'mutation { createPartnerOrganization(input: { name: "P", domain: "p.example", administratorUserId: "a", administratorEmail: "a@mail.example", administratorFirstName: "A", administratorLastName: "B" }) { id } }',
    allowed: NOBODY,
  },
  {
    name: 'deliveryLog',
    query: '{ deliveryLog { totalCount } }',
    allowed: ['USER_ADMINISTRATOR', 'ACCOUNT_ADMINISTRATOR'],
  },
  { name: 'mailbox', query: '{ mailbox(recipient: "x@mail.example") { totalCount } }', allowed: NOBODY },
  {
    name: 'updatePartnerNotifications',
    query: 'mutation { updatePartnerNotifications(input: { notificationEmail: "p@mail.example" }) { id } }',
    allowed: NOBODY,
  },
  // agreements
  { name: 'purchasingAccounts', query: '{ purchasingAccounts { totalCount } }', allowed: AGREEMENT_READERS },
  { name: 'agreements', query: '{ agreements { totalCount } }', allowed: AGREEMENT_READERS },
  { name: 'orders', query: '{ orders { totalCount } }', allowed: VIEWERS },
  {
    name: 'signSalesPackage',
    query: 'mutation($id: ID!) { signSalesPackage(id: $id, signer: { name: "A", title: "B" }) { id } }',
    variables: { id: MISSING },
    allowed: SIGNERS,
  },
  {
    name: 'declineSalesPackage',
    query: 'mutation($id: ID!) { declineSalesPackage(id: $id, reason: "no") { id } }',
    variables: { id: MISSING },
    allowed: SIGNERS,
  },
  {
    name: 'updateAnniversaryMonth',
    query: 'mutation($id: ID!) { updateAnniversaryMonth(agreementId: $id, anniversaryMonth: 5) { id } }',
    variables: { id: MISSING },
    allowed: EDITORS,
  },
  {
    name: 'updatePurchasingAccount',
    query: 'mutation($id: ID!) { updatePurchasingAccount(input: { id: $id }) { id } }',
    variables: { id: MISSING },
    allowed: EDITORS,
  },
  {
    name: 'draftSalesPackage',
    query:
      'mutation { draftSalesPackage(input: { offers: [], signingMethod: PAPER, signer: { name: "S", email: "s@mail.example" }, startDate: "2026-01-01", anniversaryMonth: 1 }) { id } }',
    allowed: NOBODY,
  },
  {
    name: 'sendSalesPackage',
    query: 'mutation($id: ID!) { sendSalesPackage(id: $id) { id } }',
    variables: { id: MISSING },
    allowed: NOBODY,
  },
  {
    name: 'placeOrder',
    query:
      'mutation($id: ID!) { placeOrder(input: { purchasingAccountId: $id, agreementId: $id, type: NEW, purchaseOrderNumber: "P", lines: [] }) { id } }',
    variables: { id: MISSING },
    allowed: NOBODY,
  },
  // inventory
  { name: 'inventory', query: '{ inventory { totalCount } }', allowed: VIEWERS },
  { name: 'inventoryDashboard', query: '{ inventoryDashboard { licenseCount } }', allowed: VIEWERS },
  { name: 'catalogProducts', query: '{ catalogProducts { totalCount } }', allowed: EVERY_ROLE },
  {
    name: 'productKeys',
    query: 'query($id: ID!) { productKeys(purchasingAccountId: $id) { productKey } }',
    variables: { id: MISSING },
    allowed: KEY_VIEWERS,
  },
  {
    name: 'requestDownload',
    query:
      'mutation { requestDownload(input: { sku: "NOPE", language: "en-US", os: "Windows x64" }) { url } }',
    allowed: EDITORS,
  },
  {
    name: 'setUpOnlineService',
    query:
      'mutation($id: ID!) { setUpOnlineService(input: { purchasingAccountId: $id, sku: "NOPE", quantity: 1 }) { id } }',
    variables: { id: MISSING },
    allowed: EDITORS,
  },
  // benefits
  { name: 'benefitGroups', query: '{ benefitGroups { productGroup } }', allowed: VIEWERS },
  {
    name: 'addEligibleDomain',
    query: 'mutation { addEligibleDomain(benefit: "E_LEARNING", name: "not a domain") { id } }',
    allowed: ADMINS_ONLY,
  },
  {
    name: 'assignTrainingVoucher',
    query:
      'mutation($id: ID!) { assignTrainingVoucher(input: { purchasingAccountId: $id, employeeName: "E", email: "e@mail.example", days: 0, language: "en-US" }) { id } }',
    variables: { id: MISSING },
    allowed: ADMINS_ONLY,
  },
  { name: 'benefitPermissions', query: '{ benefitPermissions { id } }', allowed: ADMINS_ONLY },
  {
    name: 'decideBenefitPermission',
    query: 'mutation($id: ID!) { decideBenefitPermission(id: $id, decision: APPROVED) { id } }',
    variables: { id: MISSING },
    allowed: ADMINS_ONLY,
  },
  {
    name: 'requestBenefitPermission',
    query: 'mutation($id: ID!) { requestBenefitPermission(customerId: $id) { id } }',
    variables: { id: MISSING },
    allowed: NOBODY,
  },
  // Last: it ends the session it is called with.
  { name: 'signOut', query: 'mutation { signOut }', allowed: EVERY_ROLE },
];

const ctx = useSystem();
const sessions = new Map<RoleName, Session>();

beforeAll(async () => {
  const customer = await registerCustomer(ctx.system);
  for (const role of ROLES) {
    sessions.set(
      role,
      await addUserAndSignIn(ctx.system, customer.admin.accessToken, customer.domain, [role]),
    );
  }
});

describe('ACC-5 every accounts operation under each of the six roles', () => {
  it.each(ROLES)('ACC-5 %s', async (role) => {
    const token = sessions.get(role)!.accessToken;
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const op of operations) {
      const code = codeOf(await gql(ctx.system.gatewayUrl, op.query, op.variables ?? {}, token));
      outcomes[op.name] = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? String(code) : 'allowed';
      expected[op.name] = op.allowed.includes(role) ? 'allowed' : 'FORBIDDEN';
    }
    expect(outcomes).toEqual(expected);
  });

  it('ACC-5 without a token every operation but the public ones is UNAUTHENTICATED', async () => {
    for (const op of operations) {
      const code = codeOf(await gql(ctx.system.gatewayUrl, op.query, op.variables ?? {}));
      expect(code, op.name).toBe('UNAUTHENTICATED');
    }
  });
});
