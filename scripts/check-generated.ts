import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from './lib/codegen-config.ts';
import { composeSupergraph, root, supergraphPath } from './lib/supergraph.ts';

/**
 * Fails when a generated artifact is stale: the committed supergraph (GW-1) or resolver types.
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
if (stale > 0) process.exit(1);
console.log('supergraph and generated resolver types are up to date');
