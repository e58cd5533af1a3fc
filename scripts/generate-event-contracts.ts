import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { EVENTS_GENERATED_DIR, eventContractFiles } from './lib/event-schemas.ts';
import { root } from './lib/supergraph.ts';

/** Part of `pnpm generate`: the event payloads' JSON Schemas and the AsyncAPI document (API-4). */
rmSync(`${root}${EVENTS_GENERATED_DIR}`, { recursive: true, force: true });
const files = eventContractFiles();
for (const [path, content] of files) {
  mkdirSync(dirname(`${root}${path}`), { recursive: true });
  writeFileSync(`${root}${path}`, content);
}
console.log(`wrote ${files.size} files to ${EVENTS_GENERATED_DIR}`);
