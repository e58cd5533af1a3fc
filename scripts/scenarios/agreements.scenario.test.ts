import { agreements as events } from '@bc/contracts';
import { identityFromClaims, OutboxMessage, signGatewayToken } from '@bc/platform';
import {
  AGREEMENT_FIELDS,
  type AgreementView,
  addUserAndSignIn,
  codeOf,
  createPartner,
  DRAFT,
  draftInput,
  gql,
  ok,
  PASSWORD,
  registerCustomer,
  SEND,
  type Session,
  SIGN,
  SIGN_UP,
  signedAgreement,
  tokenFromMail,
  waitForCustomerLink,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { published } from './support/published.ts';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();
let partner: Awaited<ReturnType<typeof createPartner>>;
let otherPartner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let otherCustomer: Awaited<ReturnType<typeof registerCustomer>>;
let viewer: Session;
let manager: Session;

beforeAll(async () => {
  const { system } = ctx;
  partner = await createPartner(system);
  otherPartner = await createPartner(system);
  customer = await registerCustomer(system, { partnerOrganizationId: partner.organizationId });
  otherCustomer = await registerCustomer(system, { partnerOrganizationId: otherPartner.organizationId });
  await waitForCustomerLink(system, partner.organizationId, customer.organizationId);
  await waitForCustomerLink(system, otherPartner.organizationId, otherCustomer.organizationId);
  viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_VIEWER']);
  manager = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_MANAGER']);
});

const AGREEMENT = `query($id: ID!) { agreement(id: $id) { ${AGREEMENT_FIELDS} signedCopy { fileName contentType contentBase64 } } }`;

async function partnerMails() {
  return ctx.system.mailTo(`${partner.domain.split('.')[0]}-admin@mail.example`);
}

describe('AGR-2 sales package to signed agreement', () => {
  it('AGR-2 NOT-2 AGR-3 partner drafts and sends; the signer is emailed; the customer signs; the partner is told; the signed copy is a PDF', async () => {
    const { system } = ctx;
    const input = draftInput({ customerId: customer.organizationId });
    const draft = await ok<{ draftSalesPackage: AgreementView }>(
      system.gatewayUrl,
      DRAFT,
      { input },
      partner.admin.accessToken,
    );
    expect(draft.draftSalesPackage).toMatchObject({
      status: 'DRAFT',
      organizationId: customer.organizationId,
    });
    // Customers do not see drafts.
    expect(
      (
        await ok<{ agreement: unknown }>(
          system.gatewayUrl,
          AGREEMENT,
          { id: draft.draftSalesPackage.id },
          customer.admin.accessToken,
        )
      ).agreement,
    ).toBeNull();

    await ok(system.gatewayUrl, SEND, { id: draft.draftSalesPackage.id }, partner.admin.accessToken);
    const [ready] = await system.waitForMail(input.signer.email);
    expect(ready!.subject).toContain('ready to sign');
    expect(ready!.text).toMatch(/agreements\/sign\?token=/);

    const before = (await partnerMails()).length;
    const signed = await ok<{ signSalesPackage: AgreementView }>(
      system.gatewayUrl,
      SIGN,
      { id: draft.draftSalesPackage.id, signer: { name: 'Ada Admin', title: 'CIO' } },
      customer.admin.accessToken,
    );
    expect(signed.signSalesPackage.status).toBe('SIGNED');
    expect(signed.signSalesPackage.signature).toMatchObject({
      method: 'ELECTRONIC',
      signerName: 'Ada Admin',
    });
    const mails = await system.waitForMail(`${partner.domain.split('.')[0]}-admin@mail.example`, before + 1);
    expect(mails.at(-1)!.subject).toContain(`${signed.signSalesPackage.number} was signed`);

    const viewed = await ok<{ agreement: { signedCopy: { contentType: string; contentBase64: string } } }>(
      system.gatewayUrl,
      AGREEMENT,
      { id: draft.draftSalesPackage.id },
      viewer.accessToken,
    );
    const pdf = Buffer.from(viewed.agreement.signedCopy.contentBase64, 'base64');
    expect(viewed.agreement.signedCopy.contentType).toBe('application/pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('AGR-2 ACC-2 a signed agreement for a new customer starts the domain-administrator invitation', async () => {
    const { system } = ctx;
    const adminEmail = `new-${Date.now()}@mail.example`;
    const input = draftInput({
      newCustomer: { organizationName: 'Northwind Traders', domainAdministratorEmail: adminEmail },
    });
    const draft = await ok<{ draftSalesPackage: AgreementView }>(
      system.gatewayUrl,
      DRAFT,
      { input },
      partner.admin.accessToken,
    );
    await ok(system.gatewayUrl, SEND, { id: draft.draftSalesPackage.id }, partner.admin.accessToken);
    const [ready] = await system.waitForMail(input.signer.email);
    const token = /token=([A-Za-z0-9_.%-]+)/.exec(ready!.text)![1]!;
    const preview = await ok<{ salesPackageForSigning: { number: string; customerName: string } }>(
      system.gatewayUrl,
      'query($t: String!) { salesPackageForSigning(token: $t) { number customerName } }',
      { t: decodeURIComponent(token) },
    );
    expect(preview.salesPackageForSigning.customerName).toBe('Northwind Traders');
    await ok(
      system.gatewayUrl,
      'mutation($t: String!, $s: SignerInput!) { signSalesPackageWithLink(token: $t, signer: $s) { status } }',
      { t: decodeURIComponent(token), s: { name: 'Nina North', title: 'CEO' } },
    );
    const reuse = await gql(
      system.gatewayUrl,
      'mutation($t: String!, $s: SignerInput!) { signSalesPackageWithLink(token: $t, signer: $s) { status } }',
      { t: decodeURIComponent(token), s: { name: 'Nina North', title: 'CEO' } },
    );
    expect(reuse.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const [invitation] = await system.waitForMail(adminEmail);
    const session = await ok<{ signUpFromInvitation: { accessToken: string; user: { id: string } } }>(
      system.gatewayUrl,
      SIGN_UP,
      {
        input: {
          token: tokenFromMail(invitation!.text),
          userId: 'nina',
          initialDomain: `northwind${Date.now() % 100000}`,
          password: PASSWORD,
          firstName: 'Nina',
          lastName: 'North',
        },
      },
    );
    const me = await ok<{ me: { organization: { id: string; partnerOfRecord: { id: string } } } }>(
      system.gatewayUrl,
      '{ me { organization { id partnerOfRecord { id } } } }',
      {},
      session.signUpFromInvitation.accessToken,
    );
    expect(me.me.organization.id).toBe(draft.draftSalesPackage.organizationId);
    expect(me.me.organization.partnerOfRecord.id).toBe(partner.organizationId);
    const theirs = await ok<{ agreements: { edges: { node: { number: string } }[] } }>(
      system.gatewayUrl,
      '{ agreements { edges { node { number } } } }',
      {},
      session.signUpFromInvitation.accessToken,
    );
    expect(theirs.agreements.edges.map((e) => e.node.number)).toEqual([draft.draftSalesPackage.number]);
  });

  it('AGR-2 decline, then sign or decline again or edit offers: CONFLICT, nothing changes, nothing is emitted', async () => {
    const { system } = ctx;
    const draft = await ok<{ draftSalesPackage: AgreementView }>(
      system.gatewayUrl,
      DRAFT,
      { input: draftInput({ customerId: customer.organizationId }) },
      partner.admin.accessToken,
    );
    const id = draft.draftSalesPackage.id;
    await ok(system.gatewayUrl, SEND, { id }, partner.admin.accessToken);
    const sentEdit = await gql(
      system.gatewayUrl,
      'mutation($id: ID!) { updateSalesPackage(input: { id: $id, offers: [{ code: "X", name: "X", productPool: "P", priceLevel: "A" }] }) { id } }',
      { id },
      partner.admin.accessToken,
    );
    expect(codeOf(sentEdit)).toBe('CONFLICT');
    const before = (await partnerMails()).length;
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { declineSalesPackage(id: $id, reason: "Budget") { status declineReason } }',
      { id },
      customer.admin.accessToken,
    );
    await system.waitForMail(`${partner.domain.split('.')[0]}-admin@mail.example`, before + 1);
    const outboxBefore = await system.agreements.runtime.orm.em.fork().count(OutboxMessage, {});

    const signAfter = await gql(
      system.gatewayUrl,
      SIGN,
      { id, signer: { name: 'A', title: 'B' } },
      customer.admin.accessToken,
    );
    expect(signAfter.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const declineAgain = await gql(
      system.gatewayUrl,
      'mutation($id: ID!) { declineSalesPackage(id: $id, reason: "Again") { status } }',
      { id },
      customer.admin.accessToken,
    );
    expect(codeOf(declineAgain)).toBe('CONFLICT');
    const paper = await gql(
      system.gatewayUrl,
      'mutation($id: ID!) { recordPaperSignature(id: $id, signer: { name: "P", title: "Q", signedAt: "2026-01-01T00:00:00Z" }) { status } }',
      { id },
      partner.admin.accessToken,
    );
    expect(codeOf(paper)).toBe('CONFLICT');

    const after = await ok<{ agreement: { status: string; declineReason: string; signature: unknown } }>(
      system.gatewayUrl,
      AGREEMENT,
      { id },
      customer.admin.accessToken,
    );
    expect(after.agreement).toMatchObject({ status: 'DECLINED', declineReason: 'Budget', signature: null });
    expect(await system.agreements.runtime.orm.em.fork().count(OutboxMessage, {})).toBe(outboxBefore);
    await system.settle();
    expect((await partnerMails()).length).toBe(before + 1);
  });

  it('AGR-2 the partner records a paper signature; signing twice is a CONFLICT', async () => {
    const { system } = ctx;
    const draft = await ok<{ draftSalesPackage: AgreementView }>(
      system.gatewayUrl,
      DRAFT,
      { input: draftInput({ customerId: customer.organizationId, signingMethod: 'PAPER' }) },
      partner.admin.accessToken,
    );
    const id = draft.draftSalesPackage.id;
    await ok(system.gatewayUrl, SEND, { id }, partner.admin.accessToken);
    const signedAt = new Date(ctx.clock.now().getTime() - 3_600_000).toISOString();
    const paper = await ok<{ recordPaperSignature: AgreementView }>(
      system.gatewayUrl,
      'mutation($id: ID!, $s: PaperSignerInput!) { recordPaperSignature(id: $id, signer: $s) { status signature { method signerName signedAt } } }',
      { id, s: { name: 'Paula Paper', title: 'CFO', signedAt } },
      partner.admin.accessToken,
    );
    expect(paper.recordPaperSignature).toMatchObject({
      status: 'SIGNED',
      signature: { method: 'PAPER', signerName: 'Paula Paper', signedAt },
    });
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          SIGN,
          { id, signer: { name: 'A', title: 'B' } },
          customer.admin.accessToken,
        ),
      ),
    ).toBe('CONFLICT');
  });

  it('AGR-2 API-5 a paper signature time is a DateTime: any time zone in, UTC out; no zone, a bad date or a day alone is BAD_USER_INPUT on signer.signedAt and writes nothing; a keyed retry compares instants', async () => {
    const { system } = ctx;
    const draft = await ok<{ draftSalesPackage: AgreementView }>(
      system.gatewayUrl,
      DRAFT,
      { input: draftInput({ customerId: customer.organizationId, signingMethod: 'PAPER' }) },
      partner.admin.accessToken,
    );
    const id = draft.draftSalesPackage.id;
    await ok(system.gatewayUrl, SEND, { id }, partner.admin.accessToken);
    const PAPER =
      'mutation($id: ID!, $signer: PaperSignerInput!, $key: String) { recordPaperSignature(id: $id, signer: $signer, idempotencyKey: $key) { status signature { signedAt } } }';
    const outboxBefore = await system.agreements.runtime.orm.em.fork().count(OutboxMessage, {});
    const past = new Date(ctx.clock.now().getTime() - 86_400_000);
    const noZone = past.toISOString().replace('Z', '');
    const day = past.toISOString().slice(0, 10);
    for (const signedAt of [noZone, day, '2025-02-30T09:00:00Z', 'yesterday']) {
      const refused = await gql(
        system.gatewayUrl,
        PAPER,
        { id, signer: { name: 'Paula Paper', title: 'CFO', signedAt } },
        partner.admin.accessToken,
      );
      expect(refused.errors?.[0]?.extensions, signedAt).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'signer.signedAt',
      });
    }
    expect(await system.agreements.runtime.orm.em.fork().count(OutboxMessage, {})).toBe(outboxBefore);
    // The same instant written at +05:30 is stored and shown in UTC with milliseconds.
    const local = new Date(past.getTime() + 330 * 60_000).toISOString().replace('Z', '+05:30');
    const signed = await ok<{ recordPaperSignature: { status: string; signature: { signedAt: string } } }>(
      system.gatewayUrl,
      PAPER,
      { id, signer: { name: 'Paula Paper', title: 'CFO', signedAt: local }, key: `paper-${id}` },
      partner.admin.accessToken,
    );
    expect(signed.recordPaperSignature).toEqual({
      status: 'SIGNED',
      signature: { signedAt: past.toISOString() },
    });
    // A retry with the key is the same request when it names the same instant, in any zone; another
    // instant with the key is a CONFLICT on the key (the request hash keeps the instant).
    const retry = await ok<{ recordPaperSignature: unknown }>(
      system.gatewayUrl,
      PAPER,
      { id, signer: { name: 'Paula Paper', title: 'CFO', signedAt: past.toISOString() }, key: `paper-${id}` },
      partner.admin.accessToken,
    );
    expect(retry.recordPaperSignature).toEqual(signed.recordPaperSignature);
    const other = await gql(
      system.gatewayUrl,
      PAPER,
      {
        id,
        signer: {
          name: 'Paula Paper',
          title: 'CFO',
          signedAt: new Date(past.getTime() - 60_000).toISOString(),
        },
        key: `paper-${id}`,
      },
      partner.admin.accessToken,
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
  });

  it('AGR-2 bad input names the field; only partners draft, only for their own customers', async () => {
    const { system } = ctx;
    const cases: [Record<string, unknown>, string][] = [
      [draftInput({ customerId: customer.organizationId, offers: [] }), 'offers'],
      [draftInput({ customerId: customer.organizationId, startDate: '2026-02-30' }), 'startDate'],
      [draftInput({ customerId: customer.organizationId, anniversaryMonth: 13 }), 'anniversaryMonth'],
      [
        draftInput({ customerId: customer.organizationId, signer: { name: 'S', email: 'nope' } }),
        'signer.email',
      ],
      [draftInput({}), 'customerId'],
    ];
    for (const [input, field] of cases) {
      const result = await gql(system.gatewayUrl, DRAFT, { input }, partner.admin.accessToken);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const badCountry = await gql(
      system.gatewayUrl,
      DRAFT,
      {
        input: draftInput({
          customerId: customer.organizationId,
          newPurchasingAccount: {
            name: 'X',
            address: { line1: 'a', city: 'b', postalCode: 'c', country: 'USA' },
            contacts: [{ name: 'n', email: 'n@mail.example', role: 'r' }],
          },
        }),
      },
      partner.admin.accessToken,
    );
    expect(badCountry.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPurchasingAccount.address.country',
    });
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          DRAFT,
          { input: draftInput({ customerId: customer.organizationId }) },
          customer.admin.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          DRAFT,
          { input: draftInput({ customerId: customer.organizationId }) },
          otherPartner.admin.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('AGR-4 edits of active agreements', () => {
  it('AGR-4 an account manager edits the anniversary month and the address (validated); viewers cannot; drafts are not active', async () => {
    const { system } = ctx;
    const agreement = await signedAgreement(
      system,
      partner.admin.accessToken,
      customer.organizationId,
      customer.admin.accessToken,
    );
    const ANNIVERSARY =
      'mutation($id: ID!, $m: Int!) { updateAnniversaryMonth(agreementId: $id, anniversaryMonth: $m) { anniversaryMonth } }';
    expect(
      (
        await ok<{ updateAnniversaryMonth: { anniversaryMonth: number } }>(
          system.gatewayUrl,
          ANNIVERSARY,
          { id: agreement.id, m: 7 },
          manager.accessToken,
        )
      ).updateAnniversaryMonth.anniversaryMonth,
    ).toBe(7);
    expect(
      codeOf(await gql(system.gatewayUrl, ANNIVERSARY, { id: agreement.id, m: 8 }, viewer.accessToken)),
    ).toBe('FORBIDDEN');
    expect(
      (await gql(system.gatewayUrl, ANNIVERSARY, { id: agreement.id, m: 0 }, manager.accessToken)).errors?.[0]
        ?.extensions,
    ).toMatchObject({ field: 'anniversaryMonth' });
    const ADDRESS =
      'mutation($input: UpdatePurchasingAccountInput!) { updatePurchasingAccount(input: $input) { location address { city country } contacts { email } } }';
    const moved = await ok<{ updatePurchasingAccount: { location: string } }>(
      system.gatewayUrl,
      ADDRESS,
      {
        input: {
          id: agreement.purchasingAccount.id,
          address: { line1: '9 Quai', city: 'Paris', postalCode: '75001', country: 'fr' },
          contacts: [{ name: 'Lea', email: 'LEA@mail.example', role: 'Billing' }],
        },
      },
      manager.accessToken,
    );
    expect(moved.updatePurchasingAccount).toEqual({
      location: 'FR',
      address: { city: 'Paris', country: 'FR' },
      contacts: [{ email: 'lea@mail.example' }],
    });
    const badEmail = await gql(
      system.gatewayUrl,
      ADDRESS,
      { input: { id: agreement.purchasingAccount.id, contacts: [{ name: 'x', email: 'x', role: 'r' }] } },
      manager.accessToken,
    );
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contacts[0].email',
    });

    const draft = await ok<{ draftSalesPackage: AgreementView }>(
      system.gatewayUrl,
      DRAFT,
      { input: draftInput({ customerId: customer.organizationId }) },
      partner.admin.accessToken,
    );
    await ok(system.gatewayUrl, SEND, { id: draft.draftSalesPackage.id }, partner.admin.accessToken);
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          ANNIVERSARY,
          { id: draft.draftSalesPackage.id, m: 5 },
          manager.accessToken,
        ),
      ),
    ).toBe('CONFLICT');
  });
});

