import { ok, registerCustomer } from '@bc/system/flows';
import autocannon from 'autocannon';
import { countStatements, insertRows } from '../harness/statements.ts';
import { startSystem, type Tier } from '../harness/system.ts';
import { licenseRow } from './dashboard-seed.ts';

/**
 * The inventory dashboard through the gateway: SQL statements per request for 10 and 5,000
 * licenses (constant), and p50/p99 at each size with autocannon.
 *   pnpm bench:inventory [fast|system] [seconds] [connections]
 */
const tier = (process.argv[2] ?? 'fast') as Exclude<Tier, 'embedded'>;
const duration = Number(process.argv[3] ?? 10);
const connections = Number(process.argv[4] ?? 10);
const QUERY = `{ inventoryDashboard { licenseCount expiringSoonCount criticalCount expiredCount
  products { productName nextExpiration expiryStatus versions { version editions { edition quantity expiryStatus } } } } }`;

const system = await startSystem({ tier, logLevel: 'error' });
try {
  const customer = await registerCustomer(system);
  const organizationId = JSON.parse(
    Buffer.from(customer.admin.accessToken.split('.')[1]!, 'base64url').toString(),
  ).organizationId;
  let inserted = 0;
  const grow = async (to: number) => {
    const rows = Array.from({ length: to - inserted }, (_, n) =>
      licenseRow(inserted + n, organizationId, `pa-${(inserted + n) % 4}`),
    );
    await insertRows(system.inventory.runtime.orm, 'license', rows);
    inserted = to;
  };
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${customer.admin.accessToken}`,
  };
  console.log(
    `inventory dashboard through the gateway, tier ${tier}, ${duration} s, ${connections} connections`,
  );
  for (const size of [10, 5000]) {
    await grow(size);
    // Let requests still in flight from the previous run finish, so they do not count here.
    await new Promise((r) => setTimeout(r, 3000));
    const statements = await countStatements(system.inventory.runtime.orm, () =>
      ok(system.gatewayUrl, QUERY, {}, customer.admin.accessToken),
    );
    const result = await autocannon({
      url: system.gatewayUrl,
      method: 'POST',
      headers,
      body: JSON.stringify({ query: QUERY }),
      duration,
      connections,
    });
    console.log(
      `${String(size).padStart(5)} licenses: ${statements} SQL statements/request  req/s ${result.requests.average.toFixed(0)}  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}`,
    );
  }
} finally {
  await system.stop();
}
