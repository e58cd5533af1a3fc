import {
  type AgreementView,
  addUserAndSignIn,
  codeOf,
  createPartner,
  customerWithAgreement,
  type Edges,
  gql,
  nodes,
  ok,
  PLACE_ORDER,
  registerCustomer,
  type Session,
  signedAgreement,
  waitForCustomerLink,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

const ctx = useSystem();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let stranger: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
let viewer: Session;

const GROUPS = `query($pa: ID) { benefitGroups(purchasingAccountId: $pa) { productGroup benefits { benefit { code unit } entitled used available } } }`;
const DETAILS = `query($b: String!) { benefitDetails(benefit: $b) { entitled available accessCode eligibleDomains { id name } administratorInstructions participantInstructions { language text } } }`;
const ADD = 'mutation($b: String!, $n: String!) { addEligibleDomain(benefit: $b, name: $n) { id name } }';
const REMOVE = 'mutation($id: ID!) { removeEligibleDomain(id: $id) }';

interface Group {
  productGroup: string;
  benefits: { benefit: { code: string }; entitled: number | null; available: number | null }[];
}

beforeAll(async () => {
  const { system } = ctx;
  partner = await createPartner(system);
  stranger = await registerCustomer(system);
  ({ customer, agreement } = await customerWithAgreement(system, partner));
  viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_VIEWER']);
});

describe('BEN-2 entitlements from licenses', () => {
  it('BEN-1 BEN-2 BEN-8 an order grants SA licenses in inventory; benefits show the entitlements by product group', async () => {
    const { system } = ctx;
    await ok(
      system.gatewayUrl,
      PLACE_ORDER,
      {
        input: {
          purchasingAccountId: agreement.purchasingAccount.id,
          agreementId: agreement.id,
          type: 'NEW',
          purchaseOrderNumber: 'PO-SA',
          lines: [
            {
              kind: 'PRODUCT',
              sku: 'WIN-SRV-DC',
              name: 'Windows Server Datacenter',
              quantity: 60,
              listUnitPrice: { amountMinor: 1, currency: 'USD' },
            },
            {
              kind: 'PRODUCT',
              sku: 'SQL-ENT',
              name: 'SQL Server Enterprise',
              quantity: 40,
              listUnitPrice: { amountMinor: 1, currency: 'USD' },
            },
          ],
        },
      },
      partner.admin.accessToken,
    );
    const groups = await eventually(
      system.settle,
      async () => {
        const data = await ok<{ benefitGroups: Group[] }>(
          system.gatewayUrl,
          GROUPS,
          { pa: agreement.purchasingAccount.id },
          viewer.accessToken,
        );
        return data.benefitGroups.length > 0 ? data.benefitGroups : null;
      },
      'entitlements in benefits',
    );
    const servers = groups.find((g) => g.productGroup === 'Servers')!;
    const of = (code: string) => servers.benefits.find((b) => b.benefit.code === code);
    // 100 SA server licenses: 1 incident per 50, 1 training day per 25.
    expect(of('SUPPORT_24X7_PHONE')).toMatchObject({ entitled: 2, available: 2 });
    expect(of('TRAINING_VOUCHERS')).toMatchObject({ entitled: 4, available: 4 });
    expect(of('GLOBAL_SERVICE_MONITOR')).toMatchObject({ entitled: null, available: null });
    const theirs = await ok<{ benefitGroups: Group[] }>(
      system.gatewayUrl,
      GROUPS,
      {},
      stranger.admin.accessToken,
    );
    expect(theirs.benefitGroups).toEqual([]);
  });
});

describe('BEN-4 eligible domains and the e-Learning access code', () => {
  it('BEN-3 BEN-4 the first domain creates one access code for all; the last removal withdraws it', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const before = await ok<{
      benefitDetails: { accessCode: string | null; administratorInstructions: string };
    }>(system.gatewayUrl, DETAILS, { b: 'E_LEARNING' }, viewer.accessToken);
    expect(before.benefitDetails.accessCode).toBeNull();
    expect(before.benefitDetails.administratorInstructions).toContain('domain');
    const a = await ok<{ addEligibleDomain: { id: string } }>(
      system.gatewayUrl,
      ADD,
      { b: 'E_LEARNING', n: 'Contoso.com' },
      token,
    );
    const first = await ok<{
      benefitDetails: { accessCode: string; participantInstructions: { language: string; text: string }[] };
    }>(system.gatewayUrl, DETAILS, { b: 'E_LEARNING' }, viewer.accessToken);
    expect(first.benefitDetails.accessCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(first.benefitDetails.participantInstructions.map((p) => p.language)).toEqual(
      expect.arrayContaining(['en-US', 'de-DE']),
    );
    expect(first.benefitDetails.participantInstructions[0]!.text).toContain(first.benefitDetails.accessCode);
    const b = await ok<{ addEligibleDomain: { id: string } }>(
      system.gatewayUrl,
      ADD,
      { b: 'E_LEARNING', n: 'contoso.co.uk' },
      token,
    );
    const second = await ok<{ benefitDetails: { accessCode: string; eligibleDomains: { name: string }[] } }>(
      system.gatewayUrl,
      DETAILS,
      { b: 'E_LEARNING' },
      viewer.accessToken,
    );
    expect(second.benefitDetails.accessCode).toBe(first.benefitDetails.accessCode);
    expect(second.benefitDetails.eligibleDomains.map((d) => d.name)).toEqual([
      'contoso.co.uk',
      'contoso.com',
    ]);
    await ok(system.gatewayUrl, REMOVE, { id: a.addEligibleDomain.id }, token);
    expect(
      (
        await ok<{ benefitDetails: { accessCode: string } }>(
          system.gatewayUrl,
          DETAILS,
          { b: 'E_LEARNING' },
          viewer.accessToken,
        )
      ).benefitDetails.accessCode,
    ).toBe(first.benefitDetails.accessCode);
    await ok(system.gatewayUrl, REMOVE, { id: b.addEligibleDomain.id }, token);
    expect(
      (
        await ok<{ benefitDetails: { accessCode: string | null } }>(
          system.gatewayUrl,
          DETAILS,
          { b: 'E_LEARNING' },
          viewer.accessToken,
        )
      ).benefitDetails.accessCode,
    ).toBeNull();
  });

  it('BEN-4 ACC-5 bad input and roles: coded errors, nothing written', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    await ok(system.gatewayUrl, ADD, { b: 'E_LEARNING', n: 'fabrikam.com' }, token);
    const cases: [Record<string, string>, string, string][] = [
      [{ b: 'E_LEARNING', n: 'not a domain' }, 'BAD_USER_INPUT', 'name'],
      [{ b: 'E_LEARNING', n: 'FABRIKAM.com' }, 'CONFLICT', 'name'],
      [{ b: 'NO_SUCH_BENEFIT', n: 'x.com' }, 'BAD_USER_INPUT', 'benefit'],
      [{ b: 'TRAINING_VOUCHERS', n: 'x.com' }, 'BAD_USER_INPUT', 'benefit'],
    ];
    for (const [vars, code, field] of cases) {
      const result = await gql(system.gatewayUrl, ADD, vars, token);
      expect(result.errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code, field });
    }
    const domains = await ok<{ benefitDetails: { eligibleDomains: { name: string }[] } }>(
      system.gatewayUrl,
      DETAILS,
      { b: 'E_LEARNING' },
      viewer.accessToken,
    );
    expect(domains.benefitDetails.eligibleDomains.map((d) => d.name)).toEqual(['fabrikam.com']);
    expect(
      codeOf(await gql(system.gatewayUrl, ADD, { b: 'E_LEARNING', n: 'viewer.com' }, viewer.accessToken)),
    ).toBe('FORBIDDEN');
    const id = (
      await ok<{ benefitDetails: { eligibleDomains: { id: string }[] } }>(
        system.gatewayUrl,
        DETAILS,
        { b: 'E_LEARNING' },
        viewer.accessToken,
      )
    ).benefitDetails.eligibleDomains[0]!.id;
    expect(codeOf(await gql(system.gatewayUrl, REMOVE, { id }, stranger.admin.accessToken))).toBe(
      'NOT_FOUND',
    );
    const strangerView = await ok<{
      benefitDetails: { eligibleDomains: unknown[]; accessCode: string | null };
    }>(system.gatewayUrl, DETAILS, { b: 'E_LEARNING' }, stranger.admin.accessToken);
    expect(strangerView.benefitDetails).toMatchObject({ eligibleDomains: [], accessCode: null });
  });
});