describe('AGR-3 agreements list filters', () => {
  it('AGR-3 each filter alone and in combination', async () => {
    const { system } = ctx;
    const { organizationId } = otherCustomer;
    const make = async (name: string, country: string, startDate: string) =>
      signedAgreement(
        system,
        otherPartner.admin.accessToken,
        organizationId,
        otherCustomer.admin.accessToken,
        {
          startDate,
          newPurchasingAccount: {
            name,
            address: { line1: '1 Road', city: 'City', postalCode: '1000', country },
            contacts: [{ name: 'C', email: 'c@mail.example', role: 'r' }],
          },
        },
      );
    const a = await make('Alpine Retail', 'CH', '2026-01-10');
    const b = await make('Baltic Foods', 'LV', '2026-05-20');
    const c = await make('Alpine Logistics', 'CH', '2026-09-01');
    const draft = await ok<{ draftSalesPackage: AgreementView }>(
      system.gatewayUrl,
      DRAFT,
      { input: draftInput({ customerId: organizationId, startDate: '2026-06-15' }) },
      otherPartner.admin.accessToken,
    );
    await ok(system.gatewayUrl, SEND, { id: draft.draftSalesPackage.id }, otherPartner.admin.accessToken);

    const LIST =
      'query($f: AgreementFilter) { agreements(filter: $f, first: 100) { totalCount edges { node { number } } } }';
    const numbers = async (f: Record<string, unknown>) =>
      (
        await ok<{ agreements: { edges: { node: { number: string } }[] } }>(
          system.gatewayUrl,
          LIST,
          { f },
          otherCustomer.admin.accessToken,
        )
      ).agreements.edges
        .map((e) => e.node.number)
        .sort();
    const sorted = (...xs: AgreementView[]) => xs.map((x) => x.number).sort();
    expect(await numbers({ purchasingAccountName: 'alpine' })).toEqual(sorted(a, c));
    expect(await numbers({ purchasingAccountNumber: b.purchasingAccount.number })).toEqual(sorted(b));
    expect(await numbers({ agreementNumber: c.number.toLowerCase() })).toEqual(sorted(c));
    expect(await numbers({ startDateFrom: '2026-05-01' })).toEqual(sorted(b, c, draft.draftSalesPackage));
    expect(await numbers({ startDateTo: '2026-05-20' })).toEqual(sorted(a, b));
    expect(await numbers({ status: 'SENT' })).toEqual(sorted(draft.draftSalesPackage));
    expect(await numbers({ location: 'ch' })).toEqual(sorted(a, c));
    expect(await numbers({ location: 'CH', startDateFrom: '2026-02-01', status: 'SIGNED' })).toEqual(
      sorted(c),
    );
    expect(await numbers({ purchasingAccountName: 'alpine', startDateTo: '2026-06-30' })).toEqual(sorted(a));
    expect(await numbers({ purchasingAccountId: b.purchasingAccount.id, status: 'DECLINED' })).toEqual([]);
    expect(
      (
        await gql(
          system.gatewayUrl,
          LIST,
          { f: { startDateFrom: '01/05/2026' } },
          otherCustomer.admin.accessToken,
        )
      ).errors?.[0]?.extensions,
    ).toMatchObject({ field: 'startDateFrom' });
  });
});

