import { writeFileSync } from 'node:fs';
import { composeSupergraph, supergraphPath } from './lib/supergraph.ts';

writeFileSync(supergraphPath, composeSupergraph());
console.log(`wrote ${supergraphPath}`);
