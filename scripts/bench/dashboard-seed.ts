import { randomUUID } from 'node:crypto';
import {
  type AgreementView,
  addUserAndSignIn,
  createPartner,
  ok,
  type Portal,
  registerCustomer,
  type Session,
  signedAgreement,
} from '@bc/system/flows';
import { insertRows } from '../harness/statements.ts';
import type { RunningSystem } from '../harness/system.ts';

/**
 * The dashboard benchmarks' organization of realistic size (a partner, a customer it serves, 5
 * purchasing accounts from signed agreements, 200 users, 5,000 licenses, 2,000 orders), seeded
 * against either the in-process system (`dashboard-vs-hive.ts`) or the services in their own
 * processes (`dashboard-processes.ts`). Organizations, agreements and users go through the gateway;
 * licenses, covered licenses and orders are bulk-inserted straight into the services' tables.
 */

/** The portal's dashboard: organization, purchasing accounts, recent orders, inventory, benefits (4 subgraphs). */
export const DASHBOARD = `{
  me { id workAccount organization { id name } }
  purchasingAccounts(first: 10) { totalCount edges { node { id number name location } } }
  orders(first: 10) { totalCount edges { node { number type status orderedAt total { amount currency } } } }
  inventoryDashboard { licenseCount expiringSoonCount criticalCount expiredCount
    products { productName nextExpiration expiryStatus } }
  benefitGroups { productGroup benefits { benefit { code } entitled used available } }
}`;

export type BulkService = 'inventory' | 'benefits' | 'agreements';

/** A running system the seed can reach: the gateway and mail (Portal) plus the services' databases. */
export interface SeedTarget extends Portal {
  /** Inserts rows straight into one service's table. */
  insertRows(service: BulkService, table: string, rows: Record<string, unknown>[]): Promise<void>;
  /** Whether agreements has learnt (from accounts' event) that the partner serves the customer. */
  customerLinked(partnerId: string, customerId: string): Promise<boolean>;
}

/** The in-process system (scripts/harness/system.ts) as a seed target. */
export function inProcessTarget(system: RunningSystem): SeedTarget {
  return {
    gatewayUrl: system.gatewayUrl,
    waitForMail: system.waitForMail,
    operatorWorkAccount: system.operatorWorkAccount,
    operatorPassword: system.operatorPassword,
    platformDomain: system.platformDomain,
    insertRows: (service, table, rows) => insertRows(system[service].runtime.orm, table, rows),
    async customerLinked(partnerId, customerId) {
      await system.settle();
      const rows = await system.agreements.runtime.orm.em
        .fork()
        .getConnection()
        .execute<unknown[]>(
          'select 1 from customer_link where partner_organization_id = ? and customer_organization_id = ?',
          [partnerId, customerId],
        );
      return rows.length > 0;
    },
  };
}

export interface SeededOrganization {
  partner: Awaited<ReturnType<typeof createPartner>>;
  customer: Awaited<ReturnType<typeof registerCustomer>>;
  accounts: AgreementView[];
  /** The customer's users (ACCOUNT_VIEWER), signed in. */
  users: Session[];
  licenseCount: number;
  orderCount: number;
}

export async function seedDashboardOrganization(
  target: SeedTarget,
  options: { users?: number; licenses?: number; orders?: number; accounts?: number } = {},
): Promise<SeededOrganization> {
  const userCount = options.users ?? 200;
  const licenseCount = options.licenses ?? 5000;
  const orderCount = options.orders ?? 2000;
  const accountCount = options.accounts ?? 5;

  const partner = await createPartner(target);
  const customer = await registerCustomer(target, { partnerOrganizationId: partner.organizationId });
  const deadline = Date.now() + 20_000;
  while (!(await target.customerLinked(partner.organizationId, customer.organizationId))) {
    if (Date.now() > deadline) throw new Error('customer link never arrived in agreements');
    await new Promise((r) => setTimeout(r, 100));
  }
  const accounts: AgreementView[] = [];
  for (let i = 0; i < accountCount; i++)
    accounts.push(
      await signedAgreement(
        target,
        partner.admin.accessToken,
        customer.organizationId,
        customer.admin.accessToken,
      ),
    );
  const users: Session[] = [];
  for (let i = 0; i < userCount; i += 4)
    users.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(4, userCount - i) }, () =>
          addUserAndSignIn(target, customer.admin.accessToken, customer.domain, ['ACCOUNT_VIEWER']),
        ),
      )),
    );

  const org = customer.organizationId;
  const licenses = Array.from({ length: licenseCount }, (_, i) =>
    licenseRow(i, org, accounts[i % accountCount]!.purchasingAccount.id),
  );
  await target.insertRows('inventory', 'license', licenses);
  await target.insertRows(
    'benefits',
    'covered_license',
    licenses.map((l) => ({
      license_id: l.id,
      organization_id: org,
      purchasing_account_id: l.purchasing_account_id,
      family: l.family,
      quantity: l.quantity,
      software_assurance: true,
      active: true,
      expires_on: l.expires_on,
    })),
  );
  await target.insertRows(
    'agreements',
    'customer_order',
    Array.from({ length: orderCount }, (_, i) => {
      const account = accounts[i % accountCount]!;
      return {
        id: randomUUID(),
        number: `BENCH-${String(i).padStart(6, '0')}`,
        organization_id: org,
        partner_organization_id: partner.organizationId,
        purchasing_account_id: account.purchasingAccount.id,
        purchasing_account_number: account.purchasingAccount.number,
        agreement_id: account.id,
        agreement_number: account.number,
        type: 'NEW',
        status: 'PLACED',
        purchase_order_number: `PO-${i}`,
        ordered_at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000),
        lines: JSON.stringify([]),
        total_minor: 1000 * (i + 1),
        currency: 'USD',
      };
    }),
  );
  const check = await ok<{ inventoryDashboard: { licenseCount: number }; orders: { totalCount: number } }>(
    target.gatewayUrl,
    DASHBOARD,
    {},
    customer.admin.accessToken,
  );
  return {
    partner,
    customer,
    accounts,
    users,
    licenseCount: check.inventoryDashboard.licenseCount,
    orderCount: check.orders.totalCount,
  };
}

/** Products the benchmark licenses cycle through: SKU, product id, product name, edition, family. */
const BENCH_SKUS = [
  ['SQL-ENT', 'sql-server', 'SQL Server', 'Enterprise', 'Servers'],
  ['WIN-SRV-DC', 'windows-server', 'Windows Server', 'Datacenter', 'Servers'],
  [
    'OFFICE-LTSC-PP-2024',
    'office-ltsc',
    'Office LTSC Professional Plus',
    'Professional Plus',
    'Applications',
  ],
] as const;

/** The i-th benchmark license as a row of inventory's `license` table (bulk-inserted, no events). */
export function licenseRow(i: number, organizationId: string, purchasingAccountId: string) {
  const [sku, productId, productName, edition, family] = BENCH_SKUS[i % BENCH_SKUS.length]!;
  return {
    id: randomUUID(),
    organization_id: organizationId,
    purchasing_account_id: purchasingAccountId,
    order_id: randomUUID(),
    order_number: `B-${i}`,
    order_line_number: 1,
    sku,
    product_id: productId,
    product_name: productName,
    family,
    version: '2024',
    edition,
    quantity: 1 + (i % 7),
    software_assurance: true,
    expires_on: `2027-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    status: 'ACTIVE',
    granted_at: new Date(),
  };
}
