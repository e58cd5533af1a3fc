import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployables, IMAGE_NODE_FLAGS } from '../../infra/lib/services.ts';
import { childPids, freePort, procStatus } from './processes.ts';

/**
 * Start-up of each deployable process, compiled as the images run it (`node --enable-source-maps
 * dist/main.js`, after `pnpm build`) against its TypeScript sources through tsx (`node --import tsx
 * src/main.ts`): with tsx's compile cache cold (a fresh TMPDIR, as a new pod's empty /tmp) and warm
 * (as on a developer's machine). Each process gets a scratch SQLite database and in-process events,
 * NODE_ENV=production; the gateway starts last, on the six services of the same mode (its /ready
 * asks each subgraph). Measured from spawn to the first 200 from `/ready` (polled every 10 ms), and
 * VmRSS of the process at that moment, from /proc (tsx's esbuild helper child counted apart).
 * Median of the rounds; targets (ARCHITECTURE.md): ready ≤ 1.5 s, ≤ 200 MiB.
 *   pnpm bench:start [rounds=3]
 */
const rounds = Number(process.argv[2] ?? 3);
const READY_TARGET_MS = 1500;
const RSS_TARGET_MIB = 200;
const MiB = 2 ** 20;
const root = fileURLToPath(new URL('../../', import.meta.url));
const modes = ['compiled', 'tsx cold', 'tsx warm'] as const;
type Mode = (typeof modes)[number];
const services = deployables.filter((d) => d.name !== 'gateway');
const gateway = deployables.find((d) => d.name === 'gateway')!;

interface Sample {
  readyMs: number;
  rss: number;
  childRss: number;
}

const work = mkdtempSync(join(tmpdir(), 'bc-bench-start-'));
const warmCache = join(work, 'tsx-warm');
mkdirSync(warmCache);
const secret = randomBytes(32).toString('base64url');
const running = new Set<ChildProcess>();

/** Resident memory of a process's children (tsx starts one esbuild service). */
function childrenRss(pid: number): number {
  return childPids(pid).reduce((sum, child) => sum + (procStatus(child).VmRSS ?? 0), 0);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  running.delete(child);
}

/** Starts one process in its package folder and waits for its /ready. */
async function start(
  mode: Mode,
  dir: string,
  name: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; sample: Sample }> {
  const args =
    mode === 'compiled' ? [...IMAGE_NODE_FLAGS, 'dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const cache =
    mode === 'tsx cold' ? mkdtempSync(join(work, 'tsx-cold-')) : mode === 'tsx warm' ? warmCache : work;
  const log = join(work, `${name}.log`);
  const fd = openSync(log, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: join(root, dir),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: cache, ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  running.add(child);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} (${mode}) exited:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    try {
      const res = await fetch(`http://127.0.0.1:${env.PORT}/ready`);
      await res.arrayBuffer();
      if (res.ok) {
        const readyMs = performance.now() - started;
        return {
          child,
          sample: { readyMs, rss: procStatus(child.pid!).VmRSS ?? 0, childRss: childrenRss(child.pid!) },
        };
      }
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 60_000) throw new Error(`${name} (${mode}) not ready after 60 s`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every service, then the gateway on them, all in one mode; each stopped at the end. */
async function startAll(mode: Mode): Promise<Map<string, Sample>> {
  const samples = new Map<string, Sample>();
  const children: ChildProcess[] = [];
  const urls: Record<string, string> = {};
  try {
    for (const d of services) {
      const port = await freePort();
      urls[d.name] = `http://127.0.0.1:${port}`;
      const { child, sample } = await start(mode, d.dir, d.name, {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
        BC_DATABASE_URL: `sqlite:${join(mkdtempSync(join(work, `${d.name}-db-`)), 'data.db')}`,
        BC_EVENTS: 'in-process',
        BC_SUBGRAPH_SECRET: secret,
        BC_JWKS_URL: `${urls.accounts}/.well-known/jwks.json`,
        BC_PUBLIC_URL: urls[d.name]!,
      });
      children.push(child);
      samples.set(d.name, sample);
    }
    const port = await freePort();
    const { child, sample } = await start(mode, gateway.dir, gateway.name, {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      BC_SUBGRAPH_SECRET: secret,
      BC_JWKS_URL: `${urls.accounts}/.well-known/jwks.json`,
      ...Object.fromEntries(
        services.map((d) => [`BC_SUBGRAPH_URL_${d.name.toUpperCase()}`, `${urls[d.name]}/graphql`]),
      ),
    });
    children.push(child);
    samples.set(gateway.name, sample);
  } finally {
    await Promise.all(children.map(stop));
  }
  return samples;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

try {
  execFileSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
  console.log(
    `process start-up, node ${process.version}, ${rounds} rounds (median), SQLite + in-process events`,
  );
  await startAll('tsx warm'); // fills tsx's cache for the warm mode
  const results = new Map<Mode, Map<string, Sample>[]>(modes.map((m) => [m, []]));
  for (let round = 0; round < rounds; round++)
    for (const mode of modes) results.get(mode)!.push(await startAll(mode));

  const names = [...services, gateway].map((d) => d.name);
  const cell = (mode: Mode, name: string, pick: (s: Sample) => number) =>
    median(results.get(mode)!.map((round) => pick(round.get(name)!)));
  console.log(
    `\n| process | ready ms: ${modes.join(' / ')} | RSS MiB at ready: ${modes.join(' / ')} | tsx's esbuild child MiB (cold) | compiled within ${READY_TARGET_MS} ms, ${RSS_TARGET_MIB} MiB |`,
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const name of names) {
    const ready = modes.map((m) => cell(m, name, (s) => s.readyMs));
    const rss = modes.map((m) => cell(m, name, (s) => s.rss / MiB));
    const child = cell('tsx cold', name, (s) => s.childRss / MiB);
    const pass = ready[0]! <= READY_TARGET_MS && rss[0]! <= RSS_TARGET_MIB;
    console.log(
      `| ${name} | ${ready.map((v) => v.toFixed(0)).join(' / ')} | ${rss.map((v) => v.toFixed(0)).join(' / ')} | ${child.toFixed(0)} | ${pass ? 'pass' : 'FAIL'} |`,
    );
  }
} finally {
  await Promise.all([...running].map(stop));
  rmSync(work, { recursive: true, force: true });
}
