import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { infraDir, repoRoot } from '../lib/paths.ts';
import { deployables, IMAGE_NODE_FLAGS } from '../lib/services.ts';

/**
 * No Docker engine runs here, so the images are checked by what their build uses: the one
 * Dockerfile's inputs exist, every process builds from it with SERVICE=<name>, and `pnpm build`
 * then `pnpm deploy --prod` (the build's last steps) yield a folder that holds what the image runs:
 * the compiled entry files and production dependencies, no TypeScript and no tsx.
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

  it('runs as a non-root user, with a health check on /health, the compiled entry without tsx', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/health/m);
    expect(dockerfile).toMatch(/^RUN pnpm build\b/m);
    expect(dockerfile).toMatch(/pnpm --filter "@bc\/\$\{SERVICE\}" deploy --prod/);
    // The server's flags are the ones the benchmarks run with (IMAGE_NODE_FLAGS).
    expect(dockerfile).toMatch(/^CMD \[.*\]$/m);
    expect(JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!)).toEqual([
      'node',
      ...IMAGE_NODE_FLAGS,
      'dist/main.js',
    ]);
    expect(dockerfile).not.toMatch(/--import/);
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

/**
 * `pnpm deploy --offline`, as the image build runs it. pnpm checks the deployed lockfile against its
 * supply-chain policy (minimumReleaseAge) from the packages' full metadata in its cache; an install
 * that resolved new versions does not fetch it, a frozen install does (scripts/setup.sh runs one).
 */
function deployOffline(name: string, out: string): void {
  try {
    execFileSync('pnpm', ['--filter', `@bc/${name}`, 'deploy', '--prod', '--offline', out], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/ERR_PNPM_(META_FETCH_FAIL|NO_OFFLINE_META)/.test(stderr))
      throw new Error(
        `pnpm deploy --offline lacks package metadata in pnpm's cache: run \`pnpm install --frozen-lockfile\` once online (as scripts/setup.sh does) after changing dependencies\n${stderr}`,
      );
    throw error;
  }
}

describe('the images', () => {
  // What the Dockerfile's build stage runs first; the deploys below package its output.
  beforeAll(() => {
    execFileSync('pnpm', ['build'], { cwd: repoRoot, stdio: 'pipe' });
  }, 120_000);

  describe.each(deployables)('the $name image', (d) => {
    it('is a package whose production dependencies hold no TypeScript loader', () => {
      const pkg = JSON.parse(readFileSync(join(repoRoot, d.dir, 'package.json'), 'utf8')) as {
        name: string;
        dependencies: Record<string, string>;
      };
      expect(pkg.name).toBe(`@bc/${d.name}`);
      expect(pkg.dependencies.tsx, 'tsx is a development tool, not a production dependency').toBeUndefined();
      expect(existsSync(join(repoRoot, d.dir, 'src/main.ts'))).toBe(true);
      expect(existsSync(join(repoRoot, d.dir, 'src/migrate.ts'))).toBe(d.database);
    });

    it('holds its compiled entry files and production dependencies only after `pnpm deploy`, and loads', () => {
      const out = mkdtempSync(join(tmpdir(), `bc-image-${d.name}-`));
      try {
        deployOffline(d.name, out);
        const entries = d.database ? ['dist/main.js', 'dist/migrate.js'] : ['dist/main.js'];
        for (const path of entries) {
          expect(existsSync(join(out, path)), path).toBe(true);
          expect(existsSync(join(out, `${path}.map`)), `${path}.map`).toBe(true);
        }
        // The SDL each service reads next to its compiled server module (serviceFiles in platform).
        if (d.name !== 'gateway') expect(existsSync(join(out, 'dist/schema.graphql'))).toBe(true);
        expect(existsSync(join(out, 'src')), 'no TypeScript sources').toBe(false);
        expect(existsSync(join(out, 'node_modules/@bc')), 'workspace packages are compiled in').toBe(false);
        expect(existsSync(join(out, 'node_modules/tsx')), 'no tsx').toBe(false);
        const store = readdirSync(join(out, 'node_modules/.pnpm'));
        expect(
          store.filter((p) => /^(tsx|typescript|esbuild|vitest)@/.test(p)),
          'no TypeScript tooling',
        ).toEqual([]);

        // The image's CMD and Job commands on this folder: each loads its whole module graph from the
        // folder's node_modules, then stops on the configuration it lacks, naming the variable.
        for (const [entry, variable] of [
          ['dist/main.js', 'BC_SUBGRAPH_SECRET'],
          ...(d.database ? [['dist/migrate.js', 'BC_DATABASE_URL']] : []),
          // REP-6 offline rebuild (services/reporting/README.md), run from the image.
          ...(d.name === 'reporting' ? [['dist/rebuild.js', 'BC_DATABASE_URL']] : []),
        ] as const) {
          const run = spawnSync(process.execPath, ['--enable-source-maps', entry], {
            cwd: out,
            env: { PATH: process.env.PATH, NODE_ENV: 'production' },
            encoding: 'utf8',
            timeout: 30_000,
          });
          const output = `${run.stdout}${run.stderr}`;
          expect(output, entry).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (module|package)/);
          expect(output, entry).toContain(variable);
          expect(run.status, entry).not.toBe(0);
        }
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
