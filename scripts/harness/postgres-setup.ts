import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Global setup of the medium tier: the real PostgreSQL (idempotent); fails the run, never skips, when it cannot start. */
export default function setup(): void {
  execFileSync('bash', [fileURLToPath(new URL('../infra/postgres.sh', import.meta.url)), 'up'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
