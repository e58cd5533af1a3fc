import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { infraDir, repoRoot } from '../lib/paths.ts';
import { deployables } from '../lib/services.ts';

/**
 * No Docker engine runs here, so the images are checked by what their build uses: the one
 * Dockerfile's inputs exist, every process builds from it with SERVICE=<name>, and `pnpm deploy`
 * (the build's last step) yields a folder that holds what the image runs.
 */
const dockerfile = readFileSync(join(infraDir, 'docker/Dockerfile'), 'utf8');
const rootPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  packageManager: string;
};

describe('the Dockerfile template', () => {
  it('copies only what exists and installs the pnpm the repository pins', () => {
    const copies = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].map((m) =>
      m[1]!.split(' ').slice(0, -1),
    );
    expect(copies.flat()).toEqual(['pnpm-lock.yaml', 'pnpm-workspace.yaml', '.']);
    for (const path of copies.flat()) expect(existsSync(join(repoRoot, path)), path).toBe(true);
    expect(`pnpm@${/^ARG PNPM_VERSION=(.+)$/m.exec(dockerfile)?.[1]}`).toBe(rootPackage.packageManager);
  });

  it('runs as a non-root user, with a health check on /health, from the package sources', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health/m);
    expect(dockerfile).toMatch(/^CMD \["node", "--import", "tsx", "src\/main\.ts"\]$/m);
    expect(dockerfile).toMatch(/pnpm --filter "@bc\/\$\{SERVICE\}" deploy --prod/);
    // The gateway's BC_SUPERGRAPH_PATH (k8s/base/config/gateway.env) is where the build puts it.
    expect(dockerfile).toContain('cp schema/supergraph.graphql /out/supergraph.graphql');
    expect(readFileSync(join(infraDir, 'k8s/base/config/gateway.env'), 'utf8')).toContain(
      'BC_SUPERGRAPH_PATH=/app/supergraph.graphql',
    );
    expect(existsSync(join(repoRoot, 'schema/supergraph.graphql'))).toBe(true);
  });

  it('builds every process: build.sh names each one', () => {
    const script = readFileSync(join(infraDir, 'docker/build.sh'), 'utf8');
    const names = /for service in ([a-z ]+); do/.exec(script)?.[1]?.split(' ');
    expect(names?.sort()).toEqual(deployables.map((d) => d.name).sort());
  });
});

describe.each(deployables)('the $name image', (d) => {
  it('is a package with the entry points the image and its Jobs run', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, d.dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies: Record<string, string>;
    };
    expect(pkg.name).toBe(`@bc/${d.name}`);
    // tsx runs the sources in the image, so it must be a production dependency.
    expect(pkg.dependencies.tsx).toBeDefined();
    expect(existsSync(join(repoRoot, d.dir, 'src/main.ts'))).toBe(true);
    expect(existsSync(join(repoRoot, d.dir, 'src/migrate.ts'))).toBe(d.database);
  });

  it('holds its sources and production dependencies after `pnpm deploy`', () => {
    const out = mkdtempSync(join(tmpdir(), `bc-image-${d.name}-`));
    try {
      execFileSync('pnpm', ['--filter', `@bc/${d.name}`, 'deploy', '--prod', '--offline', out], {
        cwd: repoRoot,
        stdio: 'pipe',
      });
      for (const path of [
        'src/main.ts',
        'node_modules/tsx/package.json',
        'node_modules/@bc/platform/src/index.ts',
      ])
        expect(existsSync(join(out, path)), path).toBe(true);
      expect(existsSync(join(out, 'node_modules/vitest')), 'no dev dependencies').toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
