import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { benefitsService } from '@bc/benefits';
import { benefits as benefitEvents, inventory } from '@bc/contracts';
import { buildService } from '@bc/platform';
import { serviceNames } from '@bc/system';
import { codeOf, gql, ok, registerCustomer } from '@bc/system/flows';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { licenseChangedMessage } from '../harness/license-events.ts';
import { deleteScratchTopics, scratchPrefix } from '../harness/scratch-topics.ts';
import {
  createDatabases,
  databaseUrl,
  dropDatabases,
  KAFKA_BROKERS,
  type RunningSystem,
  startSystem,
} from '../harness/system.ts';

/**
 * Faults against the real broker and PostgreSQL (EVT-1, EVT-2, NOT-5): the broker stopped in the
 * middle of a burst, a process killed between commit and publish, a consumer killed in the middle
 * of a batch. Run alone after the system tier (`pnpm test:faults`): they stop the shared broker.
 */
const kafkaScript = fileURLToPath(new URL('../infra/kafka.sh', import.meta.url));
const kafkaCtl = (command: 'up' | 'down') =>
  execFileSync('bash', [kafkaScript, command], { stdio: 'ignore' });
const children: ChildProcess[] = [];
const databases: string[] = [];
const prefixes: string[] = [];

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  kafkaCtl('up');
  await dropDatabases(databases);
  for (const prefix of prefixes) await deleteScratchTopics(prefix);
});

function freshPrefix(): string {
  const prefix = scratchPrefix('fault');
  prefixes.push(prefix);
  return prefix;
}

async function freshDatabase(name: string): Promise<string> {
  const db = `bc_fault_${name}_${randomBytes(3).toString('hex')}`;
  await createDatabases([db]);
  databases.push(db);
  return databaseUrl(db);
}

const serviceEnv = (url: string, prefix: string) => ({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'fatal',
  BC_DATABASE_URL: url,
  BC_EVENTS: 'kafka',
  BC_KAFKA_BROKERS: KAFKA_BROKERS,
  BC_TOPIC_PREFIX: prefix,
  BC_SUBGRAPH_SECRET: 'fault-tests-subgraph-secret-0123456789abcdef',
  PORT: '0',
});

/** Starts a child script and resolves with the payload of its READY line. */
function child(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ process: ChildProcess; ready: string }> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args],
    {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('READY'));
      if (line) resolve({ process: proc, ready: line.slice('READY'.length).trim() });
    });
    proc.on('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
}

function killed(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    proc.on('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

/** Every event id on a topic, read from the beginning by a fresh consumer group, until `quietMs` pass without news. */
async function eventIdsOn(topic: string, quietMs: number, atLeast = 0): Promise<string[]> {
  const kafka = new Kafka({
    clientId: 'fault-reader',
    brokers: KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: `fault-reader-${randomUUID()}`, maxWaitTimeInMs: 500 });
  const ids: string[] = [];
  let last = Date.now();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      ids.push(JSON.parse(message.value!.toString()).id);
      last = Date.now();
    },
  });
  const deadline = Date.now() + 90_000;
  while ((Date.now() - last < quietMs || ids.length < atLeast) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  await consumer.disconnect();
  return ids;
}

describe('EVT-1 a process killed between commit and publish', () => {
  it('EVT-1 after a restart the relay publishes exactly what was committed, and nothing that was rolled back', async () => {
    const url = await freshDatabase('outbox');
    const prefix = freshPrefix();
    const topic = `${prefix}${benefitEvents.instructionsSent.topic}`;
    const crashed = await child('./outbox-child.ts', ['20'], serviceEnv(url, prefix));
    const { committed, rolledBack } = JSON.parse(crashed.ready) as {
      committed: string[];
      rolledBack: string;
    };
    await killed(crashed.process);
    expect(committed).toHaveLength(20);

    // A new process on the same database: its relay finds the committed rows and publishes them.
    const restarted = await buildService(benefitsService, { env: serviceEnv(url, prefix) });
    await restarted.runtime.startEvents();
    try {
      await restarted.runtime.relay.drain();
      const published = await eventIdsOn(topic, 2_000, committed.length);
      expect([...published].sort()).toEqual([...committed].sort());
      expect(published).not.toContain(rolledBack);
    } finally {
      await restarted.runtime.stop().catch(() => undefined);
    }
  });
});