const ASSIGN = `mutation($input: AssignTrainingVoucherInput!) { assignTrainingVoucher(input: $input) { id days status voucherCode } }`;

async function trainingDays(token: string) {
  const data = await ok<{ benefitGroups: Group[] }>(
    ctx.system.gatewayUrl,
    GROUPS,
    { pa: agreement.purchasingAccount.id },
    token,
  );
  const found = data.benefitGroups
    .flatMap((g) => g.benefits)
    .filter((b) => b.benefit.code === 'TRAINING_VOUCHERS');
  return found[0] as unknown as { entitled: number; used: number; available: number };
}

describe('BEN-6 training vouchers', () => {
  it('BEN-6 NOT-4 assign days with instructions (previewed, then mailed once); revoke gives them back', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const preview = await ok<{ previewVoucherInstructions: string }>(
      system.gatewayUrl,
      '{ previewVoucherInstructions(language: "de-DE", days: 1) }',
      {},
      viewer.accessToken,
    );
    expect(preview.previewVoucherInstructions).toContain('Schulungstag');
    const before = await trainingDays(viewer.accessToken);
    const email = `trainee-${Date.now()}@contoso.com`;
    const assigned = await ok<{ assignTrainingVoucher: { id: string; voucherCode: string } }>(
      system.gatewayUrl,
      ASSIGN,
      {
        input: {
          purchasingAccountId: agreement.purchasingAccount.id,
          employeeName: 'Tara Trainee',
          email,
          days: 1,
          language: 'de-DE',
        },
      },
      token,
    );
    const mails = await system.waitForMail(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(assigned.assignTrainingVoucher.voucherCode);
    expect(mails[0]!.text).toContain('Schulungstag');
    expect(await trainingDays(viewer.accessToken)).toMatchObject({
      used: before.used + 1,
      available: before.available - 1,
    });
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { revokeTrainingVoucher(id: $id) { status } }',
      { id: assigned.assignTrainingVoucher.id },
      token,
    );
    expect(await trainingDays(viewer.accessToken)).toMatchObject({
      used: before.used,
      available: before.available,
    });
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          'mutation($id: ID!) { revokeTrainingVoucher(id: $id) { status } }',
          { id: assigned.assignTrainingVoucher.id },
          token,
        ),
      ),
    ).toBe('CONFLICT');
    await system.settle();
    expect(await system.mailTo(email)).toHaveLength(1);
  });

  it('BEN-6 assignments never exceed the available days, also when they race', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const { available } = await trainingDays(viewer.accessToken);
    expect(available).toBe(4);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        gql(
          system.gatewayUrl,
          ASSIGN,
          {
            input: {
              purchasingAccountId: agreement.purchasingAccount.id,
              employeeName: `Racer ${i}`,
              email: `racer${i}@contoso.com`,
              days: 2,
              language: 'en-US',
            },
          },
          token,
        ),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(succeeded).toHaveLength(2);
    expect(
      refused.every(
        (r) =>
          r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' && r.errors?.[0]?.extensions?.field === 'days',
      ),
    ).toBe(true);
    expect(await trainingDays(viewer.accessToken)).toMatchObject({ used: 4, available: 0 });
    const list = await ok<{ trainingVouchers: Edges<{ status: string }> }>(
      system.gatewayUrl,
      'query($pa: ID!) { trainingVouchers(purchasingAccountId: $pa, first: 100) { edges { node { status } } } }',
      { pa: agreement.purchasingAccount.id },
      viewer.accessToken,
    );
    expect(nodes(list.trainingVouchers).filter((v) => v.status === 'ASSIGNED')).toHaveLength(2);
  });

  it('BEN-6 bad input and roles: non-positive days, bad email, unknown language; viewers cannot assign', async () => {
    const { system } = ctx;
    const input = {
      purchasingAccountId: agreement.purchasingAccount.id,
      employeeName: 'X',
      email: 'x@contoso.com',
      days: 1,
      language: 'en-US',
    };
    for (const [over, field] of [
      [{ days: 0 }, 'days'],
      [{ days: -1 }, 'days'],
      [{ email: 'nope' }, 'email'],
      [{ language: 'xx-XX' }, 'language'],
      [{ employeeName: ' ' }, 'employeeName'],
    ] as const) {
      const result = await gql(
        system.gatewayUrl,
        ASSIGN,
        { input: { ...input, ...over } },
        customer.admin.accessToken,
      );
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(codeOf(await gql(system.gatewayUrl, ASSIGN, { input }, viewer.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await gql(system.gatewayUrl, ASSIGN, { input }, stranger.admin.accessToken))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('BEN-5 benefit users', () => {
  it('BEN-5 NOT-4 add (eligible domain only), edit, resend, delete; each send is one mail', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    await ok(system.gatewayUrl, ADD, { b: 'E_LEARNING', n: 'learners.example' }, token);
    const ADD_USER =
      'mutation($input: AddBenefitUserInput!) { addBenefitUser(input: $input) { id name email } }';
    const email = `lena-${Date.now()}@learners.example`;
    const outside = await gql(
      system.gatewayUrl,
      ADD_USER,
      { input: { benefit: 'E_LEARNING', name: 'Olga', email: 'olga@elsewhere.example' } },
      token,
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
      reason: 'NOT_ELIGIBLE',
    });
    const notManaged = await gql(
      system.gatewayUrl,
      ADD_USER,
      { input: { benefit: 'TRAINING_VOUCHERS', name: 'X', email } },
      token,
    );
    expect(notManaged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'benefit' });
    const added = await ok<{ addBenefitUser: { id: string } }>(
      system.gatewayUrl,
      ADD_USER,
      { input: { benefit: 'E_LEARNING', name: 'Lena Learner', email } },
      token,
    );
    const [first] = await system.waitForMail(email);
    expect(first!.subject).toContain('e-Learning');
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          ADD_USER,
          { input: { benefit: 'E_LEARNING', name: 'Lena again', email } },
          token,
        ),
      ),
    ).toBe('CONFLICT');
    await ok(
      system.gatewayUrl,
      'mutation($input: EditBenefitUserInput!) { editBenefitUser(input: $input) { name } }',
      { input: { id: added.addBenefitUser.id, name: 'Lena L.' } },
      token,
    );
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { resendBenefitInstructions(id: $id) { id } }',
      { id: added.addBenefitUser.id },
      token,
    );
    expect(await system.waitForMail(email, 2)).toHaveLength(2);
    const list = await ok<{ benefitUsers: Edges<{ name: string }> }>(
      system.gatewayUrl,
      '{ benefitUsers(benefit: "E_LEARNING", first: 100) { edges { node { name } } } }',
      {},
      viewer.accessToken,
    );
    expect(nodes(list.benefitUsers).map((u) => u.name)).toContain('Lena L.');
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          'mutation($id: ID!) { deleteBenefitUser(id: $id) }',
          { id: added.addBenefitUser.id },
          viewer.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { deleteBenefitUser(id: $id) }',
      { id: added.addBenefitUser.id },
      token,
    );
    const after = await ok<{ benefitUsers: Edges<{ name: string }> }>(
      system.gatewayUrl,
      '{ benefitUsers(benefit: "E_LEARNING", first: 100) { edges { node { name } } } }',
      {},
      viewer.accessToken,
    );
    expect(nodes(after.benefitUsers).map((u) => u.name)).not.toContain('Lena L.');
    await system.settle();
    expect(await system.mailTo(email)).toHaveLength(2);
  });
});

