import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * GraphiQL's page, script, styles, fonts and Monaco workers, built from the `graphiql` package in
 * node_modules with esbuild: nothing is loaded from a CDN. `pnpm build` writes them to
 * `gateway/dist/graphiql/` (the image serves that); from sources (development, tests) they are built
 * once into `gateway/.graphiql/` and rebuilt when app.tsx or the graphiql version changes.
 */
const require = createRequire(import.meta.url);
const SOURCE = fileURLToPath(new URL('./app.tsx', import.meta.url));

export const GRAPHIQL_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Business Center API: GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/app.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script type="module" src="/graphiql/app.js"></script>
  </body>
</html>
`;

function graphiqlVersion(): string {
  return (JSON.parse(readFileSync(require.resolve('graphiql/package.json'), 'utf8')) as { version: string })
    .version;
}

/** Bundles the page's assets into `outdir` (esbuild is a build tool: imported only here). */
export async function buildGraphiqlAssets(outdir: string): Promise<void> {
  // A build tool, not a dependency of the gateway's image: a specifier the bundler leaves alone.
  const esbuild = 'esbuild';
  const { build } = (await import(esbuild)) as typeof import('esbuild');
  // Monaco's workers are dependencies of @graphiql/react, resolved from its own node_modules.
  const graphiqlDir = dirname(realpathSync(require.resolve('graphiql/package.json')));
  const reactPackage = createRequire(join(graphiqlDir, 'package.json')).resolve(
    '@graphiql/react/package.json',
  );
  const deps = join(dirname(realpathSync(reactPackage)), '..', '..');
  const common: import('esbuild').BuildOptions = {
    bundle: true,
    minify: true,
    outdir,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
    nodePaths: [deps],
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: { app: SOURCE },
      format: 'esm',
      jsx: 'automatic',
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
      assetNames: '[name]-[hash]',
    }),
    build({
      ...common,
      entryPoints: {
        'editor.worker': join(deps, 'monaco-editor/esm/vs/editor/editor.worker.js'),
        'json.worker': join(deps, 'monaco-editor/esm/vs/language/json/json.worker.js'),
        'graphql.worker': join(deps, 'monaco-graphql/esm/graphql.worker.js'),
      },
      format: 'iife',
    }),
  ]);
  writeFileSync(join(outdir, 'index.html'), GRAPHIQL_HTML);
  writeFileSync(join(outdir, 'VERSION'), stamp());
}

const stamp = () => `graphiql ${graphiqlVersion()} ${statSync(SOURCE).mtimeMs}\n`;

/** The folder the gateway serves GraphiQL from: the build's, or the development copy (built if stale). */
export async function graphiqlAssetsDir(): Promise<string> {
  const built = fileURLToPath(new URL('./graphiql/', import.meta.url));
  // Bundled (dist/main.js): the files `pnpm build` wrote beside it.
  if (!import.meta.url.endsWith('.ts')) return built;
  const dev = fileURLToPath(new URL('../../.graphiql', import.meta.url));
  const fresh = () =>
    existsSync(join(dev, 'VERSION')) && readFileSync(join(dev, 'VERSION'), 'utf8') === stamp();
  if (fresh()) return dev;
  // Built aside and moved in whole: test files start gateways in parallel, none may read half a build.
  const building = `${dev}.${randomUUID()}`;
  await buildGraphiqlAssets(building);
  if (fresh()) rmSync(building, { recursive: true, force: true });
  else {
    if (existsSync(dev)) renameSync(dev, `${building}.old`);
    renameSync(building, dev);
    rmSync(`${building}.old`, { recursive: true, force: true });
  }
  return dev;
}