describe('EVT-2 a consumer killed in the middle of a batch', () => {
  it('EVT-2 after a restart every event is applied exactly once', async () => {
    const url = await freshDatabase('consumer');
    const prefix = freshPrefix();
    const env = serviceEnv(url, prefix);
    const first = await child('./consumer-child.ts', [], env);
    const kafka = new Kafka({
      clientId: 'fault-producer',
      brokers: KAFKA_BROKERS.split(','),
      logLevel: logLevel.NOTHING,
    });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const total = 3000;
    for (let i = 0; i < total; i += 500) {
      const messages = Array.from({ length: 500 }, (_, n) => {
        const { key, value } = licenseChangedMessage(i + n, {
          organizationId: 'org-fault',
          purchasingAccountId: 'pa-fault',
          quantities: 5,
        });
        return { key, value };
      });
      await producer.send({ topic: `${prefix}${inventory.licenseChanged.topic}`, acks: -1, messages });
    }
    await producer.disconnect();
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const applied = async () => Number((await db.query('select count(*) as n from rm_license')).rows[0].n);
    // Kill it once it is part-way through.
    while ((await applied()) < 300) await new Promise((r) => setTimeout(r, 20));
    await killed(first.process);
    const atKill = await applied();
    expect(atKill).toBeLessThan(total);

    await child('./consumer-child.ts', [], env);
    const deadline = Date.now() + 120_000;
    while ((await applied()) < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 2_000));
    const inbox = await db.query(
      "select count(*) as n, count(distinct event_id) as d from processed_event where consumer = 'reporting-g1'",
    );
    const quantities = await db.query('select sum(quantity) as q from rm_license');
    const rows = await applied();
    await db.end();
    expect(rows).toBe(total);
    expect(Number(inbox.rows[0].n)).toBe(total);
    expect(Number(inbox.rows[0].d)).toBe(total);
    // quantity 1..5 in turn: applied twice would show in the sum.
    expect(Number(quantities.rows[0].q)).toBe((total / 5) * 15);
  });
});

