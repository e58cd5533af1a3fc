import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inventory } from '@bc/contracts';
import { inventoryService } from '@bc/inventory';
import { buildService, type Tx } from '@bc/platform';
import { reportingService } from '@bc/reporting';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { licenseChange } from '../harness/license-events.ts';
import { deleteScratchTopics, scratchPrefix } from '../harness/scratch-topics.ts';
import { createDatabases, databaseUrl, dropDatabases, KAFKA_BROKERS } from '../harness/system.ts';

/**
 * EVT-1/EVT-2 throughput: events committed to inventory's outbox, published by its relay, applied by
 * reporting's consumer (inbox + read model, PostgreSQL) — next to kafkajs producing and consuming
 * the same messages directly. ARCHITECTURE.md: ours at least 0.5× the direct figure.
 *   pnpm bench:events [events=5000]
 */
const EVENTS = Number(process.argv[2] ?? 5000);
for (const script of ['postgres.sh', 'kafka.sh'])
  execFileSync('bash', [fileURLToPath(new URL(`../infra/${script}`, import.meta.url)), 'up'], {
    stdio: 'ignore',
  });

const run = randomBytes(4).toString('hex');
const directPrefix = scratchPrefix('direct');
const prefixes: string[] = [directPrefix];
const dbs: string[] = [];
const url = databaseUrl;
const kafka = new Kafka({ clientId: 'bench', brokers: KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING });

const change = (i: number) => licenseChange(i, { organizationId: 'org-bench' });

/** kafkajs alone: produce in batches of 100 (acks all, idempotent), consume with eachMessage. */
async function direct(): Promise<number> {
  const topic = `${directPrefix}${inventory.licenseChanged.topic}`;
  const adminClient = kafka.admin();
  await adminClient.connect();
  await adminClient.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await adminClient.disconnect();
  const consumer = kafka.consumer({ groupId: `${directPrefix}group` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let consumed = 0;
  let done!: () => void;
  const all = new Promise<void>((r) => {
    done = r;
  });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachMessage: async () => {
      consumed += 1;
      if (consumed === EVENTS) done();
    },
  });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const start = performance.now();
  for (let i = 0; i < EVENTS; i += 100) {
    const messages = Array.from({ length: Math.min(100, EVENTS - i) }, (_, n) => {
      const e = change(i + n);
      return { key: e.key, value: JSON.stringify({ id: randomUUID(), ...e }) };
    });
    await producer.send({ topic, acks: -1, messages });
  }
  await all;
  const ms = performance.now() - start;
  await producer.disconnect();
  await consumer.disconnect();
  return ms;
}

/**
 * Ours, through inventory's outbox, relay and Kafka into reporting's consumer (inbox + read model).
 * `live`: 100 transactions of 50 events each while the relay and consumer run — the time includes
 * the commits. `backlog`: the same events committed first with the relay stopped, then the relay
 * started — the time is outbox → Kafka → consumer alone, the part kafkajs direct stands for.
 */
