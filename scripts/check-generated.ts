import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from './lib/codegen-config.ts';
import { EVENTS_GENERATED_DIR, eventContractFiles } from './lib/event-schemas.ts';
import { composeSupergraph, root, supergraphPath } from './lib/supergraph.ts';

/**
 * Fails when a generated artifact is stale: the committed supergraph (GW-1), resolver types, or the
 * event contracts' JSON Schemas and AsyncAPI document (API-4).
 * Composition errors fail here too.
 */
let stale = 0;
const composed = composeSupergraph();
if (readFileSync(supergraphPath, 'utf8') !== composed) {
  console.error('schema/supergraph.graphql is stale: run `pnpm compose` and commit it');
  stale++;
}
process.chdir(root);
const outputs = await generate({ ...codegenConfig(), silent: true }, false);
for (const output of outputs as { filename: string; content: string }[]) {
  if (readFileSync(`${root}${output.filename}`, 'utf8') !== output.content) {
    console.error(`${output.filename} is stale: run \`pnpm codegen\` and commit it`);
    stale++;
  }
}
const eventFiles = eventContractFiles();
for (const [path, content] of eventFiles) {
  if (!existsSync(`${root}${path}`) || readFileSync(`${root}${path}`, 'utf8') !== content) {
    console.error(`${path} is stale: run \`pnpm events\` (or \`pnpm generate\`) and commit it`);
    stale++;
  }
}
const committed = readdirSync(`${root}${EVENTS_GENERATED_DIR}`, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `${entry.parentPath.slice(root.length)}/${entry.name}`);
for (const path of committed.filter((path) => !eventFiles.has(path))) {
  console.error(`${path} is no longer generated: run \`pnpm events\` and commit the removal`);
  stale++;
}
if (stale > 0) process.exit(1);
console.log('supergraph, generated resolver types and event contracts are up to date');
