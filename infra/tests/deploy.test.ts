import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOverlay } from '../lib/checks.ts';
import type { Labels } from '../lib/manifests.ts';
import { infraDir, k8sDir } from '../lib/paths.ts';

/**
 * infra/deploy.sh applies an overlay in three label-selected steps (kubectl apply -l): this checks
 * that every object falls in exactly one step, and that migrations run before the services roll.
 */
const script = readFileSync(join(infraDir, 'deploy.sh'), 'utf8');
const selectors = {
  base: /-l '(app\.kubernetes\.io\/component notin \([^)]*\))'/.exec(script)?.[1],
  migrations: /^migrations='([^']+)'$/m.exec(script)?.[1],
  services: /^services='([^']+)'$/m.exec(script)?.[1],
};

/** The three forms deploy.sh uses: `key=value`, `key in (a,b)`, `key notin (a,b)`. */
function matches(selector: string, labels: Labels): boolean {
  const set = /^(\S+) (in|notin) \(([^)]*)\)$/.exec(selector);
  if (set) {
    const value = labels[set[1]!];
    const listed = value !== undefined && set[3]!.split(',').includes(value);
    return set[2] === 'in' ? listed : !listed;
  }
  const [key, value] = selector.split('=');
  return labels[key!] === value;
}

describe.each(['dev', 'prod'])('infra/deploy.sh on %s', (overlay) => {
  it('applies each object in exactly one step: the rest, then migrations, then services', async () => {
    expect(Object.values(selectors).every(Boolean)).toBe(true);
    const { resources } = await checkOverlay(k8sDir, overlay);
    const steps = (labels: Labels) =>
      Object.entries(selectors)
        .filter(([, selector]) => matches(selector!, labels))
        .map(([step]) => step);
    for (const r of resources) {
      const expected = r.kind === 'Job' ? 'migrations' : r.kind === 'Deployment' ? 'services' : undefined;
      const found = steps(r.metadata.labels ?? {});
      expect(found.length, `${r.kind}/${r.metadata.name} in ${found}`).toBe(1);
      if (expected) expect(found, `${r.kind}/${r.metadata.name}`).toEqual([expected]);
    }
  }, 60_000);
});