async function ours(mode: 'live' | 'backlog'): Promise<{ ms: number; p50: number; p99: number }> {
  const [inventoryDb, reportingDb] = [`bc_bench_ev_${mode}_inv_${run}`, `bc_bench_ev_${mode}_rep_${run}`];
  dbs.push(inventoryDb, reportingDb);
  await createDatabases([inventoryDb, reportingDb]);
  const prefix = scratchPrefix(`ours-${mode}`);
  prefixes.push(prefix);
  const env = (db: string) => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'fatal',
    BC_DATABASE_URL: url(db),
    BC_EVENTS: 'kafka',
    BC_KAFKA_BROKERS: KAFKA_BROKERS,
    BC_TOPIC_PREFIX: prefix,
    BC_SUBGRAPH_SECRET: randomBytes(32).toString('base64url'),
  });
  const inv = await buildService(inventoryService, { env: env(inventoryDb) });
  const rep = await buildService(reportingService, { env: env(reportingDb) });
  await inv.start({ port: 0 });
  await rep.start({ port: 0 });
  if (mode === 'backlog') await inv.runtime.relay.stop();
  const committedAt = new Map<string, number>();
  let start = performance.now();
  try {
    for (let i = 0; i < EVENTS; i += 50) {
      // Key (the license) and tenant (org-bench) come from the contract.
      const work = async ({ emit }: Pick<Tx, 'emit'>) =>
        Array.from(
          { length: Math.min(50, EVENTS - i) },
          (_, n) => emit(inventory.licenseChanged, change(i + n).payload).id,
        );
      // Backlog: a plain transaction with the outbox's emit, so nothing wakes the stopped relay.
      const ids =
        mode === 'live'
          ? await inv.runtime.tx(work)
          : await inv.runtime.orm.em
              .fork()
              .transactional((em) => work({ emit: inv.runtime.outbox.emitter(em) }));
      const now = Date.now();
      for (const id of ids) committedAt.set(id, now);
    }
    const committedMs = performance.now() - start;
    if (mode === 'backlog') {
      start = performance.now();
      const released = Date.now();
      for (const id of committedAt.keys()) committedAt.set(id, released);
      inv.runtime.relay.start();
    }
    const outbox = new pg.Client({ connectionString: url(inventoryDb) });
    await outbox.connect();
    while (
      (await outbox.query('select count(*)::int as n from outbox_message where published_at is null')).rows[0]
        .n > 0
    )
      await new Promise((r) => setTimeout(r, 10));
    const publishedMs = performance.now() - start;
    await outbox.end();
    const client = new pg.Client({ connectionString: url(reportingDb) });
    await client.connect();
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      const { rows } = await client.query('select count(*)::int as n from rm_license');
      if (rows[0].n >= EVENTS) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const ms = performance.now() - start;
    const { rows } = await client.query(
      "select event_id, processed_at from processed_event where consumer = 'reporting-g1'",
    );
    await client.end();
    const lags = rows
      .map(
        (r: { event_id: string; processed_at: Date }) =>
          r.processed_at.getTime() - committedAt.get(r.event_id)!,
      )
      .sort((a: number, b: number) => a - b);
    console.log(
      mode === 'live'
        ? `  (live: all committed after ${committedMs.toFixed(0)} ms, all published after ${publishedMs.toFixed(0)} ms)`
        : `  (backlog: committed in ${committedMs.toFixed(0)} ms before the relay started; all published ${publishedMs.toFixed(0)} ms after it started)`,
    );
    return { ms, p50: lags[Math.floor(lags.length / 2)]!, p99: lags[Math.floor(lags.length * 0.99)]! };
  } finally {
    await rep.stop();
    await inv.stop();
  }
}

try {
  const directMs = await direct();
  const live = await ours('live');
  const backlog = await ours('backlog');
  const rate = (ms: number) => (EVENTS * 1000) / ms;
  console.log(`${EVENTS} events, Kafka 3 partitions, PostgreSQL:`);
  console.log(
    `  kafkajs direct (produce + consume, no database): ${directMs.toFixed(0)} ms, ${rate(directMs).toFixed(0)} events/s`,
  );
  console.log(
    `  ours, backlog (outbox → relay → Kafka → consumer inbox + read model): ${backlog.ms.toFixed(0)} ms, ${rate(backlog.ms).toFixed(0)} events/s, lag p50 ${backlog.p50} ms p99 ${backlog.p99} ms`,
  );
  console.log(
    `  ours, live (100 commits of 50 events while it runs): ${live.ms.toFixed(0)} ms, ${rate(live.ms).toFixed(0)} events/s, lag from commit p50 ${live.p50} ms p99 ${live.p99} ms`,
  );
  console.log(
    `  ratio ours/direct: backlog ${(rate(backlog.ms) / rate(directMs)).toFixed(2)} (target >= 0.5), live ${(rate(live.ms) / rate(directMs)).toFixed(2)}`,
  );
} finally {
  await dropDatabases(dbs);
  for (const prefix of prefixes) await deleteScratchTopics(prefix);
}
