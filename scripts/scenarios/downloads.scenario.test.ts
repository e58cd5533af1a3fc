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
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

const ctx = useSystem();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let stranger: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
let manager: Session;
let reports: Session;
let viewer: Session;

const DOWNLOAD = `mutation($input: RequestDownloadInput!) { requestDownload(input: $input) { url expiresAt fileName sizeBytes } }`;

beforeAll(async () => {
  const { system } = ctx;
  partner = await createPartner(system);
  stranger = await registerCustomer(system);
  ({ customer, agreement } = await customerWithAgreement(system, partner, {
    newPurchasingAccount: {
      name: 'Contoso, "Main" Account',
      address: { line1: '1 Way', city: 'Redmond', postalCode: '98052', country: 'US' },
      contacts: [{ name: 'P', email: 'p@mail.example', role: 'r' }],
    },
  }));
  await ok(
    system.gatewayUrl,
    PLACE_ORDER,
    {
      input: {
        purchasingAccountId: agreement.purchasingAccount.id,
        agreementId: agreement.id,
        type: 'NEW',
        purchaseOrderNumber: 'PO-KEYS',
        lines: [
          {
            kind: 'PRODUCT',
            sku: 'WIN-SRV-DC',
            name: 'Windows Server Datacenter',
            quantity: 2,
            listUnitPrice: { amountMinor: 1, currency: 'USD' },
          },
          {
            kind: 'PRODUCT',
            sku: 'SQL-ENT',
            name: 'SQL Server Enterprise',
            quantity: 4,
            listUnitPrice: { amountMinor: 1, currency: 'USD' },
          },
        ],
      },
    },
    partner.admin.accessToken,
  );
  manager = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_MANAGER']);
  reports = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['REPORT_VIEWER']);
  viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_VIEWER']);
  await eventually(
    system.settle,
    async () => {
      const rows = await system.inventory.runtime.orm.em
        .fork()
        .getConnection()
        .execute<unknown[]>('select 1 from license where purchasing_account_id = ?', [
          agreement.purchasingAccount.id,
        ]);
      return rows.length === 2;
    },
    'licenses in inventory',
  );
});