describe('AGR-1 tenant isolation', () => {
  it("AGR-1 a customer never sees another organization's purchasing accounts or agreements: not by list, id or entity reference", async () => {
    const { system } = ctx;
    const theirs = await signedAgreement(
      system,
      otherPartner.admin.accessToken,
      otherCustomer.organizationId,
      otherCustomer.admin.accessToken,
    );
    const mine = await ok<{
      purchasingAccounts: { edges: { node: { id: string } }[] };
      agreements: { edges: { node: { id: string } }[] };
    }>(
      system.gatewayUrl,
      '{ purchasingAccounts(first: 100) { edges { node { id } } } agreements(first: 100) { edges { node { id } } } }',
      {},
      customer.admin.accessToken,
    );
    expect(mine.purchasingAccounts.edges.map((e) => e.node.id)).not.toContain(theirs.purchasingAccount.id);
    expect(mine.agreements.edges.map((e) => e.node.id)).not.toContain(theirs.id);
    const byId = await ok<{ agreement: unknown; purchasingAccount: unknown }>(
      system.gatewayUrl,
      'query($a: ID!, $p: ID!) { agreement(id: $a) { id } purchasingAccount(id: $p) { id } }',
      { a: theirs.id, p: theirs.purchasingAccount.id },
      customer.admin.accessToken,
    );
    expect(byId).toEqual({ agreement: null, purchasingAccount: null });
    // An entity reference, as the gateway would send it, for this customer's admin: nothing comes back.
    const claims = JSON.parse(Buffer.from(customer.admin.accessToken.split('.')[1]!, 'base64url').toString());
    const token = await signGatewayToken(system.subgraphSecret, 'agreements', {
      user: identityFromClaims(claims),
      requestId: 'test',
    });
    const entities = await gql<{ _entities: unknown[] }>(
      `${system.urlOf('agreements')}/graphql`,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id } ... on PurchasingAccount { id } } }',
      {
        r: [
          { __typename: 'Agreement', id: theirs.id },
          { __typename: 'PurchasingAccount', id: theirs.purchasingAccount.id },
        ],
      },
      undefined,
      { 'x-bc-gateway-token': token },
    );
    expect(entities.data?._entities).toEqual([null, null]);
    // And a partner sees only its own customers' accounts.
    const partnerView = await ok<{ purchasingAccounts: { edges: { node: { id: string } }[] } }>(
      system.gatewayUrl,
      '{ purchasingAccounts(first: 100) { edges { node { id } } } }',
      {},
      partner.admin.accessToken,
    );
    expect(partnerView.purchasingAccounts.edges.map((e) => e.node.id)).not.toContain(
      theirs.purchasingAccount.id,
    );
  });

  it('EVT-1 EVT-2 the signed event is published with the change and is handled once on redelivery', async () => {
    const { system } = ctx;
    const agreement = await signedAgreement(
      system,
      partner.admin.accessToken,
      customer.organizationId,
      customer.admin.accessToken,
    );
    // What was published, read from the topic (OPS-3: outbox rows are pruned once published).
    const sent = (await published(system, events.agreementSigned)).filter(
      (m) => m.envelope.payload.agreementId === agreement.id,
    );
    expect(sent).toHaveLength(1);
    const mailbox = `${partner.domain.split('.')[0]}-admin@mail.example`;
    const before = (await system.waitForMail(mailbox, 1)).length;
    await system.agreements.runtime.transport.publish([
      { topic: sent[0]!.topic, key: sent[0]!.key, value: sent[0]!.value },
    ]);
    await new Promise((r) => setTimeout(r, system.tier === 'system' ? 2000 : 100));
    await system.settle();
    expect((await system.mailTo(mailbox)).length).toBe(before);
  });
});
