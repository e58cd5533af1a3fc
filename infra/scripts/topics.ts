import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { infraDir } from '../lib/paths.ts';
import { renderTopics, topicsFile } from '../lib/topics.ts';

/**
 * `pnpm infra:topics`: writes infra/k8s/base/kafka/topics.yaml from the topics the code uses;
 * `--check` only says whether the committed file is up to date.
 */
const path = join(infraDir, topicsFile);
const rendered = renderTopics();
if (process.argv.includes('--check')) {
  if (readFileSync(path, 'utf8') !== rendered) {
    console.error(`${path} is stale: run \`pnpm infra:topics\` and commit it`);
    process.exit(1);
  }
  console.log(`${path} is up to date`);
} else {
  writeFileSync(path, rendered);
  console.log(`wrote ${path}`);
}
