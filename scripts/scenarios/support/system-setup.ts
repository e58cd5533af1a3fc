import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { deleteScratchTopics } from '../../harness/scratch-topics.ts';

/**
 * Global setup of the system tier: brings up the real PostgreSQL and Kafka broker (idempotent)
 * and prints their versions, then deletes scratch topics that runs started over two hours ago left
 * behind (never those of a run going on beside this one). Fails the run, never skips, when either
 * cannot start.
 */
export default async function setup(): Promise<void> {
  const infra = fileURLToPath(new URL('../../infra/', import.meta.url));
  for (const script of ['postgres.sh', 'kafka.sh']) {
    const out = execFileSync('bash', [`${infra}${script}`, 'up'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = out.trim().split('\n');
    console.log(
      `[system tier] ${script}: ${lines.filter((l) => /version|Kafka \d|PostgreSQL \d/i.test(l)).join(' | ') || lines.at(-1)}`,
    );
  }
  // What runs that crashed before their clean-up left on the broker (not a run going on now).
  const swept = await deleteScratchTopics();
  if (swept) console.log(`[system tier] deleted ${swept} scratch topics left by earlier runs`);
}