describe('BEN-7 partner permissions', () => {
  it('BEN-7 NOT-2 partner requests → customer approves → partner assigns a voucher → customer removes → partner refused', async () => {
    const { system } = ctx;
    const partnerMailbox = `${partner.domain.split('.')[0]}-admin@mail.example`;
    const voucher = (token: string, customerId?: string) =>
      gql<{ assignTrainingVoucher: { id: string } }>(
        system.gatewayUrl,
        ASSIGN,
        {
          input: {
            customerId,
            purchasingAccountId: agreement.purchasingAccount.id,
            employeeName: 'Pia Partner-Assigned',
            email: `pia-${Date.now()}@contoso.com`,
            days: 1,
            language: 'en-US',
          },
        },
        token,
      );
    // Vouchers from the race test used every day: give one back first.
    const list = await ok<{ trainingVouchers: Edges<{ id: string; status: string }> }>(
      system.gatewayUrl,
      'query($pa: ID!) { trainingVouchers(purchasingAccountId: $pa, first: 100) { edges { node { id status } } } }',
      { pa: agreement.purchasingAccount.id },
      viewer.accessToken,
    );
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { revokeTrainingVoucher(id: $id) { status } }',
      { id: nodes(list.trainingVouchers).find((v) => v.status === 'ASSIGNED')!.id },
      customer.admin.accessToken,
    );

    expect(codeOf(await voucher(partner.admin.accessToken, customer.organizationId))).toBe('FORBIDDEN');
    const requested = await ok<{ requestBenefitPermission: { id: string; status: string } }>(
      system.gatewayUrl,
      'mutation($c: ID!) { requestBenefitPermission(customerId: $c) { id status } }',
      { c: customer.organizationId },
      partner.admin.accessToken,
    );
    expect(requested.requestBenefitPermission.status).toBe('PENDING');
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          'mutation($c: ID!) { requestBenefitPermission(customerId: $c) { id } }',
          { c: stranger.organizationId },
          partner.admin.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    await system.waitForMail(customer.adminEmail, 1);

    const DECIDE =
      'mutation($id: ID!, $d: BenefitPermissionDecision!) { decideBenefitPermission(id: $id, decision: $d) { status } }';
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          DECIDE,
          { id: requested.requestBenefitPermission.id, d: 'APPROVED' },
          partner.admin.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          DECIDE,
          { id: requested.requestBenefitPermission.id, d: 'REMOVED' },
          customer.admin.accessToken,
        ),
      ),
    ).toBe('CONFLICT');
    await ok(
      system.gatewayUrl,
      DECIDE,
      { id: requested.requestBenefitPermission.id, d: 'APPROVED' },
      customer.admin.accessToken,
    );
    const approvedMail = await system.waitForMail(partnerMailbox, 1);
    expect(approvedMail.some((m) => m.subject.includes('approved'))).toBe(true);

    // Approved: downloads and product keys for that customer too (inventory follows the permission).
    const KEYS =
      'query($pa: ID!) { productKeys(purchasingAccountId: $pa, first: 100) { edges { node { productKey } } } }';
    await eventually(
      system.settle,
      async () =>
        !(
          await gql(
            system.gatewayUrl,
            KEYS,
            { pa: agreement.purchasingAccount.id },
            partner.admin.accessToken,
          )
        ).errors,
      'partner access to keys',
    );
    const DOWNLOAD = 'mutation($input: RequestDownloadInput!) { requestDownload(input: $input) { url } }';
    const link = await gql(
      system.gatewayUrl,
      DOWNLOAD,
      {
        input: {
          customerId: customer.organizationId,
          sku: 'WIN-SRV-DC',
          language: 'en-US',
          os: 'Windows x64',
        },
      },
      partner.admin.accessToken,
    );
    expect(link.errors).toBeUndefined();
    const assigned = await voucher(partner.admin.accessToken, customer.organizationId);
    expect(assigned.errors).toBeUndefined();
    expect(codeOf(await voucher(partner.admin.accessToken))).toBe('BAD_USER_INPUT');
    expect(codeOf(await voucher(partner.admin.accessToken, stranger.organizationId))).toBe('FORBIDDEN');

    await ok(
      system.gatewayUrl,
      DECIDE,
      { id: requested.requestBenefitPermission.id, d: 'REMOVED' },
      customer.admin.accessToken,
    );
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          'mutation($id: ID!, $c: ID) { revokeTrainingVoucher(id: $id, customerId: $c) { status } }',
          { id: assigned.data!.assignTrainingVoucher.id, c: customer.organizationId },
          partner.admin.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await voucher(partner.admin.accessToken, customer.organizationId))).toBe('FORBIDDEN');
    await eventually(
      system.settle,
      async () =>
        codeOf(
          await gql(
            system.gatewayUrl,
            KEYS,
            { pa: agreement.purchasingAccount.id },
            partner.admin.accessToken,
          ),
        ) === 'NOT_FOUND',
      'keys refused after removal',
    );
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          DOWNLOAD,
          {
            input: {
              customerId: customer.organizationId,
              sku: 'WIN-SRV-DC',
              language: 'en-US',
              os: 'Windows x64',
            },
          },
          partner.admin.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    await eventually(
      system.settle,
      async () => (await system.mailTo(partnerMailbox)).some((m) => m.subject.includes('removed')),
      'the removal mail to the partner',
    );
  });
});

