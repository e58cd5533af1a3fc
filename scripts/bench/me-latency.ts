import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { identityFromClaims, signGatewayToken } from '@bc/platform';
import { registerCustomer } from '@bc/system/flows';
import autocannon from 'autocannon';
import { startSystem, type Tier } from '../harness/system.ts';

/**
 * Gateway → subgraph latency of `me` (ACC-8) at p50/p99 with autocannon, next to the same query
 * sent straight to the accounts subgraph (the subgraph's own work), so the gateway's cost shows.
 * Then the gateway's caches (GW-4): the same operations sent one at a time with the validated
 * document and query plan cached (warm) and as a new document each time (cold: parse, limits,
 * validation and planning again), and the hit rates `/metrics` counted over the whole run.
 *   pnpm bench:me [fast|system] [seconds] [connections] [--otlp]
 */
const tier = (process.argv[2] ?? 'fast') as Exclude<Tier, 'embedded'>;
const duration = Number(process.argv[3] ?? 10);
const connections = Number(process.argv[4] ?? 10);

// OPS-1: `--otlp` traces every request and exports it over OTLP/HTTP to a loopback sink that answers
// 200 (a collector that costs nothing), to compare against the default (tracing off).
const otlp = process.argv.includes('--otlp');
let exports = 0;
let exportedBytes = 0;
const sink = otlp
  ? createServer((req, res) => {
      req.on('data', (chunk: Buffer) => {
        exportedBytes += chunk.length;
      });
      req.on('end', () => {
        exports += 1;
        res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
      });
    })
  : null;
if (sink) await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
const otlpEnv: Record<string, string> = sink
  ? {
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`,
    }
  : {};
const system = await startSystem({ tier, logLevel: 'error', env: otlpEnv });
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

  console.log(
    `me latency, tier ${tier}, ${duration} s, ${connections} connections, node ${process.version}, tracing ${otlp ? 'on (OTLP to a loopback sink)' : 'off'}`,
  );
  const viaGateway = await run('through the gateway', system.gatewayUrl, {
    'content-type': 'application/json',
    authorization: `Bearer ${customer.admin.accessToken}`,
  });
  const direct = await run('accounts subgraph directly', `${system.urlOf('accounts')}/graphql`, {
    'content-type': 'application/json',
    // Signed just before the run: gateway tokens live 60 s.
    'x-bc-gateway-token': await signGatewayToken(system.subgraphSecret, 'accounts', identity),
  });
  console.log(
    `gateway overhead: p50 +${viaGateway.latency.p50 - direct.latency.p50} ms, throughput ratio ${(viaGateway.requests.average / direct.requests.average).toFixed(2)}`,
  );

  /** Hits and misses of the gateway's two caches so far, from its `/metrics`. */
  async function cacheCounts() {
    const metrics = await (await fetch(system.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
    const count = (cache: string, result: string) =>
      Number(
        metrics.match(
          new RegExp(`gateway_cache_lookups_total\\{cache="${cache}",result="${result}"[^}]*\\} (\\d+)`),
        )?.[1] ?? 0,
      );
    return Object.fromEntries(
      ['document', 'query_plan'].map((c) => [c, { hits: count(c, 'hit'), misses: count(c, 'miss') }]),
    );
  }
  for (const [cache, { hits, misses }] of Object.entries(await cacheCounts()))
    console.log(
      `${cache} cache under the load above: ${hits} hits, ${misses} misses, hit rate ${((100 * hits) / (hits + misses)).toFixed(2)}%`,
    );

  const gatewayHeaders = {
    'content-type': 'application/json',
    authorization: `Bearer ${customer.admin.accessToken}`,
  };
  /** One request; `cold` makes it a new document (a comment changes its hash): parse, limits, validation, plan. */
  async function timed(query: string, cold: boolean): Promise<number> {
    const text = cold ? `${query}\n# ${Math.random()}` : query;
    const started = performance.now();
    const res = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: gatewayHeaders,
      body: JSON.stringify({ query: text }),
    });
    const json = (await res.json()) as { errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return performance.now() - started;
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const operations = {
    me: '{ me { id workAccount roles permissions organization { id name } } }',
    'portal home (4 subgraphs)': `{ me { id workAccount organization { id name } }
      inventoryDashboard { licenseCount expiringSoonCount products { productName versions { version editions { edition quantity } } } }
      purchasingAccounts(first: 20) { totalCount edges { node { id number agreements { number } } } }
      benefitGroups { productGroup } }`,
  };
  // Pairs of one warm and one cold request, in alternating order, so load on the machine hits both alike.
  const pairs = 400;
  console.log(`\ncaches, one request at a time (${pairs} warm/cold pairs each):`);
  for (const [name, query] of Object.entries(operations)) {
    for (let i = 0; i < 20; i++) await timed(query, false); // warm-up
    const warm: number[] = [];
    const cold: number[] = [];
    const saved: number[] = [];
    for (let i = 0; i < pairs; i++) {
      let w: number;
      let c: number;
      if (i % 2) {
        w = await timed(query, false);
        c = await timed(query, true);
      } else {
        c = await timed(query, true);
        w = await timed(query, false);
      }
      warm.push(w);
      cold.push(c);
      saved.push(c - w);
    }
    console.log(
      `${name.padEnd(26)} warm p50 ${median(warm).toFixed(2)} ms  cold p50 ${median(cold).toFixed(2)} ms  caches save ${median(saved).toFixed(2)} ms/request (median of pair differences)`,
    );
  }
  if (sink)
    console.log(
      `\nOTLP: ${exports} export requests, ${(exportedBytes / 1024 / 1024).toFixed(1)} MiB of spans`,
    );
} finally {
  await system.stop();
  sink?.close();
}
