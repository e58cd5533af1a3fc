import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraphiqlAssets } from '@bc/gateway';
import { build, type Plugin } from 'esbuild';
import { type Deployable, deployables } from '../infra/lib/services.ts';

/**
 * Compiles each deployable process (infra/lib/services.ts) to JavaScript for its container image:
 * `src/main.ts` → `dist/main.js` and, with a database, `src/migrate.ts` → `dist/migrate.js` (the
 * migration Job; reporting also `dist/rebuild.js`), ES modules with source maps, run as
 * `node --enable-source-maps dist/main.js`. The workspace packages (`@bc/*`, whose exports are
 * TypeScript sources) are bundled in; every other package stays an import, so it must be one of the
 * process's own `dependencies`, at the version the workspace package whose code imports it declares
 * (both checked here: the image resolves it from the process's node_modules only). Files read at
 * run time next to a module are copied beside the bundle: a service's `schema.graphql`
 * (`serviceFiles` in platform).
 *   pnpm build [name…]   # every deployable, or only those named
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const builtins = new Set(builtinModules);

/** Commands an image runs besides `main` and `migrate`: `dist/<name>.js` from the given source. */
const commands: Record<string, Record<string, string>> = {
  // REP-6 offline rebuild, e.g. a Job before a rollout (services/reporting/README.md).
  reporting: { rebuild: 'src/rebuild/rebuild-command.ts' },
};

/** Keeps workspace packages in the bundle and every other package out of it. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@bc/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
}
const manifests = new Map<string, Manifest>();
function manifestOf(path: string): Manifest {
  let manifest = manifests.get(path);
  if (!manifest) {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    manifests.set(path, manifest);
  }
  return manifest;
}

/** The package.json nearest above a source file: the package the file belongs to. */
function ownerManifest(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir))
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'package.json');
}

async function buildDeployable(d: Deployable): Promise<void> {
  const dir = join(root, d.dir);
  const entryPoints = [
    { in: join(dir, 'src/main.ts'), out: 'main' },
    ...(d.database ? [{ in: join(dir, 'src/migrate.ts'), out: 'migrate' }] : []),
    ...Object.entries(commands[d.name] ?? {}).map(([out, source]) => ({ in: join(dir, source), out })),
  ];
  const outdir = join(dir, 'dist');
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    // Shared code of main and migrate goes into one chunk, loaded by both.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    sourcemap: true,
    // MikroORM and the logs read class and function names.
    keepNames: true,
    plugins: [externalPackages],
    metafile: true,
    logLevel: 'warning',
  });

  // Every package the bundle imports must resolve from the process's own node_modules (the image has
  // no other), at the version the workspace package whose code imports it declares.
  const pkg = manifestOf(join(dir, 'package.json'));
  const problems = new Set<string>();
  for (const [file, input] of Object.entries(result.metafile.inputs))
    for (const i of input.imports) {
      // (`<runtime>` is esbuild's own helper module.)
      if (!i.external || i.path.startsWith('<') || i.path.startsWith('node:') || builtins.has(i.path))
        continue;
      const name = packageName(i.path);
      const wanted = pkg.dependencies?.[name];
      const owner = manifestOf(ownerManifest(join(root, file)));
      const declared = owner.dependencies?.[name];
      if (!wanted) problems.add(`${name} (imported by ${file}) is not in its dependencies`);
      else if (declared && declared !== wanted)
        problems.add(
          `${name} is ${wanted} in its dependencies but ${declared} in ${owner.name}'s, whose code imports it`,
        );
    }
  if (problems.size) throw new Error(`${d.dir}/package.json: ${[...problems].join('; ')}`);

  const sdl = join(dir, 'src/schema.graphql');
  if (existsSync(sdl)) copyFileSync(sdl, join(outdir, 'schema.graphql'));
  // GraphiQL's page and files, bundled from node_modules (served where BC_GRAPHIQL=true; gateway README).
  if (d.name === 'gateway') await buildGraphiqlAssets(join(outdir, 'graphiql'));
}

const names = process.argv.slice(2);
const unknown = names.filter((n) => !deployables.some((d) => d.name === n));
if (unknown.length) throw new Error(`unknown deployable: ${unknown.join(', ')}`);
const selected = names.length ? deployables.filter((d) => names.includes(d.name)) : deployables;
const started = performance.now();
await Promise.all(selected.map(buildDeployable));
console.log(
  `built ${selected.map((d) => `${d.dir}/dist`).join(', ')} in ${Math.round(performance.now() - started)} ms`,
);
