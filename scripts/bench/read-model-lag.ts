import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inventory } from '@bc/contracts';
import { buildService } from '@bc/platform';
import { reportingService } from '@bc/reporting';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { licenseChangedMessage } from '../harness/license-events.ts';
import { deleteScratchTopics, scratchPrefix } from '../harness/scratch-topics.ts';
import { createDatabases, databaseUrl, dropDatabases, KAFKA_BROKERS } from '../harness/system.ts';

/**
 * REP-6 read-model lag: a burst of events published on Kafka, and the time from each event's
 * publication to its row being committed in reporting's read model (PostgreSQL), at p50/p99.
 *   pnpm bench:read-model-lag [events=5000]
 */
const EVENTS = Number(process.argv[2] ?? 5000);
for (const script of ['postgres.sh', 'kafka.sh'])
  execFileSync('bash', [fileURLToPath(new URL(`../infra/${script}`, import.meta.url)), 'up'], {
    stdio: 'ignore',
  });

const run = randomBytes(4).toString('hex');
const db = `bc_bench_lag_${run}`;
const prefix = scratchPrefix('lag');
await createDatabases([db]);
const url = databaseUrl(db);
const reporting = await buildService(reportingService, {
  env: {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    BC_DATABASE_URL: url,
    BC_EVENTS: 'kafka',
    BC_KAFKA_BROKERS: KAFKA_BROKERS,
    BC_TOPIC_PREFIX: prefix,
    BC_SUBGRAPH_SECRET: randomBytes(32).toString('base64url'),
  },
});
const kafka = new Kafka({ clientId: 'bench', brokers: KAFKA_BROKERS.split(','), logLevel: logLevel.ERROR });
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
try {
  // Listening as in production (stopping also closes the HTTP server).
  await reporting.start({ port: 0 });
  await producer.connect();
  const published = new Map<string, number>();
  const started = Date.now();
  for (let i = 0; i < EVENTS; i += 500) {
    const messages = Array.from({ length: Math.min(500, EVENTS - i) }, (_, n) =>
      licenseChangedMessage(i + n, { organizationId: 'org-bench' }),
    );
    const sentAt = Date.now();
    await producer.send({ topic: `${prefix}${inventory.licenseChanged.topic}`, acks: -1, messages });
    for (const m of messages) published.set(m.id, sentAt);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const deadline = Date.now() + 300_000;
  let rows: { event_id: string; processed_at: Date }[] = [];
  for (;;) {
    const count = await client.query('select count(*)::int as n from rm_license');
    if (count.rows[0].n >= EVENTS || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  rows = (
    await client.query("select event_id, processed_at from processed_event where consumer = 'reporting-g1'")
  ).rows;
  await client.end();
  const lags = rows.map((r) => r.processed_at.getTime() - published.get(r.event_id)!).sort((a, b) => a - b);
  const at = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))]!;
  const last = Math.max(...rows.map((r) => r.processed_at.getTime()));
  console.log(
    `Read-model lag, ${rows.length}/${EVENTS} events (inventory.license.changed on Kafka → reporting's rm_license on PostgreSQL):`,
  );
  console.log(
    `  p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${lags.at(-1)} ms; throughput ${((rows.length * 1000) / (last - started)).toFixed(0)} events/s`,
  );
} finally {
  await producer.disconnect();
  await reporting.stop();
  await dropDatabases([db]);
  await deleteScratchTopics(prefix);
}
