import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './supergraph.ts';

/** Every workspace package's manifest (pnpm-workspace.yaml: services/*, gateway, schema, scripts, infra). */
const manifests = [
  ...readdirSync(join(root, 'services')).map((name) => join(root, 'services', name, 'package.json')),
  ...['gateway', 'schema', 'scripts', 'infra'].map((dir) => join(root, dir, 'package.json')),
].filter(existsSync);

describe('workspace packages', () => {
  it.each(manifests.map((m) => [m.slice(root.length)]))('%s exports only files that exist', (manifest) => {
    const pkg = JSON.parse(readFileSync(join(root, manifest), 'utf8')) as {
      exports?: Record<string, string>;
    };
    const missing = Object.entries(pkg.exports ?? {}).filter(
      ([, file]) => !existsSync(join(dirname(join(root, manifest)), file)),
    );
    expect(missing).toEqual([]);
  });

  it('every service exposes its public surface from src/index.ts', () => {
    const services = readdirSync(join(root, 'services')).filter((name) =>
      existsSync(join(root, 'services', name, 'src', 'server.ts')),
    );
    expect(services.length).toBeGreaterThanOrEqual(6);
    for (const name of services) {
      const pkg = JSON.parse(readFileSync(join(root, 'services', name, 'package.json'), 'utf8'));
      expect(pkg.exports['.'], name).toBe('./src/index.ts');
    }
  });
});
