import { ok, signIn } from '@bc/system/flows';
import { licenseChange } from '../../harness/license-events.ts';
import { insertRows } from '../../harness/statements.ts';
import type { RunningSystem } from '../../harness/system.ts';

/**
 * Gives a customer `count` more licenses in the reporting read model (`rm_license`), so a report can
 * pass the 10,000-record limit. Each row is what reporting's projection writes for the synthetic
 * `inventory.license.changed.v1` of `scripts/harness/license-events.ts` (SQL Server Enterprise, SA,
 * active), for the customer's first purchasing account, inserted in batches like `pnpm bench:export`.
 * Written straight into the read model, not published: on the shared transport every license event
 * also reaches benefits (covered licenses, entitlements, one transaction and more events each), which
 * took minutes for 10,050 events and changed the demo's benefits; this takes about a second. Inventory
 * and benefits are untouched, so only the reports grow. Returns the rows' organization and account.
 */
export async function loadLicenseReportRows(
  system: RunningSystem,
  workAccount: string,
  password: string,
  count: number,
): Promise<{ organizationId: string; purchasingAccountNumber: string }> {
  const session = await signIn(system, workAccount, password);
  const data = await ok<{
    me: { organization: { id: string } };
    purchasingAccounts: { edges: { node: { id: string; number: string } }[] };
  }>(
    system.gatewayUrl,
    'query { me { organization { id } } purchasingAccounts(first: 1) { edges { node { id number } } } }',
    {},
    session.accessToken,
  );
  const organizationId = data.me.organization.id;
  const account = data.purchasingAccounts.edges[0]?.node;
  if (!account) throw new Error(`${workAccount} has no purchasing account to load report rows into`);
  const rows = Array.from({ length: count }, (_, i) => {
    const { payload: p } = licenseChange(i, { organizationId, purchasingAccountId: account.id });
    return {
      id: p.licenseId,
      organization_id: p.organizationId,
      purchasing_account_id: p.purchasingAccountId,
      sku: p.sku,
      product_name: p.productName,
      family: p.family,
      quantity: p.quantity,
      software_assurance: p.softwareAssurance,
      status: p.status,
      expires_on: p.expiresOn,
    };
  });
  await insertRows(system.services.reporting.runtime.orm, 'rm_license', rows);
  return { organizationId, purchasingAccountNumber: account.number };
}
