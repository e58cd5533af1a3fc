import { draftInput, PLACE_ORDER, signedAgreement, waitForCustomerLink } from '../flows/agreements.ts';
import { gql, ok } from '../flows/client.ts';
import {
  CREATE_PARTNER,
  INVITE,
  operatorSession,
  SIGN_UP,
  setPasswordFromMail,
  signIn,
  tokenFromMail,
} from '../flows/flows.ts';
import type { RunningSystem } from '../system.ts';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';

export const demo = {
  partnerDomain: 'fabrikam-partners.example',
  customerPrefix: 'contoso',
  users: [
    { userId: 'viewer', roles: ['ACCOUNT_VIEWER'] },
    { userId: 'reports', roles: ['REPORT_VIEWER'] },
    { userId: 'manager', roles: ['ACCOUNT_MANAGER'] },
    { userId: 'useradmin', roles: ['USER_ADMINISTRATOR'] },
  ],
};

/** Reads the embedded mailbox through the gateway, as the operator. */
async function latestMail(system: RunningSystem, operatorToken: string, recipient: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    await system.settle();
    const data = await ok<{ mailbox: { edges: { node: { text: string } }[] } }>(
      system.gatewayUrl,
      'query($r: String!) { mailbox(recipient: $r, first: 1) { edges { node { text } } } }',
      { r: recipient },
      operatorToken,
    );
    const text = data.mailbox.edges[0]?.node.text;
    if (text) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no mail for ${recipient}`);
}

/**
 * Seeds the embedded default through the gateway, the way people would: the operator creates the
 * partner Fabrikam and invites Contoso's administrator, who signs up; users are added with roles.
 * Skipped when the demo administrator can already sign in.
 */
export async function seedDemo(system: RunningSystem) {
  const adminAccount = `admin@${demo.customerPrefix}.${system.platformDomain}`;
  const partnerAccount = `admin@${demo.partnerDomain}`;
  const already = await gql(
    system.gatewayUrl,
    'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
    {
      i: { workAccount: adminAccount, password: DEMO_PASSWORD },
    },
  );
  const accounts = { operator: system.operatorWorkAccount, partner: partnerAccount, admin: adminAccount };
  if (!already.errors) return { seeded: false, accounts };

  const operator = (await operatorSession(system)).accessToken;
  const partnerEmail = 'alex@fabrikam.example';
  const partner = await ok<{ createPartnerOrganization: { id: string } }>(
    system.gatewayUrl,
    CREATE_PARTNER,
    {
      input: {
        name: 'Fabrikam Partners',
        domain: demo.partnerDomain,
        administratorUserId: 'admin',
        administratorEmail: partnerEmail,
        administratorFirstName: 'Alex',
        administratorLastName: 'Partner',
      },
    },
    operator,
  );
  await setPasswordFromMail(system, await latestMail(system, operator, partnerEmail), DEMO_PASSWORD);

  const adminEmail = 'ada@contoso.example';
  await ok(
    system.gatewayUrl,
    INVITE,
    {
      input: {
        organizationName: 'Contoso Ltd',
        administratorEmail: adminEmail,
        partnerOrganizationId: partner.createPartnerOrganization.id,
      },
    },
    operator,
  );
  const token = tokenFromMail(await latestMail(system, operator, adminEmail));
  const admin = await ok<{ signUpFromInvitation: { accessToken: string; user: { id: string } } }>(
    system.gatewayUrl,
    SIGN_UP,
    {
      input: {
        token,
        userId: 'admin',
        initialDomain: demo.customerPrefix,
        password: DEMO_PASSWORD,
        firstName: 'Ada',
        lastName: 'Administrator',
      },
    },
  );
  const domain = `${demo.customerPrefix}.${system.platformDomain}`;
  for (const user of demo.users) {
    const email = `${user.userId}@contoso.example`;
    await ok(
      system.gatewayUrl,
      'mutation($input: AddUserInput!) { addUser(input: $input) { id } }',
      {
        input: {
          userId: user.userId,
          domain,
          email,
          firstName: user.userId,
          lastName: 'Demo',
          roles: user.roles,
        },
      },
      admin.signUpFromInvitation.accessToken,
    );
    await setPasswordFromMail(system, await latestMail(system, operator, email), DEMO_PASSWORD);
  }
  await seedAgreements(
    system,
    partner.createPartnerOrganization.id,
    partnerAccount,
    admin.signUpFromInvitation.accessToken,
  );
  return { seeded: true, accounts };
}

/** Two purchasing accounts with signed agreements and a few orders (AGR-1..7). */
async function seedAgreements(
  system: RunningSystem,
  partnerId: string,
  partnerAccount: string,
  adminToken: string,
) {
  const partnerToken = (await signIn(system, partnerAccount, DEMO_PASSWORD)).accessToken;
  const me = await ok<{ me: { organization: { id: string } } }>(
    system.gatewayUrl,
    '{ me { organization { id } } }',
    {},
    adminToken,
  );
  const customerId = me.me.organization.id;
  await waitForCustomerLink(system, partnerId, customerId);
  const account = (name: string, line1: string, city: string, postalCode: string, country: string) => ({
    name,
    address: { line1, city, postalCode, country },
    contacts: [{ name: 'Ada Administrator', email: 'ada@contoso.example', role: 'Purchasing' }],
  });
  const seattle = await signedAgreement(system, partnerToken, customerId, adminToken, {
    ...draftInput(),
    customerId,
    newPurchasingAccount: account('Contoso Seattle', '1 Microsoft Way', 'Redmond', '98052', 'US'),
    offers: [
      { code: 'M365-E3', name: 'Microsoft 365 E3', productPool: 'Online Services', priceLevel: 'A' },
      { code: 'WIN-SRV', name: 'Windows Server Datacenter', productPool: 'Servers', priceLevel: 'A' },
    ],
    signer: { name: 'Ada Administrator', email: 'ada@contoso.example' },
  });
  const europe = await signedAgreement(system, partnerToken, customerId, adminToken, {
    ...draftInput(),
    customerId,
    newPurchasingAccount: account('Contoso Europe', 'Friedrichstrasse 1', 'Berlin', '10117', 'DE'),
    offers: [{ code: 'O365-E1', name: 'Office 365 E1', productPool: 'Online Services', priceLevel: 'B' }],
    signer: { name: 'Ada Administrator', email: 'ada@contoso.example' },
    anniversaryMonth: 7,
  });
  const orders = [
    {
      ag: seattle,
      type: 'NEW',
      po: 'PO-1001',
      lines: [
        ['ONLINE_SERVICE', 'M365-E3', 250, 3_600],
        ['PRODUCT', 'WIN-SRV-DC', 60, 615_500],
      ],
    },
    { ag: seattle, type: 'ADD_ON', po: 'PO-1002', lines: [['ONLINE_SERVICE', 'M365-E3', 50, 3_600]] },
    { ag: europe, type: 'NEW', po: 'PO-2001', lines: [['ONLINE_SERVICE', 'O365-E1', 120, 800]] },
  ] as const;
  for (const o of orders) {
    await ok(
      system.gatewayUrl,
      PLACE_ORDER,
      {
        input: {
          purchasingAccountId: o.ag.purchasingAccount.id,
          agreementId: o.ag.id,
          type: o.type,
          purchaseOrderNumber: o.po,
          lines: o.lines.map(([kind, sku, quantity, amountMinor]) => ({
            kind,
            sku,
            name: sku,
            quantity,
            listUnitPrice: {
              amountMinor,
              currency: o.ag.purchasingAccount.location === 'DE' ? 'EUR' : 'USD',
            },
          })),
        },
      },
      partnerToken,
    );
  }
  await seedExpiringLicenses(system, partnerToken, customerId, adminToken, account);
  await seedSelfProvisionedService(system, seattle.purchasingAccount.id);
  await seedBenefits(system, partnerToken, customerId, adminToken, seattle.purchasingAccount.id);
}

/** A date `days` from today as YYYY-MM-DD, and the 12-month agreement start that ends on it. */
function termEndingIn(days: number): { startDate: string; endDate: string } {
  const end = new Date(Date.now() + days * 86_400_000);
  const start = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate() + 1));
  return { startDate: start.toISOString().slice(0, 10), endDate: end.toISOString().slice(0, 10) };
}

/** INV-3 demo: licenses that expire in 20 days (critical) and 80 days (expiring soon). */
async function seedExpiringLicenses(
  system: RunningSystem,
  partnerToken: string,
  customerId: string,
  adminToken: string,
  account: (name: string, line1: string, city: string, postalCode: string, country: string) => object,
) {
  const plans = [
    { days: 20, name: 'Contoso Labs', sku: 'SQL-ENT', product: 'SQL Server Enterprise', quantity: 8 },
    {
      days: 80,
      name: 'Contoso Retail',
      sku: 'WIN-SRV-STD',
      product: 'Windows Server Standard',
      quantity: 24,
    },
  ];
  for (const plan of plans) {
    const { startDate } = termEndingIn(plan.days);
    const ag = await signedAgreement(system, partnerToken, customerId, adminToken, {
      ...draftInput(),
      customerId,
      newPurchasingAccount: account(plan.name, '500 Pike Street', 'Seattle', '98101', 'US'),
      signer: { name: 'Ada Administrator', email: 'ada@contoso.example' },
      startDate,
      termMonths: 12,
    });
    await ok(
      system.gatewayUrl,
      PLACE_ORDER,
      {
        input: {
          purchasingAccountId: ag.purchasingAccount.id,
          agreementId: ag.id,
          type: 'NEW',
          purchaseOrderNumber: `PO-${plan.days}`,
          lines: [
            {
              kind: 'PRODUCT',
              sku: plan.sku,
              name: plan.product,
              quantity: plan.quantity,
              listUnitPrice: { amountMinor: 150_000, currency: 'USD' },
            },
          ],
        },
      },
      partnerToken,
    );
  }
}

/** INV-4 demo: the account manager set up Exchange Online; the partner has not ordered it yet. */
async function seedSelfProvisionedService(system: RunningSystem, purchasingAccountId: string) {
  await system.settle();
  const manager = await signIn(
    system,
    `manager@${demo.customerPrefix}.${system.platformDomain}`,
    DEMO_PASSWORD,
  );
  await ok(
    system.gatewayUrl,
    'mutation($input: SetUpOnlineServiceInput!) { setUpOnlineService(input: $input) { id } }',
    { input: { purchasingAccountId, sku: 'EXCHANGE-P1', quantity: 40 } },
    manager.accessToken,
  );
}

/** BEN demo: e-Learning with one domain, training days partly assigned, a pending partner request. */
async function seedBenefits(
  system: RunningSystem,
  partnerToken: string,
  customerId: string,
  adminToken: string,
  purchasingAccountId: string,
) {
  await system.settle();
  await ok(
    system.gatewayUrl,
    'mutation { addEligibleDomain(benefit: "E_LEARNING", name: "contoso.example") { id } }',
    {},
    adminToken,
  );
  await ok(
    system.gatewayUrl,
    'mutation($input: AssignTrainingVoucherInput!) { assignTrainingVoucher(input: $input) { id } }',
    {
      input: {
        purchasingAccountId,
        employeeName: 'Tom Trainee',
        email: 'tom@contoso.example',
        days: 2,
        language: 'en-US',
      },
    },
    adminToken,
  );
  await ok(
    system.gatewayUrl,
    'mutation($c: ID!) { requestBenefitPermission(customerId: $c) { id } }',
    { c: customerId },
    partnerToken,
  );
}
