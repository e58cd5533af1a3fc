import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { API_PUBLISHED_PATH, apiSchemaSdl } from './lib/breaking-changes.ts';
import { EVENTS_GENERATED_DIR, EVENTS_PUBLISHED_DIR } from './lib/event-schemas.ts';
import { root, supergraphPath } from './lib/supergraph.ts';

/**
 * `pnpm contracts:publish`: makes the current API schema and event payload schemas the baseline the
 * breaking-change check compares against (schema/published/). Run it deliberately, when a release is
 * published, after `pnpm generate`; then empty schema/intended-changes.yaml of what it now contains.
 */
mkdirSync(`${root}schema/published`, { recursive: true });
writeFileSync(`${root}${API_PUBLISHED_PATH}`, apiSchemaSdl(readFileSync(supergraphPath, 'utf8')));
const to = `${root}${EVENTS_PUBLISHED_DIR}`;
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const from = `${root}${EVENTS_GENERATED_DIR}/payloads`;
const files = readdirSync(from).filter((file) => file.endsWith('.schema.json'));
for (const file of files) copyFileSync(`${from}/${file}`, `${to}/${file}`);
console.log(`published ${API_PUBLISHED_PATH} and ${files.length} event schemas to ${EVENTS_PUBLISHED_DIR}`);
