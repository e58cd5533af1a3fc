import { agreements as events, repeatsAWord } from '@bc/contracts';
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
  PASSWORD,
  PLACE_ORDER,
  partnerWithCustomer,
  registerCustomer,
  type Session,
  signIn,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { countStatements, insertRows } from '../harness/statements.ts';
import type { RunningSystem } from '../harness/system.ts';
import { published } from './support/published.ts';
import { useSystem } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

const ctx = useSystem();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let stranger: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
let viewer: Session;

const INVENTORY = `query($pa: ID, $f: InventoryFilter) { inventory(purchasingAccountId: $pa, filter: $f, first: 50) {
  totalCount edges { node { productName kind totalQuantity nextExpiration expiryStatus
    versions { version expiryStatus editions { edition sku quantity nextExpiration expiryStatus
      licenses { sku quantity softwareAssurance expiresOn orderNumber } subscriptions { sku plan quantity status manageServicesUrl } } } } } } }`;

interface InventoryProduct {
  productName: string;
  kind: string;
  totalQuantity: number;
  nextExpiration: string;
  expiryStatus: string;
  versions: {
    version: string;
    editions: {
      edition: string;
      sku: string;
      quantity: number;
      licenses: unknown[];
      subscriptions: { manageServicesUrl: string | null }[];
    }[];
  }[];
}