describe('BEN-7 an approved partner reads and manages that customer’s benefits, and only while approved', () => {
  const P_GROUPS = `query($c: ID, $pa: ID) { benefitGroups(customerId: $c, purchasingAccountId: $pa) { productGroup benefits { benefit { code } entitled used available } } }`;
  const P_DETAILS = `query($b: String!, $c: ID) { benefitDetails(benefit: $b, customerId: $c) { accessCode eligibleDomains { id name } participantInstructions { text } } }`;
  const P_VOUCHERS = `query($pa: ID!, $c: ID) { trainingVouchers(purchasingAccountId: $pa, customerId: $c, first: 100) { edges { node { id email days status } } } }`;
  const P_USERS = `query($b: String!, $c: ID) { benefitUsers(benefit: $b, customerId: $c, first: 100) { edges { node { id name email } } } }`;
  const P_ADD_DOMAIN = `mutation($b: String!, $n: String!, $c: ID) { addEligibleDomain(benefit: $b, name: $n, customerId: $c) { id name } }`;
  const P_REMOVE_DOMAIN = `mutation($id: ID!, $c: ID) { removeEligibleDomain(id: $id, customerId: $c) }`;
  const P_ADD_USER = `mutation($input: AddBenefitUserInput!) { addBenefitUser(input: $input) { id name email } }`;
  const P_EDIT_USER = `mutation($input: EditBenefitUserInput!) { editBenefitUser(input: $input) { id name } }`;
  const P_RESEND = `mutation($id: ID!, $c: ID) { resendBenefitInstructions(id: $id, customerId: $c) { id } }`;
  const P_DELETE_USER = `mutation($id: ID!, $c: ID) { deleteBenefitUser(id: $id, customerId: $c) }`;
  const P_REVOKE = `mutation($id: ID!, $c: ID) { revokeTrainingVoucher(id: $id, customerId: $c) { id status } }`;
  const REQUEST = 'mutation($c: ID!) { requestBenefitPermission(customerId: $c) { id } }';
  const DECIDE =
    'mutation($id: ID!, $d: BenefitPermissionDecision!) { decideBenefitPermission(id: $id, decision: $d) { status } }';

  it('BEN-7 BEN-3 BEN-4 BEN-5 BEN-6 details with the access code, vouchers and users of that customer; every listed write; others invisible; refused after removal or denial', async () => {
    const { system } = ctx;
    const url = system.gatewayUrl;
    const p = partner.admin.accessToken;
    // A second customer of the same partner, with 50 SA server licenses: 2 training days.
    const managed = await registerCustomer(system, { partnerOrganizationId: partner.organizationId });
    await waitForCustomerLink(system, partner.organizationId, managed.organizationId);
    const own = await signedAgreement(system, p, managed.organizationId, managed.admin.accessToken);
    const pa = own.purchasingAccount.id;
    await ok(
      url,
      PLACE_ORDER,
      {
        input: {
          purchasingAccountId: pa,
          agreementId: own.id,
          type: 'NEW',
          purchaseOrderNumber: 'PO-BEN7',
          lines: [
            {
              kind: 'PRODUCT',
              sku: 'WIN-SRV-DC',
              name: 'Windows Server Datacenter',
              quantity: 50,
              listUnitPrice: { amountMinor: 1, currency: 'USD' },
            },
          ],
        },
      },
      p,
    );
    const c = managed.organizationId;
    const m = managed.admin.accessToken;
    await eventually(
      system.settle,
      async () =>
        (await ok<{ benefitGroups: Group[] }>(url, GROUPS, { pa }, m)).benefitGroups.length > 0 || null,
      'entitlements of the managed customer',
    );
    await ok(url, ADD, { b: 'E_LEARNING', n: 'managed-learn.example' }, m);
    const customerView = await ok<{ benefitDetails: { accessCode: string } }>(
      url,
      DETAILS,
      { b: 'E_LEARNING' },
      m,
    );

    // Before any permission: nothing of the customer's, whatever is asked.
    for (const [query, vars] of [
      [P_DETAILS, { b: 'E_LEARNING', c }],
      [P_VOUCHERS, { pa, c }],
      [P_USERS, { b: 'E_LEARNING', c }],
      [P_GROUPS, { c, pa }],
    ] as const)
      expect(codeOf(await gql(url, query, vars, p)), `${query} before approval`).toBe('FORBIDDEN');

    const requested = await ok<{ requestBenefitPermission: { id: string } }>(url, REQUEST, { c }, p);
    await ok(url, DECIDE, { id: requested.requestBenefitPermission.id, d: 'APPROVED' }, m);

    // Reads: details with the access code to distribute, entitlements, vouchers and users.
    const details = await ok<{
      benefitDetails: {
        accessCode: string;
        eligibleDomains: { name: string }[];
        participantInstructions: { text: string }[];
      };
    }>(url, P_DETAILS, { b: 'E_LEARNING', c }, p);
    expect(details.benefitDetails.accessCode).toBe(customerView.benefitDetails.accessCode);
    expect(details.benefitDetails.eligibleDomains.map((d) => d.name)).toEqual(['managed-learn.example']);
    expect(details.benefitDetails.participantInstructions[0]!.text).toContain(
      customerView.benefitDetails.accessCode,
    );
    const groups = await ok<{ benefitGroups: Group[] }>(url, P_GROUPS, { c, pa }, p);
    expect(
      groups.benefitGroups.flatMap((g) => g.benefits).find((b) => b.benefit.code === 'TRAINING_VOUCHERS'),
    ).toMatchObject({ entitled: 2, available: 2 });
    expect(
      nodes((await ok<{ trainingVouchers: Edges<unknown> }>(url, P_VOUCHERS, { pa, c }, p)).trainingVouchers),
    ).toEqual([]);
    expect(
      nodes(
        (await ok<{ benefitUsers: Edges<unknown> }>(url, P_USERS, { b: 'E_LEARNING', c }, p)).benefitUsers,
      ),
    ).toEqual([]);

    // Writes the guide lists: domains (and so the access code), users, vouchers.
    const domain = await ok<{ addEligibleDomain: { id: string } }>(
      url,
      P_ADD_DOMAIN,
      { b: 'E_LEARNING', n: 'partner-added.example', c },
      p,
    );
    const email = `lars-${Date.now()}@partner-added.example`;
    const user = await ok<{ addBenefitUser: { id: string } }>(
      url,
      P_ADD_USER,
      { input: { customerId: c, benefit: 'E_LEARNING', name: 'Lars Learner', email } },
      p,
    );
    const userId = user.addBenefitUser.id;
    await ok(url, P_EDIT_USER, { input: { customerId: c, id: userId, name: 'Lars L.' } }, p);
    await ok(url, P_RESEND, { id: userId, c }, p);
    expect(await system.waitForMail(email, 2)).toHaveLength(2);
    const users = await ok<{ benefitUsers: Edges<{ id: string; name: string }> }>(
      url,
      P_USERS,
      { b: 'E_LEARNING', c },
      p,
    );
    expect(nodes(users.benefitUsers)).toEqual([{ id: userId, name: 'Lars L.', email }]);
    // The customer sees what its partner did.
    expect(
      (
        await ok<{ benefitUsers: Edges<{ name: string }> }>(
          url,
          '{ benefitUsers(benefit: "E_LEARNING", first: 100) { edges { node { name } } } }',
          {},
          m,
        )
      ).benefitUsers.edges.map((e) => e.node.name),
    ).toEqual(['Lars L.']);
    const trainee = `tom-${Date.now()}@managed.example`;
    const assigned = await ok<{ assignTrainingVoucher: { id: string } }>(
      url,
      ASSIGN,
      {
        input: {
          customerId: c,
          purchasingAccountId: pa,
          employeeName: 'Tom Trainee',
          email: trainee,
          days: 2,
          language: 'en-US',
        },
      },
      p,
    );
    const vouchers = await ok<{ trainingVouchers: Edges<{ id: string; status: string; days: number }> }>(
      url,
      P_VOUCHERS,
      { pa, c },
      p,
    );
    expect(nodes(vouchers.trainingVouchers)).toMatchObject([
      { id: assigned.assignTrainingVoucher.id, days: 2, status: 'ASSIGNED' },
    ]);
    await ok(url, P_REVOKE, { id: assigned.assignTrainingVoucher.id, c }, p);
    expect(
      nodes(
        (await ok<{ trainingVouchers: Edges<{ status: string }> }>(url, P_VOUCHERS, { pa, c }, p))
          .trainingVouchers,
      ),
    ).toMatchObject([{ status: 'REVOKED' }]);
    await ok(url, P_DELETE_USER, { id: userId, c }, p);
    await ok(url, P_REMOVE_DOMAIN, { id: domain.addEligibleDomain.id, c }, p);
    expect(
      (
        await ok<{ benefitDetails: { eligibleDomains: { name: string }[] } }>(
          url,
          P_DETAILS,
          { b: 'E_LEARNING', c },
          p,
        )
      ).benefitDetails.eligibleDomains.map((d) => d.name),
    ).toEqual(['managed-learn.example']);

    // Another customer's data stays invisible: one of the partner's own that approved nothing now, a stranger,
    // and no customer named at all.
    for (const other of [customer.organizationId, stranger.organizationId]) {
      for (const [query, vars] of [
        [P_DETAILS, { b: 'E_LEARNING', c: other }],
        [P_VOUCHERS, { pa: agreement.purchasingAccount.id, c: other }],
        [P_USERS, { b: 'E_LEARNING', c: other }],
        [P_GROUPS, { c: other }],
        [P_ADD_DOMAIN, { b: 'E_LEARNING', n: 'sneaky.example', c: other }],
      ] as const)
        expect(codeOf(await gql(url, query, vars, p)), `${query} for ${other}`).toBe('FORBIDDEN');
    }
    for (const [query, vars] of [
      [P_DETAILS, { b: 'E_LEARNING' }],
      [P_VOUCHERS, { pa }],
      [P_USERS, { b: 'E_LEARNING' }],
      [P_GROUPS, { pa }],
    ] as const) {
      const result = await gql(url, query, vars, p);
      expect(result.errors?.[0]?.extensions, query).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'customerId',
      });
    }
    // A customer names only itself (or nobody).
    expect(codeOf(await gql(url, P_DETAILS, { b: 'E_LEARNING', c: customer.organizationId }, m))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await ok<{ benefitDetails: { accessCode: string } }>(url, P_DETAILS, { b: 'E_LEARNING', c }, m))
        .benefitDetails.accessCode,
    ).toBe(customerView.benefitDetails.accessCode);

    // Removed: the next read and the next write are refused.
    await ok(url, DECIDE, { id: requested.requestBenefitPermission.id, d: 'REMOVED' }, m);
    const refusedAll = async (when: string) => {
      for (const [query, vars] of [
        [P_DETAILS, { b: 'E_LEARNING', c }],
        [P_VOUCHERS, { pa, c }],
        [P_USERS, { b: 'E_LEARNING', c }],
        [P_GROUPS, { c, pa }],
        [P_ADD_DOMAIN, { b: 'E_LEARNING', n: 'after.example', c }],
        [P_REVOKE, { id: assigned.assignTrainingVoucher.id, c }],
      ] as const)
        expect(codeOf(await gql(url, query, vars, p)), `${query} ${when}`).toBe('FORBIDDEN');
    };
    await refusedAll('after removal');
    // Asked again and declined: still refused.
    const again = await ok<{ requestBenefitPermission: { id: string } }>(url, REQUEST, { c }, p);
    await ok(url, DECIDE, { id: again.requestBenefitPermission.id, d: 'DENIED' }, m);
    await refusedAll('after denial');
    // Nothing was written by the refused calls.
    expect(
      (
        await ok<{ benefitDetails: { eligibleDomains: { name: string }[] } }>(
          url,
          DETAILS,
          { b: 'E_LEARNING' },
          m,
        )
      ).benefitDetails.eligibleDomains.map((d) => d.name),
    ).toEqual(['managed-learn.example']);
  });
});

