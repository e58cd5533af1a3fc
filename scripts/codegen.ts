import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from './lib/codegen-config.ts';
import { root } from './lib/supergraph.ts';

/** `pnpm codegen`: resolver types for every service in the list (scripts/lib/codegen-config.ts). */
process.chdir(root);
await generate(codegenConfig(), true);