describe('EVT-1 NOT-5 OPS-2 the broker stopped in the middle of a burst', () => {
  let system: RunningSystem;
  afterAll(async () => {
    await system?.stop();
  });

  it('EVT-1 EVT-2 NOT-4 OPS-2 1,000 mutations while the broker goes down and comes back: every process stays ready, the outbox holds the events, then every event is published and every email sent exactly once', async () => {
    system = await startSystem({ tier: 'system', logLevel: 'fatal' });
    const customer = await registerCustomer(system);
    const token = customer.admin.accessToken;
    const domain = `${randomBytes(4).toString('hex')}.example`;
    await ok(
      system.gatewayUrl,
      'mutation($n: String!) { addEligibleDomain(benefit: "E_LEARNING", name: $n) { id } }',
      { n: domain },
      token,
    );
    const email = `trainee@${domain}`;
    const added = await ok<{ addBenefitUser: { id: string } }>(
      system.gatewayUrl,
      'mutation($input: AddBenefitUserInput!) { addBenefitUser(input: $input) { id } }',
      { input: { benefit: 'E_LEARNING', name: 'Tina Trainee', email } },
      token,
    );
    await system.waitForMail(email, 1);
    const RESEND = 'mutation($id: ID!) { resendBenefitInstructions(id: $id) { id } }';
    const burst = 1000;
    let down: Promise<void> | null = null;
    let up: Promise<void> | null = null;
    const background = (command: 'up' | 'down') =>
      new Promise<void>((resolve, reject) => {
        const p = spawn('bash', [kafkaScript, command], { stdio: 'ignore' });
        p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`kafka.sh ${command}: ${code}`))));
      });
    const unpublished = async () =>
      Number(
        (
          await system.benefits.runtime.orm.em
            .fork()
            .getConnection()
            .execute<{ n: string }[]>('select count(*) as n from outbox_message where published_at is null')
        )[0]!.n,
      );
    const readyWhileDown: Record<string, unknown> = {};
    let backlogWhileDown = 0;
    let upAt = 0;
    for (let i = 0; i < burst; i += 10) {
      if (i === 200) down = background('down');
      if (i === 600) {
        await down;
        // OPS-2: with the broker stopped, every process stays ready (the broker is reported, not
        // required) and the writes above were served; their events wait in the outbox.
        for (const base of [
          system.gatewayUrl.replace(/\/graphql$/, ''),
          ...serviceNames.map((n) => system.urlOf(n)),
        ]) {
          const r = await fetch(`${base}/ready`);
          readyWhileDown[base] = { status: r.status, ...((await r.json()) as object) };
          expect(r.status, base).toBe(200);
        }
        expect(readyWhileDown[system.urlOf('benefits')]).toMatchObject({ dependencies: { events: false } });
        backlogWhileDown = await unpublished();
        expect(backlogWhileDown).toBeGreaterThan(0);
        upAt = performance.now();
        up = background('up');
      }
      await Promise.all(
        Array.from({ length: 10 }, () =>
          ok(system.gatewayUrl, RESEND, { id: added.addBenefitUser.id }, token),
        ),
      );
    }
    await down;
    await up;
    // One welcome mail plus one per resend, each exactly once, however long the broker was away.
    // The relays and consumers find their way back on their own timers (no test-driven draining).
    const deadline = Date.now() + 240_000;
    while ((await system.mailTo(email)).length < burst + 1 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 500));
    const drainedAfter = performance.now() - upAt;
    await new Promise((r) => setTimeout(r, 5_000));
    expect(await system.mailTo(email)).toHaveLength(burst + 1);
    expect(await unpublished()).toBe(0);
    console.log(
      `[faults] OPS-2 broker stopped after mutation 200 and started again after mutation 600: every mutation served (${burst}), every process ready while it was down, benefits' outbox backlog ${backlogWhileDown} events when it came back, every mail delivered exactly once ${Math.round(drainedAfter / 1000)} s after it was started again`,
    );
  });
});

describe('ACC-4 a revocation while the broker is away', () => {
  let system: RunningSystem;
  afterAll(async () => {
    await system?.stop();
  });

  it('ACC-4 a sign-out made while the broker is down is refused at once by its gateway and, once the broker is back, by another replica', async () => {
    system = await startSystem({ tier: 'system', logLevel: 'fatal' });
    const replica = await system.startGatewayReplica();
    const customer = await registerCustomer(system);
    const token = customer.admin.accessToken;
    // Reporting answers it: accounts would refuse an ended session itself, whichever gateway asks.
    const probe = '{ customReports { id } }';
    await ok(replica, probe, {}, token);
    kafkaCtl('down');
    try {
      await ok(system.gatewayUrl, 'mutation { signOut }', {}, token);
      expect(codeOf(await gql(system.gatewayUrl, probe, {}, token))).toBe('UNAUTHENTICATED');
      // Accounts knows without any event, whichever replica asks.
      expect(codeOf(await gql(replica, '{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    } finally {
      kafkaCtl('up');
    }
    const back = performance.now();
    let lag = 0;
    for (;;) {
      if (codeOf(await gql(replica, probe, {}, token)) === 'UNAUTHENTICATED') {
        lag = performance.now() - back;
        break;
      }
      if (performance.now() - back > 120_000) throw new Error('the replica still accepts the token');
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(
      `[faults] sign-out reached the other gateway replica ${Math.round(lag)} ms after the broker was back`,
    );
    expect(lag).toBeLessThan(120_000);
  });
});
