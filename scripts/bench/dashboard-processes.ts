import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ServiceName, serviceNames } from '@bc/system';
import { ok } from '@bc/system/flows';
import autocannon from 'autocannon';
import pg from 'pg';
import { IMAGE_NODE_FLAGS } from '../../infra/lib/services.ts';
import { TxtDnsServer } from '../harness/dns-server.ts';
import { SmtpSink } from '../harness/mail-sink.ts';
import { deleteScratchTopics, scratchPrefix } from '../harness/scratch-topics.ts';
import { totalsAfterBulkLoad } from '../harness/statements.ts';
import {
  createDatabases,
  databaseUrl,
  dropDatabases,
  KAFKA_BROKERS,
  OPERATOR_PASSWORD,
} from '../harness/system.ts';
import { supergraphPath } from '../lib/supergraph.ts';
import { DASHBOARD, type SeedTarget, seedDashboardOrganization } from './dashboard-seed.ts';
import {
  childPids,
  cpuMs,
  cpuOfAll,
  freePort,
  machineCpu,
  postgresBackends,
  procStatus,
} from './processes.ts';

/**
 * The dashboard in the deployed layout: throughput, latency and memory per process (architecture
 * target: every process ≤ 200 MiB resident under the load). After `pnpm build`, every service and the
 * gateway run as their own process, compiled, as the container image runs them (`node
 * <IMAGE_NODE_FLAGS> dist/main.js` in the package's folder, NODE_ENV=production, PostgreSQL +
 * Kafka), after their migration entry (`dist/migrate.js`, the migration Job) ran. The
 * dashboard organization of `bench:dashboard` is seeded, then the dashboard query is sent through
 * the gateway with autocannon, each request as the next of the seeded users. Each process's VmRSS is
 * sampled from /proc/<pid>/status; VmHWM is the kernel's own peak.
 *   pnpm bench:dashboard:processes [seconds=20] [connections=10] [--peers]
 * `--peers`: then the same load through @graphql-hive/gateway in a process of its own on the same
 * subgraph processes (scripts/bench/hive-peer.ts: the same edge work as ours), once with its
 * JavaScript planner and once with Hive Router's Rust planner (@graphql-hive/router-runtime).
 * BC_BENCH_CPU_PROF=<dir>: each server process runs with `--cpu-prof` and writes
 * `<dir>/<process>.cpuprofile` when stopped, plus `<dir>/load-window.json` (the load's start and end
 * on the monotonic clock the profiles use): `tsx scripts/bench/cpu-profile-top.ts <dir>` prints the
 * top ten self-time frames of each process during the load.
 */
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const seconds = Number(positional[0] ?? 20);
const connections = Number(positional[1] ?? 10);
/** `--peers`: after ours, the same load through @graphql-hive/gateway (JS, then Rust planner) in its own process. */
const withPeers = process.argv.includes('--peers');
/** ARCHITECTURE.md: every process ≤ 200 MiB resident under the dashboard load. */
const TARGET_MIB = 200;
/** Extra node flags for every process, for experiments (e.g. `--max-old-space-size=96`). */
const nodeArgs = (process.env.BC_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
/** A folder: after the measurement, each process writes a heap snapshot there (`--heapsnapshot-signal`). */
const snapshotDir = process.env.BC_BENCH_HEAP_SNAPSHOTS;
if (snapshotDir) {
  mkdirSync(snapshotDir, { recursive: true });
  nodeArgs.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir}`);
}
/** A folder for each server process's CPU profile (`--cpu-prof`), written when the process stops. */
const cpuProfileDir = process.env.BC_BENCH_CPU_PROF ? resolve(process.env.BC_BENCH_CPU_PROF) : undefined;
if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
/** Every service of the system's list, each in its own process. */
const SERVICES = serviceNames;
type ProcessName = ServiceName | 'gateway';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MiB = 2 ** 20;

// The images run the compiled output: build it first (scripts/build.ts).
execFileSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
for (const script of ['postgres.sh', 'kafka.sh'])
  execFileSync('bash', [join(root, 'scripts/infra', script), 'up'], { stdio: 'ignore' });

const run = randomBytes(4).toString('hex');
const dbNames = Object.fromEntries(SERVICES.map((s) => [s, `bc_bench_dp${run}_${s}`])) as Record<
  ServiceName,
  string
>;
const topicPrefix = scratchPrefix('dash');
const logDir = mkdtempSync(join(tmpdir(), 'bc-dash-processes-'));
const secret = randomBytes(32).toString('base64url');
const platformDomain = 'businesscenter.example';
const children = new Map<ProcessName, ChildProcess>();
const pools = new Map<ServiceName, pg.Pool>();
const smtp = new SmtpSink();
const dns = new TxtDnsServer();

/** The environment a container would get: only the process's own variables, plus PATH and HOME. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[key]) env[key] = process.env[key]!;
  return env;
}

/** `node <the image's flags> <entry>` in the package's folder, as the image's CMD: the pid is the server. */
function spawnEntry(
  name: ProcessName,
  dir: string,
  entry: string,
  env: Record<string, string>,
): ChildProcess {
  const migration = entry.includes('migrate');
  const log = openSync(join(logDir, `${name}${migration ? '-migrate' : ''}.log`), 'a');
  const profile =
    cpuProfileDir && !migration
      ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, `--cpu-prof-name=${name}.cpuprofile`]
      : [];
  const child = spawn(process.execPath, [...IMAGE_NODE_FLAGS, ...nodeArgs, ...profile, entry], {
    cwd: join(root, dir),
    env: { ...baseEnv(), ...env },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  return child;
}

const logTail = (file: string) => {
  try {
    return readFileSync(join(logDir, file), 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
};

/** Runs one service's migration entry (the `<service>-migrate` Job) to completion. */
async function migrate(name: ServiceName): Promise<void> {
  const child = spawnEntry(name, `services/${name}`, 'dist/migrate.js', {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    BC_DATABASE_URL: databaseUrl(dbNames[name]),
  });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`${name} migration exited ${code}:\n${logTail(`${name}-migrate.log`)}`);
}

/** Polls `/ready` until it answers 200; fails if the process exits first or after two minutes. */
async function waitReady(name: ProcessName, url: string): Promise<void> {
  const child = children.get(name)!;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}):\n${logTail(`${name}.log`)}`);
    try {
      const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(3000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} not ready after 120 s:\n${logTail(`${name}.log`)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resets VmHWM to the current RSS (`echo 5 > /proc/<pid>/clear_refs`); false where not permitted. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Node's own view from the process's Prometheus metrics (prom-client default metrics). */
async function heapOf(url: string): Promise<{ heapUsed: number; heapTotal: number; external: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (name: string) =>
    Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    heapUsed: value('nodejs_heap_size_used_bytes'),
    heapTotal: value('nodejs_heap_size_total_bytes'),
    external: value('nodejs_external_memory_bytes'),
  };
}

async function stopChildren(): Promise<void> {
  // The gateway first, then the services (the reverse of starting).
  const order: ProcessName[] = ['gateway', ...[...SERVICES].reverse()];
  await Promise.all(
    order.map(async (name) => {
      const child = children.get(name);
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}

let cleaned: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaned ??= (async () => {
    await stopChildren();
    for (const pool of pools.values()) await pool.end().catch(() => {});
    await smtp.stop().catch(() => {});
    await dns.stop().catch(() => {});
    // BC_BENCH_KEEP_DATABASES=1 keeps them for EXPLAIN ANALYZE of the dashboard's statements.
    if (process.env.BC_BENCH_KEEP_DATABASES)
      console.log(`databases kept: ${Object.values(dbNames).join(', ')}`);
    else await dropDatabases(Object.values(dbNames)).catch((e) => console.error(`dropping databases: ${e}`));
    await deleteScratchTopics(topicPrefix).catch((e) => console.error(`deleting topics: ${e}`));
  })();
  return cleaned;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });

await createDatabases(Object.values(dbNames));
try {
  const smtpUrl = await smtp.start();
  const dnsAddress = await dns.start();
  const ports = Object.fromEntries(
    await Promise.all([...SERVICES, 'gateway'].map(async (n) => [n, await freePort()] as const)),
  ) as Record<ProcessName, number>;
  const url = (name: ProcessName) => `http://127.0.0.1:${ports[name]}`;
  const jwksUrl = `${url('accounts')}/.well-known/jwks.json`;

  // ------------------------------------------------------------ migrations, as the Jobs run them
  let t = performance.now();
  await Promise.all(SERVICES.map(migrate));
  console.log(`migrations applied (6 migration processes): ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // ------------------------------------------------------------ one process per service, then the gateway
  const common = (name: ServiceName): Record<string, string> => ({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(ports[name]),
    BC_DATABASE_URL: databaseUrl(dbNames[name]),
    BC_EVENTS: 'kafka',
    BC_KAFKA_BROKERS: KAFKA_BROKERS,
    BC_TOPIC_PREFIX: topicPrefix,
    BC_SUBGRAPH_SECRET: secret,
  });
  const own: Record<ServiceName, Record<string, string>> = {
    accounts: {
      BC_PLATFORM_DOMAIN: platformDomain,
      BC_OPERATOR_PASSWORD: OPERATOR_PASSWORD,
      BC_DNS_SERVERS: dnsAddress,
    },
    notifications: { BC_MAILER: 'smtp', BC_SMTP_URL: smtpUrl },
    agreements: {},
    inventory: { BC_PUBLIC_URL: url('inventory'), BC_JWKS_URL: jwksUrl },
    benefits: {},
    reporting: { BC_PUBLIC_URL: url('reporting'), BC_JWKS_URL: jwksUrl },
  };
  const start = async (name: ServiceName) => {
    children.set(
      name,
      spawnEntry(name, `services/${name}`, 'dist/main.js', { ...common(name), ...own[name] }),
    );
    await waitReady(name, url(name));
  };
  t = performance.now();
  // Accounts first: the others and the gateway check users' tokens against its JWKS.
  await start('accounts');
  await Promise.all(SERVICES.filter((s) => s !== 'accounts').map(start));
  children.set(
    'gateway',
    spawnEntry('gateway', 'gateway', 'dist/main.js', {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(ports.gateway),
      BC_SUBGRAPH_SECRET: secret,
      BC_JWKS_URL: jwksUrl,
      // API-2: one address and a few users drive the load; the rate limits would measure themselves.
      BC_RATE_LIMIT_CLIENT: '0',
      BC_RATE_LIMIT_ADDRESS: '0',
      BC_RATE_LIMIT_CREDENTIALS: '0',
      ...Object.fromEntries(SERVICES.map((s) => [`BC_SUBGRAPH_URL_${s.toUpperCase()}`, `${url(s)}/graphql`])),
    }),
  );
  await waitReady('gateway', url('gateway'));
  console.log(`7 processes ready: ${((performance.now() - t) / 1000).toFixed(1)} s (logs in ${logDir})`);
  const pids = Object.fromEntries([...children].map(([name, child]) => [name, child.pid!])) as Record<
    ProcessName,
    number
  >;
  const startupPeak = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, procStatus(pid).VmHWM!]),
  ) as Record<ProcessName, number>;

  // ------------------------------------------------------------ seed through the gateway + bulk inserts
  const gatewayUrl = `${url('gateway')}/graphql`;
  const pool = (name: ServiceName) => {
    let p = pools.get(name);
    if (!p) {
      p = new pg.Pool({ connectionString: databaseUrl(dbNames[name]), max: 2 });
      pools.set(name, p);
    }
    return p;
  };
  const target: SeedTarget = {
    gatewayUrl,
    operatorWorkAccount: `operator@ops.${platformDomain}`,
    operatorPassword: OPERATOR_PASSWORD,
    platformDomain,
    async waitForMail(address, count = 1, timeoutMs = 30_000) {
      const to = address.toLowerCase();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mails = smtp.messages.filter((m) => m.to === to);
        if (mails.length >= count) return mails;
        if (Date.now() > deadline)
          throw new Error(`expected ${count} mail(s) to ${address}, got ${mails.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async insertRows(service, table, rows) {
      const columns = Object.keys(rows[0] ?? {});
      for (let i = 0; i < rows.length; i += 250) {
        const slice = rows.slice(i, i + 250);
        const values = slice.flatMap((row) => columns.map((c) => row[c]));
        const tuples = slice.map(
          (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
        );
        await pool(service).query(
          `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')}`,
          values,
        );
      }
      for (const statement of totalsAfterBulkLoad[table] ?? []) await pool(service).query(statement);
    },
    async customerLinked(partnerId, customerId) {
      const { rowCount } = await pool('agreements').query(
        'select 1 from customer_link where partner_organization_id = $1 and customer_organization_id = $2',
        [partnerId, customerId],
      );
      return (rowCount ?? 0) > 0;
    },
  };
  t = performance.now();
  const seeded = await seedDashboardOrganization(target);
  const tokens = seeded.users.map((u) => u.accessToken);
  const asViewer = await ok<{ inventoryDashboard: { licenseCount: number }; orders: { totalCount: number } }>(
    gatewayUrl,
    DASHBOARD,
    {},
    tokens[0],
  );
  console.log(
    `seeded in ${((performance.now() - t) / 1000).toFixed(0)} s: ${seeded.accounts.length} purchasing accounts, ${seeded.licenseCount} licenses, ${tokens.length} users, ${seeded.orderCount} orders; a viewer's dashboard: ${asViewer.inventoryDashboard.licenseCount} licenses, ${asViewer.orders.totalCount} orders`,
  );
  for (const p of pools.values()) await p.end();
  pools.clear();

  // ------------------------------------------------------------ settle, idle, then load
  // Seeding leaves work behind (notifications and reporting consume its events): the load starts
  // once every process has been quiet (< 5 % of a core, 15 % profiled) for 3 s in a row, at most 5 minutes, so the
  // figures are the dashboard's and not the backlog's.
  t = performance.now();
  const dbMarker = `bc_bench_dp${run}_`;
  let postgresIdle = 0;
  for (let quiet = 0; quiet < 3 && performance.now() - t < 300_000; ) {
    const postgresSettling = cpuOfAll(postgresBackends(dbMarker));
    const before = Object.values(pids).map(cpuMs);
    await new Promise((r) => setTimeout(r, 1000));
    const busy = Object.values(pids).map((pid, i) => cpuMs(pid) - before[i]!);
    // A profiled process spends 40-80 ms/s in the sampler alone.
    quiet = busy.every((ms) => ms < (cpuProfileDir ? 150 : 50)) ? quiet + 1 : 0;
    // PostgreSQL's own background load (relays and consumers polling), per second, once settled.
    postgresIdle = 0;
    for (const [pid, ms] of cpuOfAll(postgresBackends(dbMarker)))
      postgresIdle += ms - (postgresSettling.get(pid) ?? 0);
  }
  console.log(`background work after seeding settled in ${((performance.now() - t) / 1000).toFixed(0)} s`);

  /** The dashboard with autocannon, each request as the next seeded user; CPU of `counted` and PostgreSQL. */
  async function dashboardLoad(target: string, counted: Record<string, number>) {
    let next = 0;
    const cpuBefore = Object.fromEntries(Object.entries(counted).map(([n, pid]) => [n, cpuMs(pid)]));
    const postgresBefore = cpuOfAll(postgresBackends(dbMarker));
    const machineBefore = machineCpu();
    const result = await autocannon({
      url: target,
      connections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: DASHBOARD }),
          // Each request as the next seeded user: 200 users, 200 different identities at the gateway.
          setupRequest: (req) => {
            const token = tokens[next++ % tokens.length];
            return { ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } };
          },
        },
      ],
    });
    const cpu = Object.fromEntries(
      Object.entries(counted).map(([n, pid]) => [n, cpuMs(pid) - cpuBefore[n]!]),
    ) as Record<string, number>;
    let postgres = 0;
    for (const [pid, ms] of cpuOfAll(postgresBackends(dbMarker)))
      postgres += ms - (postgresBefore.get(pid) ?? 0);
    const machineAfter = machineCpu();
    const machineBusy =
      1 - (machineAfter.idle - machineBefore.idle) / (machineAfter.total - machineBefore.total);
    return { result, cpu, postgres, machineBusy };
  }

  function printLoad(load: Awaited<ReturnType<typeof dashboardLoad>>, order: string[]) {
    const { result, cpu, postgres, machineBusy } = load;
    const served = result.requests.total;
    console.log(
      `  req/s ${result.requests.average.toFixed(0)}  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors}  non-2xx ${result.non2xx}`,
    );
    const total = Object.values(cpu).reduce((x, y) => x + y, 0) + postgres;
    console.log(
      `  CPU per request (ms, /proc/<pid>/stat): ${order.map((n) => `${n} ${(cpu[n]! / served).toFixed(1)}`).join(', ')}, postgres ${(postgres / served).toFixed(1)}; total ${(total / served).toFixed(1)}`,
    );
    console.log(
      `  the machine's cores were ${(100 * machineBusy).toFixed(0)} % busy during the load (/proc/stat: other work on the machine shows here)`,
    );
  }
  const idle = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, procStatus(pid)]),
  ) as Record<ProcessName, Record<string, number>>;
  const seedPeak = Object.fromEntries(Object.entries(idle).map(([name, s]) => [name, s.VmHWM!])) as Record<
    ProcessName,
    number
  >;
  const peaksReset = Object.values(pids).every(resetPeak);
  const sampled = Object.fromEntries(Object.keys(pids).map((n) => [n, { max: 0, sum: 0, n: 0 }])) as Record<
    ProcessName,
    { max: number; sum: number; n: number }
  >;
  const sampler = setInterval(() => {
    for (const [name, pid] of Object.entries(pids) as [ProcessName, number][]) {
      const rss = procStatus(pid).VmRSS!;
      const s = sampled[name];
      s.max = Math.max(s.max, rss);
      s.sum += rss;
      s.n += 1;
    }
  }, 200);
  // Profiles and process.hrtime share the monotonic clock (µs in a .cpuprofile): the load's window.
  const loadStartUs = Number(process.hrtime.bigint() / 1000n);
  const ours = await dashboardLoad(gatewayUrl, pids);
  clearInterval(sampler);
  const { result } = ours;
  if (cpuProfileDir) {
    writeFileSync(
      join(cpuProfileDir, 'load-window.json'),
      JSON.stringify({ startUs: loadStartUs, endUs: Number(process.hrtime.bigint() / 1000n), pids }),
    );
    // The bundles' source maps as they are now: the next build changes them, the profiles stay.
    for (const dir of ['gateway', ...SERVICES.map((s) => `services/${s}`)])
      cpSync(join(root, dir, 'dist'), join(cpuProfileDir, 'maps', dir, 'dist'), {
        recursive: true,
        filter: (src) => !src.endsWith('.js') && !src.endsWith('.graphql'),
      });
  }
  const after = Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, procStatus(pid)]),
  ) as Record<ProcessName, Record<string, number>>;
  const heaps = Object.fromEntries(
    await Promise.all(
      (Object.keys(pids) as ProcessName[]).map(
        async (n) => [n, await heapOf(url(n)).catch(() => null)] as const,
      ),
    ),
  );

  console.log(
    `\ndashboard through our gateway process, ${seconds} s, ${connections} connections, ${tokens.length} users in rotation:`,
  );
  printLoad(ours, ['gateway', ...SERVICES]);
  console.log(
    `  (PostgreSQL spent ${postgresIdle.toFixed(0)} ms of CPU per second while idle before the load: ${((postgresIdle * seconds) / result.requests.total).toFixed(1)} ms per request of its figure is background polling)`,
  );
  const mib = (b: number | undefined) => (b === undefined || Number.isNaN(b) ? '?' : (b / MiB).toFixed(0));
  console.log(
    `\nresident memory per process (MiB; /proc/<pid>/status). idle = VmRSS after seeding; load peak = VmHWM${peaksReset ? ' reset before the load' : ' (could not reset: peak since start)'}; life peak = VmHWM over start-up, seeding and load; heap = V8 heap used/total after the load\n`,
  );
  const header = [
    'process',
    'start-up',
    'seeding',
    'idle',
    'load avg',
    'load peak',
    'life peak',
    'anon/file',
    'heap',
    'target',
    '',
  ];
  const rows = (['gateway', ...SERVICES] as ProcessName[]).map((name) => {
    const loadPeak = after[name]!.VmHWM!;
    const lifePeak = Math.max(seedPeak[name], loadPeak);
    const s = sampled[name];
    const heap = heaps[name];
    return [
      name,
      mib(startupPeak[name]),
      mib(seedPeak[name]),
      mib(idle[name]!.VmRSS),
      mib(s.n ? s.sum / s.n : undefined),
      mib(loadPeak),
      mib(lifePeak),
      `${mib(after[name]!.RssAnon)}/${mib(after[name]!.RssFile)}`,
      heap ? `${mib(heap.heapUsed)}/${mib(heap.heapTotal)}` : '?',
      `load <= ${TARGET_MIB}`,
      loadPeak <= TARGET_MIB * MiB ? 'pass' : 'FAIL',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows])
    console.log(`  ${r.map((c, i) => c.padStart(i ? widths[i]! : 0).padEnd(i ? 0 : widths[0]!)).join('  ')}`);
  const failed = rows.filter((r) => r.at(-1) === 'FAIL').map((r) => r[0]);
  console.log(
    failed.length
      ? `\n  above ${TARGET_MIB} MiB under the load: ${failed.join(', ')}`
      : `\n  every process stayed at or below ${TARGET_MIB} MiB resident under the load (node ${IMAGE_NODE_FLAGS.join(' ')}${nodeArgs.length ? ` ${nodeArgs.join(' ')}` : ''})`,
  );
  console.log(`  (start-up and seeding columns: VmHWM when ready and after seeding)`);
  for (const [name, pid] of Object.entries(pids)) {
    const kids = childPids(pid).map((k) => {
      const comm = readFileSync(`/proc/${k}/comm`, 'utf8').trim();
      return `${comm} (pid ${k}, ${mib(procStatus(k).VmRSS)} MiB)`;
    });
    if (kids.length) console.log(`  ${name} has child processes: ${kids.join(', ')}`);
  }
  if (withPeers) {
    // Imported here: the peer's packages (and Hive Router's native addon) only when asked for.
    const { supergraphWithUrls } = await import('./hive-peer.ts');
    const supergraphFile = join(logDir, 'supergraph.graphql');
    writeFileSync(
      supergraphFile,
      supergraphWithUrls(
        readFileSync(supergraphPath, 'utf8'),
        Object.fromEntries(SERVICES.map((s) => [s, `${url(s)}/graphql`])),
      ),
    );
    const servicePids = Object.fromEntries(SERVICES.map((s) => [s, pids[s]]));
    const rates: Record<string, number> = { ours: result.requests.average };
    for (const planner of ['js', 'rust'] as const) {
      const name = `hive-${planner}`;
      const port = await freePort();
      const log = openSync(join(logDir, `${name}.log`), 'a');
      const peer = spawn(
        process.execPath,
        [...nodeArgs, '--import', 'tsx', join(root, 'scripts/bench/hive-peer.ts')],
        {
          cwd: root,
          env: {
            ...baseEnv(),
            NODE_ENV: 'production',
            HIVE_PLANNER: planner,
            PORT: String(port),
            BC_SUPERGRAPH_PATH: supergraphFile,
            BC_JWKS_URL: jwksUrl,
            BC_SUBGRAPH_SECRET: secret,
          },
          stdio: ['ignore', log, log],
        },
      );
      closeSync(log);
      try {
        const peerUrl = `http://127.0.0.1:${port}`;
        for (let i = 0; ; i++) {
          if (peer.exitCode !== null) throw new Error(`${name} exited:\n${logTail(`${name}.log`)}`);
          const ready = await fetch(`${peerUrl}/ready`).then(
            (r) => r.ok,
            () => false,
          );
          if (ready) break;
          if (i > 600) throw new Error(`${name} not ready after 60 s`);
          await new Promise((r) => setTimeout(r, 100));
        }
        const same = await ok<{ inventoryDashboard: { licenseCount: number } }>(
          `${peerUrl}/graphql`,
          DASHBOARD,
          {},
          tokens[0],
        );
        if (same.inventoryDashboard.licenseCount !== asViewer.inventoryDashboard.licenseCount)
          throw new Error(`${name} answers differently`);
        const load = await dashboardLoad(`${peerUrl}/graphql`, { [name]: peer.pid!, ...servicePids });
        console.log(
          `\ndashboard through @graphql-hive/gateway (${planner === 'js' ? 'JavaScript planner' : 'Rust planner, @graphql-hive/router-runtime'}) in its own process, same subgraph processes, same load:`,
        );
        printLoad(load, [name, ...SERVICES]);
        console.log(`  ${name} resident memory after the load: ${mib(procStatus(peer.pid!).VmRSS)} MiB`);
        rates[name] = load.result.requests.average;
      } finally {
        const exited = new Promise((r) => peer.once('exit', r));
        peer.kill('SIGTERM');
        const timer = setTimeout(() => peer.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    }
    console.log(
      `\n  req/s ours / Hive JS ${(rates.ours! / rates['hive-js']!).toFixed(2)} (target >= 1.5), ours / Hive Rust ${(rates.ours! / rates['hive-rust']!).toFixed(2)} (target >= 1.0)`,
    );
  }
  if (snapshotDir) {
    // Writing the snapshot blocks the process: its next answer on /health means the file is complete.
    for (const [name, pid] of Object.entries(pids) as [ProcessName, number][]) {
      process.kill(pid, 'SIGUSR2');
      await (await fetch(`${url(name)}/health`)).arrayBuffer();
    }
    console.log(
      `  heap snapshots (<name>.<date>.<pid>...heapsnapshot) in ${snapshotDir}: ${JSON.stringify(pids)}`,
    );
  }
} finally {
  await cleanup();
}
