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
