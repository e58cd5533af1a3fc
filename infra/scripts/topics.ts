import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kafkaAccess, renderUsers, usersFile } from '../lib/kafka-users.ts';
import { infraDir } from '../lib/paths.ts';
import { renderTopics, topicsFile } from '../lib/topics.ts';

/**
 * `pnpm infra:topics`: writes infra/k8s/base/kafka/topics.yaml from the topics the code uses and
 * users.yaml from what each process writes and reads (OPS-5); `--check` only says whether the
 * committed files are up to date.
 */
const files = [
  [join(infraDir, topicsFile), renderTopics()],
  [join(infraDir, usersFile), renderUsers(await kafkaAccess())],
] as const;
let stale = false;
for (const [path, rendered] of files) {
  if (process.argv.includes('--check')) {
    if (readFileSync(path, 'utf8') !== rendered) {
      console.error(`${path} is stale: run \`pnpm infra:topics\` and commit it`);
      stale = true;
    } else console.log(`${path} is up to date`);
  } else {
    writeFileSync(path, rendered);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