describe('INV-5 downloads', () => {
  it('INV-5 every product alphabetically, by category, with type-ahead and details', async () => {
    const { system } = ctx;
    const all = await ok<{ catalogProducts: { totalCount: number; edges: { node: { name: string } }[] } }>(
      system.gatewayUrl,
      '{ catalogProducts(first: 100) { totalCount edges { node { name } } } }',
      {},
      viewer.accessToken,
    );
    const names = all.catalogProducts.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(all.catalogProducts.totalCount).toBeGreaterThan(10);
    const servers = await ok<{
      catalogProducts: { edges: { node: { name: string; categories: string[] } }[] };
    }>(
      system.gatewayUrl,
      '{ catalogProducts(filter: { category: "Servers" }, first: 100) { edges { node { name categories } } } }',
      {},
      viewer.accessToken,
    );
    expect(servers.catalogProducts.edges.length).toBeGreaterThan(0);
    expect(servers.catalogProducts.edges.every((e) => e.node.categories.includes('Servers'))).toBe(true);
    const suggestions = await ok<{ productSuggestions: string[] }>(
      system.gatewayUrl,
      '{ productSuggestions(text: "win") }',
      {},
      viewer.accessToken,
    );
    expect(suggestions.productSuggestions[0]).toMatch(/^Windows/);
    const details = await ok<{
      catalogProduct: {
        versions: { editions: { sku: string; files: { language: string; os: string }[] }[] }[];
      };
    }>(
      system.gatewayUrl,
      '{ catalogProduct(id: "windows-server") { versions { editions { sku files { language os } } } } }',
      {},
      viewer.accessToken,
    );
    expect(
      details.catalogProduct.versions.flatMap((v) => v.editions).find((e) => e.sku === 'WIN-SRV-DC')!.files
        .length,
    ).toBeGreaterThan(0);
  });

  it('INV-5 WEB-6 a signed link for the chosen language and OS on the gateway origin, opened with a plain GET; refused tampered and after expiry', async () => {
    const { system, clock } = ctx;
    const link = await ok<{ requestDownload: { url: string; expiresAt: string; fileName: string } }>(
      system.gatewayUrl,
      DOWNLOAD,
      { input: { sku: 'WIN-SRV-DC', language: 'de-DE', os: 'Windows x64' } },
      manager.accessToken,
    );
    expect(new URL(link.requestDownload.url).origin).toBe(new URL(system.gatewayUrl).origin);
    const res = await fetch(link.requestDownload.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(link.requestDownload.fileName);
    expect(await res.text()).toContain('de-DE');
    expect((await fetch(link.requestDownload.url.replace('token=', 'token=x'))).status).toBe(400);
    const start = clock.now();
    try {
      clock.advance(5 * 60_000);
      expect((await fetch(link.requestDownload.url)).status).toBe(410);
    } finally {
      clock.set(start);
    }
  });

  it('INV-5 ACC-5 only roles that may download; unknown language or OS names the field', async () => {
    const { system } = ctx;
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          DOWNLOAD,
          { input: { sku: 'WIN-SRV-DC', language: 'en-US', os: 'Windows x64' } },
          reports.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          DOWNLOAD,
          { input: { sku: 'WIN-SRV-DC', language: 'en-US', os: 'Windows x64' } },
          viewer.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    for (const [input, field] of [
      [{ sku: 'WIN-SRV-DC', language: 'xx-XX', os: 'Windows x64' }, 'language'],
      [{ sku: 'WIN-SRV-DC', language: 'en-US', os: 'Amiga OS' }, 'os'],
      [{ sku: 'NOPE', language: 'en-US', os: 'Windows x64' }, 'sku'],
    ] as const) {
      const result = await gql(system.gatewayUrl, DOWNLOAD, { input }, manager.accessToken);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('INV-6 product keys', () => {
  it('INV-6 keys per purchasing account, exported as properly quoted CSV, for roles that may view keys only', async () => {
    const { system } = ctx;
    const KEYS =
      'query($pa: ID!) { productKeys(purchasingAccountId: $pa, first: 100) { edges { node { productName edition productKey activations } } } }';
    const keys = await ok<{
      productKeys: Edges<{ productName: string; productKey: string; activations: number }>;
    }>(system.gatewayUrl, KEYS, { pa: agreement.purchasingAccount.id }, reports.accessToken);
    expect(nodes(keys.productKeys).map((k) => [k.productName, k.activations])).toEqual([
      ['SQL Server', 4],
      ['Windows Server', 2],
    ]);
    expect(
      nodes(keys.productKeys).every((k) =>
        /^([BCDFGHJKMPQRTVWXY2346789]{5}-){4}[BCDFGHJKMPQRTVWXY2346789]{5}$/.test(k.productKey),
      ),
    ).toBe(true);
    const again = await ok<{ productKeys: Edges<{ productKey: string }> }>(
      system.gatewayUrl,
      KEYS,
      { pa: agreement.purchasingAccount.id },
      manager.accessToken,
    );
    expect(nodes(again.productKeys).map((k) => k.productKey)).toEqual(
      nodes(keys.productKeys).map((k) => k.productKey),
    );

    const csv = await ok<{ exportProductKeys: { contentType: string; content: string; fileName: string } }>(
      system.gatewayUrl,
      'query($pa: ID!) { exportProductKeys(purchasingAccountId: $pa, format: CSV) { fileName contentType content } }',
      { pa: agreement.purchasingAccount.id },
      reports.accessToken,
    );
    const lines = csv.exportProductKeys.content.split('\r\n');
    expect(lines[0]).toBe('Purchasing account,Product,Version,Edition,Key type,Product key,Activations');
    expect(lines.filter(Boolean)).toHaveLength(3);
    expect(csv.exportProductKeys.fileName).toContain(agreement.purchasingAccount.number);
    const print = await ok<{ exportProductKeys: { contentType: string; content: string } }>(
      system.gatewayUrl,
      'query($pa: ID!) { exportProductKeys(purchasingAccountId: $pa, format: PRINT) { contentType content } }',
      { pa: agreement.purchasingAccount.id },
      reports.accessToken,
    );
    expect(print.exportProductKeys.contentType).toContain('text/html');

    expect(
      codeOf(await gql(system.gatewayUrl, KEYS, { pa: agreement.purchasingAccount.id }, viewer.accessToken)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          KEYS,
          { pa: agreement.purchasingAccount.id },
          stranger.admin.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    // A partner of record reads keys only with the customer's BEN-7 permission (see benefits.scenario).
    expect(
      codeOf(
        await gql(system.gatewayUrl, KEYS, { pa: agreement.purchasingAccount.id }, partner.admin.accessToken),
      ),
    ).toBe('NOT_FOUND');
  });
});
