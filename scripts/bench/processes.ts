import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** What the per-process benchmarks share: ports for the children and their memory from /proc. */

/** A free loopback port (asked of the kernel, then released for the child to bind). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Fields of /proc/<pid>/status in bytes (VmRSS, VmHWM, RssAnon, RssFile). */
export function procStatus(pid: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
    const m = /^(VmRSS|VmHWM|RssAnon|RssFile|RssShmem):\s+(\d+) kB/.exec(line);
    if (m) out[m[1]!] = Number(m[2]) * 1024;
  }
  return out;
}

/** Child processes of a pid (/proc/<pid>/task/<tid>/children), e.g. an esbuild service started by tsx. */
export function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** CPU time a process has used so far (user + system, /proc/<pid>/stat), in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
/** USER_HZ: 100 on Linux for every architecture Node runs on. */
const CLOCK_TICKS = 100;

/** PostgreSQL backends serving databases whose name contains `marker` (the process title names the database). */
export function postgresBackends(marker: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const title = readFileSync(`/proc/${d}/cmdline`, 'utf8');
        return title.startsWith('postgres:') && title.includes(marker);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** CPU of a set of processes that may come and go: the sum over those alive now, 0 for the gone. */
export function cpuOfAll(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      out.set(pid, cpuMs(pid));
    } catch {
      // exited
    }
  }
  return out;
}

/** The machine's CPU counters (/proc/stat, all cores): idle (idle + iowait) and total jiffies. */
export function machineCpu(): { idle: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { idle: fields[3]! + fields[4]!, total: fields.reduce((a, b) => a + b, 0) };
}
