import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const services = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__generated__' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * A transaction that can never emit and also runs offline, without a service runtime (reporting's
 * `rebuild-command.ts` switches the read-model generation on a bare database).
 */
const PLAIN_TRANSACTIONS = ['reporting/src/rebuild/read-model-builder.ts'];

describe('one way to change state and emit', () => {
  it('EVT-1 feature code records events only through emit and opens transactions only through tx', () => {
    const offending = readdirSync(services)
      .filter((name) => name !== 'platform')
      .flatMap((name) => {
        try {
          return sources(join(services, name, 'src'));
        } catch {
          return [];
        }
      })
      .flatMap((path) => {
        const file = relative(services, path);
        const text = readFileSync(path, 'utf8');
        const found: string[] = [];
        if (/\.outbox\b|\bOutbox\b/.test(text)) found.push(`${file}: reaches the outbox (use emit)`);
        if (/\.transactional\(/.test(text) && !PLAIN_TRANSACTIONS.includes(file))
          found.push(`${file}: opens a transaction (use ctx.tx, a handler's or job's tx)`);
        return found;
      });
    expect(offending).toEqual([]);
  });
});
