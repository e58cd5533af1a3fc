import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { GATEWAY_TOKEN_HEADER, identityFromClaims, signIdentityToken, subgraphKey } from '@bc/platform';
import { ok } from '@bc/system/flows';
import autocannon from 'autocannon';
import { startSystem } from '../harness/system.ts';
import { supergraphPath } from '../lib/supergraph.ts';
import { DASHBOARD, inProcessTarget, seedDashboardOrganization } from './dashboard-seed.ts';
import { createHivePeer, supergraphWithUrls } from './hive-peer.ts';

/**
 * The portal's dashboard (organization, purchasing accounts, recent orders, inventory summary,
 * benefits: four subgraphs) through our gateway and through @graphql-hive/gateway (its runtime) on the
 * same subgraphs and supergraph (scripts/bench/hive-peer.ts, JavaScript planner), alternating, on PostgreSQL + Kafka with a seeded organization of
 * realistic size (5 purchasing accounts, 5,000 licenses, 200 users, 2,000 orders).
 *   pnpm bench:dashboard [seconds per round] [connections] [rounds] [users]
 * Both gateways verify the user's JWT against the accounts JWKS and sign the per-subgraph identity.
 */
const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 10);
const rounds = Number(process.argv[4] ?? 2);
const userCount = Number(process.argv[5] ?? 200);

const system = await startSystem({ tier: 'system', logLevel: 'error' });
const hiveServer = createServer();
try {
  // ----------------------------------------------------------------- seed
  const seeded = await seedDashboardOrganization(inProcessTarget(system), { users: userCount });
  const token = seeded.customer.admin.accessToken;
  console.log(
    `seeded: ${seeded.accounts.length} purchasing accounts, ${seeded.licenseCount} licenses, ${seeded.users.length} users, ${seeded.orderCount} orders`,
  );

  // ----------------------------------------------------------------- the peer gateway
  const urls: Record<string, string> = {
    accounts: system.urlOf('accounts'),
    agreements: system.urlOf('agreements'),
    inventory: system.urlOf('inventory'),
    benefits: system.urlOf('benefits'),
    reporting: system.urlOf('reporting'),
    notifications: system.urlOf('notifications'),
  };
  const hive = createHivePeer({
    supergraph: supergraphWithUrls(
      readFileSync(supergraphPath, 'utf8'),
      Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, `${url}/graphql`])),
    ),
    jwksUrl: `${system.urlOf('accounts')}/.well-known/jwks.json`,
    issuer: system.accounts.config.BC_JWT_ISSUER,
    audience: system.accounts.config.BC_JWT_AUDIENCE,
    subgraphSecret: system.subgraphSecret,
    planner: 'js',
    clock: system.clock,
  });
  hiveServer.on('request', hive);
  await new Promise<void>((r) => hiveServer.listen(0, '127.0.0.1', r));
  const hiveUrl = `http://127.0.0.1:${(hiveServer.address() as { port: number }).port}/graphql`;
  const fromHive = await ok<{ inventoryDashboard: { licenseCount: number } }>(hiveUrl, DASHBOARD, {}, token);
  if (fromHive.inventoryDashboard.licenseCount !== seeded.licenseCount)
    throw new Error('the peer gateway answers differently');

  // ----------------------------------------------------------------- measure, alternating
  const body = JSON.stringify({ query: DASHBOARD });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const results: Record<string, { rps: number[]; p50: number[]; p99: number[]; errors: number }> = {
    ours: { rps: [], p50: [], p99: [], errors: 0 },
    hive: { rps: [], p50: [], p99: [], errors: 0 },
  };
  // The subgraph work of the plan: its four fetches, sent straight to the subgraphs in parallel.
  const identityUser = identityFromClaims(
    JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()),
  );
  const parts: [string, string][] = [
    ['accounts', '{ me { id workAccount organization { id name } } }'],
    [
      'agreements',
      '{ purchasingAccounts(first: 10) { totalCount edges { node { id number name location } } } orders(first: 10) { totalCount edges { node { number type status orderedAt total { amount currency } } } } }',
    ],
    [
      'inventory',
      '{ inventoryDashboard { licenseCount expiringSoonCount criticalCount expiredCount products { productName nextExpiration expiryStatus } } }',
    ],
    ['benefits', '{ benefitGroups { productGroup benefits { benefit { code } entitled used available } } }'],
  ];
  const subgraphWork = () =>
    Promise.all(
      parts.map(async ([name, query]) => {
        const key = subgraphKey(system.subgraphSecret, name);
        const res = await fetch(`${urls[name]}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [GATEWAY_TOKEN_HEADER]: await signIdentityToken(key, name, {
              user: identityUser,
              requestId: randomUUID(),
            }),
          },
          body: JSON.stringify({ query }),
        });
        const json = (await res.json()) as { errors?: unknown };
        if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
      }),
    );
  /** Like autocannon: `connections` workers for `seconds`, each repeating the plan's fetches. */
  async function direct(): Promise<{ rps: number; p50: number }> {
    const latencies: number[] = [];
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < end) {
          const t = performance.now();
          await subgraphWork();
          latencies.push(performance.now() - t);
        }
      }),
    );
    latencies.sort((x, y) => x - y);
    return { rps: latencies.length / seconds, p50: latencies[Math.floor(latencies.length / 2)]! };
  }
  const directRuns: { rps: number; p50: number }[] = [];
  let peakRss = 0;
  const rssTimer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of [
      ['ours', system.gatewayUrl],
      ['hive', hiveUrl],
    ] as const) {
      const r = await autocannon({ url, method: 'POST', headers, body, duration: seconds, connections });
      results[name]!.rps.push(r.requests.average);
      results[name]!.p50.push(r.latency.p50);
      results[name]!.p99.push(r.latency.p99);
      results[name]!.errors += r.errors + r.non2xx;
    }
    directRuns.push(await direct());
  }
  clearInterval(rssTimer);
  const avg = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
  console.log(
    `\ndashboard (4 subgraphs), ${rounds} alternating rounds of ${seconds} s, ${connections} connections:`,
  );
  for (const [name, r] of Object.entries(results))
    console.log(
      `  ${name.padEnd(5)} req/s ${avg(r.rps).toFixed(0).padStart(5)}  p50 ${avg(r.p50).toFixed(0).padStart(3)} ms  p99 ${avg(r.p99).toFixed(0).padStart(4)} ms  errors ${r.errors}`,
    );
  console.log(
    `  ratio ours/hive (req/s): ${(avg(results.ours!.rps) / avg(results.hive!.rps)).toFixed(2)} (target >= 1.0)`,
  );
  const directP50 = avg(directRuns.map((d) => d.p50));
  const directRps = avg(directRuns.map((d) => d.rps));
  console.log(
    `  the plan's fetches sent straight to the subgraphs: req/s ${directRps.toFixed(0)}  p50 ${directP50.toFixed(0)} ms; gateway cost: p50 through ours / p50 direct ${(avg(results.ours!.p50) / directP50).toFixed(2)} (target <= 1.5), req/s direct / ours ${(directRps / avg(results.ours!.rps)).toFixed(2)}`,
  );
  console.log(
    `  peak RSS of this process (every service, both gateways): ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
  );
} finally {
  hiveServer.close();
  await system.stop();
}
