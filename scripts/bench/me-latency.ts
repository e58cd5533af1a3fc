import { identityFromClaims, signGatewayToken } from '@bc/platform';
import autocannon from 'autocannon';
import { startSystem, type Tier } from '../harness/system.ts';
import { registerCustomer } from '../scenarios/support/flows.ts';

/**
 * Gateway → subgraph latency of `me` (ACC-8) at p50/p99 with autocannon, next to the same query
 * sent straight to the accounts subgraph (the subgraph's own work), so the gateway's cost shows.
 *   pnpm bench:me [fast|system] [seconds] [connections]
 */
const tier = (process.argv[2] ?? 'fast') as Exclude<Tier, 'embedded'>;
const duration = Number(process.argv[3] ?? 10);
const connections = Number(process.argv[4] ?? 10);

const system = await startSystem({ tier, logLevel: 'error' });
try {
  const customer = await registerCustomer(system);
  const body = JSON.stringify({
    query: '{ me { id workAccount roles permissions organization { id name } } }',
  });
  const claims = JSON.parse(Buffer.from(customer.admin.accessToken.split('.')[1]!, 'base64url').toString());
  const identity = { user: identityFromClaims(claims), requestId: 'bench' };

  async function run(title: string, url: string, headers: Record<string, string>) {
    const check = await fetch(url, { method: 'POST', headers, body });
    const json = (await check.json()) as { errors?: unknown };
    if (json.errors) throw new Error(`${title}: ${JSON.stringify(json.errors)}`);
    const result = await autocannon({ url, method: 'POST', headers, body, duration, connections });
    const line = `${title.padEnd(26)} req/s ${result.requests.average.toFixed(0).padStart(6)}  p50 ${String(result.latency.p50).padStart(4)} ms  p99 ${String(result.latency.p99).padStart(4)} ms  errors ${result.errors + result.non2xx}`;
    console.log(line);
    return result;
  }

  console.log(`me latency, tier ${tier}, ${duration} s, ${connections} connections, node ${process.version}`);
  const viaGateway = await run('through the gateway', system.gatewayUrl, {
    'content-type': 'application/json',
    authorization: `Bearer ${customer.admin.accessToken}`,
  });
  const direct = await run('accounts subgraph directly', `${system.accountsUrl}/graphql`, {
    'content-type': 'application/json',
    // Signed just before the run: gateway tokens live 60 s.
    'x-bc-gateway-token': await signGatewayToken(system.subgraphSecret, 'accounts', identity),
  });
  console.log(
    `gateway overhead: p50 +${viaGateway.latency.p50 - direct.latency.p50} ms, throughput ratio ${(viaGateway.requests.average / direct.requests.average).toFixed(2)}`,
  );
} finally {
  await system.stop();
}