/** Inventory is built from events: wait until the order's lines show up. */
async function waitForInventory(system: RunningSystem, token: string, pa: string, minProducts: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await system.settle();
    const data = await ok<{ inventory: { totalCount: number; edges: { node: InventoryProduct }[] } }>(
      system.gatewayUrl,
      INVENTORY,
      { pa },
      token,
    );
    if (data.inventory.totalCount >= minProducts) return data.inventory.edges.map((e) => e.node);
    if (Date.now() > deadline)
      throw new Error(`inventory has ${data.inventory.totalCount} products, expected ${minProducts}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function placeOrder(pa: string, agreementId: string, lines: unknown[]) {
  return ok<{ placeOrder: { id: string; number: string } }>(
    ctx.system.gatewayUrl,
    PLACE_ORDER,
    { input: { purchasingAccountId: pa, agreementId, type: 'NEW', purchaseOrderNumber: 'PO-INV', lines } },
    partner.admin.accessToken,
  );
}

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

beforeAll(async () => {
  const { system } = ctx;
  partner = await createPartner(system);
  stranger = await registerCustomer(system);
  // Ends 2026-04-30: 59 days after the clock's 2026-03-02.
  ({ customer, agreement } = await customerWithAgreement(system, partner, {
    startDate: '2025-05-01',
    termMonths: 12,
  }));
  viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_VIEWER']);
});

describe('INV-2 inventory from orders', () => {
  it('INV-2 INV-3 an order placed in agreements grants licenses and subscriptions, grouped by product, with the next expiration', async () => {
    const { system } = ctx;
    await placeOrder(agreement.purchasingAccount.id, agreement.id, [
      {
        kind: 'PRODUCT',
        sku: 'WIN-SRV-DC',
        name: 'Windows Server Datacenter',
        quantity: 4,
        listUnitPrice: usd(615_500),
      },
      {
        kind: 'PRODUCT',
        sku: 'WIN-SRV-STD',
        name: 'Windows Server Standard',
        quantity: 10,
        listUnitPrice: usd(110_000),
      },
      {
        kind: 'ONLINE_SERVICE',
        sku: 'M365-E3',
        name: 'Microsoft 365 E3',
        quantity: 250,
        listUnitPrice: usd(3_600),
      },
    ]);
    const products = await waitForInventory(system, viewer.accessToken, agreement.purchasingAccount.id, 2);
    const windows = products.find((p) => p.productName === 'Windows Server')!;
    expect(windows).toMatchObject({
      kind: 'SOFTWARE',
      totalQuantity: 14,
      nextExpiration: '2026-04-30',
      expiryStatus: 'EXPIRING_SOON',
    });
    const editions = windows.versions.flatMap((v) => v.editions);
    expect(editions.map((e) => [e.sku, e.quantity]).sort()).toEqual([
      ['WIN-SRV-DC', 4],
      ['WIN-SRV-STD', 10],
    ]);
    const m365 = products.find((p) => p.kind === 'ONLINE_SERVICE')!;
    expect(m365.totalQuantity).toBe(250);
    expect(m365.versions[0]!.editions[0]!.subscriptions[0]!.manageServicesUrl).toMatch(/^https:\/\//);
  });

  it('INV-3 the expiry status follows the injected clock: 90 days, 30 days, expired', async () => {
    const { system, clock } = ctx;
    const start = clock.now();
    const status = async () => {
      const token = (await signIn(system, customer.admin.user.workAccount, PASSWORD)).accessToken;
      const data = await ok<{ inventory: { edges: { node: InventoryProduct }[] } }>(
        system.gatewayUrl,
        INVENTORY,
        { pa: agreement.purchasingAccount.id, f: { kind: 'SOFTWARE' } },
        token,
      );
      return data.inventory.edges[0]!.node.expiryStatus;
    };
    try {
      expect(await status()).toBe('EXPIRING_SOON');
      clock.set('2026-03-31T23:00:00.000Z'); // 30 days before 2026-04-30
      expect(await status()).toBe('CRITICAL');
      clock.set('2026-04-30T23:59:00.000Z'); // the last day is still covered
      expect(await status()).toBe('CRITICAL');
      clock.set('2026-05-01T00:00:00.000Z');
      expect(await status()).toBe('EXPIRED');
    } finally {
      clock.set(start);
    }
  });

  it('EVT-2 INV-2 the same order event twice grants once', async () => {
    const { system } = ctx;
    const placed = await placeOrder(agreement.purchasingAccount.id, agreement.id, [
      {
        kind: 'PRODUCT',
        sku: 'SQL-ENT',
        name: 'SQL Server Enterprise',
        quantity: 3,
        listUnitPrice: usd(1_500_000),
      },
    ]);
    const sqlQuantity = async () => {
      const products = await waitForInventory(system, viewer.accessToken, agreement.purchasingAccount.id, 3);
      return products.find((p) => p.productName === 'SQL Server')?.totalQuantity;
    };
    expect(await sqlQuantity()).toBe(3);
    // The order's event as it is on the topic (OPS-3), published again as a redelivery would.
    const row = (await published(system, events.orderPlaced)).find(
      (m) => m.envelope.payload.orderId === placed.placeOrder.id,
    )!;
    await system.agreements.runtime.transport.publish([{ topic: row.topic, key: row.key, value: row.value }]);
    await new Promise((r) => setTimeout(r, system.tier === 'system' ? 2000 : 100));
    expect(await sqlQuantity()).toBe(3);
  });

  it('INV-2 ACC-5 tenant isolation: another organization sees nothing; reading needs VIEW_LICENSES', async () => {
    const { system } = ctx;
    const theirs = await ok<{ inventory: { totalCount: number } }>(
      system.gatewayUrl,
      INVENTORY,
      { pa: agreement.purchasingAccount.id },
      stranger.admin.accessToken,
    );
    expect(theirs.inventory.totalCount).toBe(0);
    const userAdmin = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'USER_ADMINISTRATOR',
    ]);
    expect(codeOf(await gql(system.gatewayUrl, INVENTORY, {}, userAdmin.accessToken))).toBe('FORBIDDEN');
    expect(codeOf(await gql(system.gatewayUrl, INVENTORY, {}))).toBe('UNAUTHENTICATED');
    const partnerView = await ok<{ inventory: { totalCount: number } }>(
      system.gatewayUrl,
      INVENTORY,
      { pa: agreement.purchasingAccount.id },
      partner.admin.accessToken,
    );
    expect(partnerView.inventory.totalCount).toBeGreaterThan(0);
  });

  it('INV-2 the dashboard shows the products that expire first and counts by status', async () => {
    const { system } = ctx;
    const data = await ok<{
      inventoryDashboard: Record<string, unknown> & { products: { productName: string }[] };
    }>(
      system.gatewayUrl,
      '{ inventoryDashboard(top: 2) { licenseCount subscriptionCount expiringSoonCount criticalCount expiredCount products { productName nextExpiration } } }',
      {},
      viewer.accessToken,
    );
    expect(data.inventoryDashboard.products).toHaveLength(2);
    expect(data.inventoryDashboard).toMatchObject({
      licenseCount: 3,
      subscriptionCount: 1,
      expiringSoonCount: 4,
      criticalCount: 0,
      expiredCount: 0,
    });
  });
});

describe('INV-2 statements per request', () => {
  it('INV-2 the dashboard and the inventory list cost the same statements for 10 and 5,000 licenses', async () => {
    const { system } = ctx;
    const org = (await registerCustomer(system)).admin;
    const claims = JSON.parse(Buffer.from(org.accessToken.split('.')[1]!, 'base64url').toString());
    const insert = async (n: number) => {
      const rows = Array.from({ length: n }, (_, i) => ({
        id: crypto.randomUUID(),
        organization_id: claims.organizationId,
        purchasing_account_id: 'pa-bulk',
        order_id: crypto.randomUUID(),
        order_number: `B-${i}`,
        order_line_number: 1,
        sku: i % 2 ? 'SQL-ENT' : 'WIN-SRV-DC',
        product_id: i % 2 ? 'sql-server' : 'windows-server',
        product_name: i % 2 ? 'SQL Server' : 'Windows Server',
        family: 'Servers',
        version: '2022',
        edition: i % 2 ? 'Enterprise' : 'Datacenter',
        quantity: 1,
        software_assurance: true,
        expires_on: `2027-0${1 + (i % 9)}-15`,
        status: 'ACTIVE',
        granted_at: new Date(),
      }));
      await insertRows(system.inventory.runtime.orm, 'license', rows);
    };
    const QUERY = '{ inventoryDashboard { licenseCount } inventory(first: 20) { totalCount } }';
    await insert(10);
    let small = 0;
    const with10 = await countStatements(system.inventory.runtime.orm, async () => {
      small = (
        await ok<{ inventoryDashboard: { licenseCount: number } }>(
          system.gatewayUrl,
          QUERY,
          {},
          org.accessToken,
        )
      ).inventoryDashboard.licenseCount;
    });
    await insert(4_990);
    let large = 0;
    const with5000 = await countStatements(system.inventory.runtime.orm, async () => {
      large = (
        await ok<{ inventoryDashboard: { licenseCount: number } }>(
          system.gatewayUrl,
          QUERY,
          {},
          org.accessToken,
        )
      ).inventoryDashboard.licenseCount;
    });
    expect([small, large]).toEqual([10, 5000]);
    console.log(
      `[INV-2] statements for dashboard + inventory list: ${with10} (10 licenses), ${with5000} (5,000 licenses)`,
    );
    expect(with5000).toBe(with10);
    // The dashboard: one statement over the totals kept on write; the list: licenses and subscriptions.
    expect(with10).toBe(3);
  });
});

describe('INV-1 INV-2 display names', () => {
  it('INV-1 INV-2 INV-6 licenses, subscriptions, editions, product keys and the catalog show product, version and edition once (displayName)', async () => {
    const { system } = ctx;
    const own = await partnerWithCustomer(system);
    const line = (kind: string, sku: string, quantity: number) => ({
      kind,
      sku,
      name: sku,
      quantity,
      listUnitPrice: usd(10_000),
    });
    await ok(
      system.gatewayUrl,
      PLACE_ORDER,
      {
        input: {
          purchasingAccountId: own.agreement.purchasingAccount.id,
          agreementId: own.agreement.id,
          type: 'NEW',
          purchaseOrderNumber: 'PO-NAMES',
          lines: [
            line('PRODUCT', 'OFFICE-LTSC-PP-2024', 3),
            line('PRODUCT', 'OFFICE-LTSC-STD-2024', 2),
            line('PRODUCT', 'SP-2019', 1),
            line('ONLINE_SERVICE', 'EXCHANGE-P1', 20),
          ],
        },
      },
      own.partner.admin.accessToken,
    );
    const NAMES = `query($pa: ID) { inventory(purchasingAccountId: $pa, first: 50) { edges { node { productName
      versions { editions { sku displayName licenses { displayName } subscriptions { displayName } } } } } } }`;
    type Names = {
      inventory: {
        edges: {
          node: {
            productName: string;
            versions: {
              editions: {
                sku: string;
                displayName: string;
                licenses: { displayName: string }[];
                subscriptions: { displayName: string }[];
              }[];
            }[];
          };
        }[];
      };
    };
    const pa = own.agreement.purchasingAccount.id;
    const token = own.customer.admin.accessToken;
    const editions = await eventually(
      system.settle,
      async () => {
        const data = await ok<Names>(system.gatewayUrl, NAMES, { pa }, token);
        const all = data.inventory.edges.flatMap((e) => e.node.versions.flatMap((v) => v.editions));
        return all.length === 4 ? all : null;
      },
      'the four items in inventory',
    );
    const bySku = Object.fromEntries(
      editions.map((e) => [
        e.sku,
        [
          e.displayName,
          ...e.licenses.map((l) => l.displayName),
          ...e.subscriptions.map((s) => s.displayName),
        ],
      ]),
    );
    expect(bySku).toEqual({
      'OFFICE-LTSC-PP-2024': ['Office LTSC 2024 Professional Plus', 'Office LTSC 2024 Professional Plus'],
      'OFFICE-LTSC-STD-2024': ['Office LTSC 2024 Standard', 'Office LTSC 2024 Standard'],
      'SP-2019': ['SharePoint Server 2019', 'SharePoint Server 2019'],
      'EXCHANGE-P1': ['Exchange Online (Plan 1)', 'Exchange Online (Plan 1)'],
    });

    const keys = await ok<{ productKeys: Edges<{ displayName: string }> }>(
      system.gatewayUrl,
      'query($pa: ID!) { productKeys(purchasingAccountId: $pa, first: 100) { edges { node { displayName } } } }',
      { pa },
      token,
    );
    expect(
      nodes(keys.productKeys)
        .map((k) => k.displayName)
        .sort(),
    ).toEqual(['Office LTSC 2024 Professional Plus', 'Office LTSC 2024 Standard', 'SharePoint Server 2019']);

    // The whole catalog: every edition and plan has a display name, none repeats a word.
    const catalog = await ok<{
      catalogProducts: {
        edges: {
          node: {
            versions: { editions: { displayName: string }[] }[];
            plans: { displayName: string }[];
          };
        }[];
      };
    }>(
      system.gatewayUrl,
      '{ catalogProducts(first: 100) { edges { node { versions { editions { displayName } } plans { displayName } } } } }',
      {},
      token,
    );
    const names = catalog.catalogProducts.edges.flatMap(({ node }) => [
      ...node.versions.flatMap((v) => v.editions.map((e) => e.displayName)),
      ...node.plans.map((p) => p.displayName),
    ]);
    expect(names.length).toBeGreaterThan(40);
    expect(names.filter(repeatsAWord)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});
