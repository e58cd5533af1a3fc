/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */

import { Migration20261205OpsOneTraceContext } from './Migration20261205OpsOneTraceContext.ts';
import { Migration20261126012052 } from './Migration20261126012052.ts';
import { Migration20261204160210 } from './Migration20261204160210.ts';

export const migrations = [
  { name: 'Migration20261126012052', class: Migration20261126012052 },
  { name: 'Migration20261204160210', class: Migration20261204160210 },
  { name: 'Migration20261205OpsOneTraceContext', class: Migration20261205OpsOneTraceContext },
];