describe('BEN-8 support incidents', () => {
  it('BEN-8 opening a 24x7 request uses an incident; refused when none are left, writing nothing', async () => {
    const { system } = ctx;
    const OPEN =
      'mutation($input: OpenSupportRequestInput!) { openSupportRequest(input: $input) { id channel } }';
    const open = () =>
      gql(
        system.gatewayUrl,
        OPEN,
        {
          input: {
            purchasingAccountId: agreement.purchasingAccount.id,
            channel: 'PHONE',
            summary: 'Cluster node down',
          },
        },
        customer.admin.accessToken,
      );
    const phone = async () => {
      const data = await ok<{ benefitGroups: Group[] }>(
        system.gatewayUrl,
        GROUPS,
        { pa: agreement.purchasingAccount.id },
        viewer.accessToken,
      );
      return data.benefitGroups
        .flatMap((g) => g.benefits)
        .find((b) => b.benefit.code === 'SUPPORT_24X7_PHONE') as unknown as {
        entitled: number;
        used: number;
        available: number;
      };
    };
    expect(await phone()).toMatchObject({ entitled: 2, used: 0, available: 2 });
    expect((await open()).errors).toBeUndefined();
    expect((await open()).errors).toBeUndefined();
    const third = await open();
    expect(third.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_INCIDENTS_LEFT',
    });
    expect(await phone()).toMatchObject({ entitled: 2, used: 2, available: 0 });
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          OPEN,
          { input: { purchasingAccountId: agreement.purchasingAccount.id, channel: 'WEB', summary: 'x' } },
          viewer.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
