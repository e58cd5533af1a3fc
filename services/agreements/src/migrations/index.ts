/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */

import { Migration20261205ApiSixKeysetIndexes } from './Migration20261205ApiSixKeysetIndexes.ts';
import { Migration20261205OpsOneTraceContext } from './Migration20261205OpsOneTraceContext.ts';
import { Migration20261125140724 } from './Migration20261125140724.ts';
import { Migration20261204160200 } from './Migration20261204160200.ts';

export const migrations = [
  { name: 'Migration20261125140724', class: Migration20261125140724 },
  { name: 'Migration20261204160200', class: Migration20261204160200 },
  { name: 'Migration20261205ApiSixKeysetIndexes', class: Migration20261205ApiSixKeysetIndexes },
  { name: 'Migration20261205OpsOneTraceContext', class: Migration20261205OpsOneTraceContext },
];
