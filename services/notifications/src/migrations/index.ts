/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */

import { Migration20261205ApiSixKeysetIndexes } from './Migration20261205ApiSixKeysetIndexes.ts';
import { Migration20261205OpsOneTraceContext } from './Migration20261205OpsOneTraceContext.ts';
import { Migration20261125133919 } from './Migration20261125133919.ts';
import { Migration20261125140726 } from './Migration20261125140726.ts';
import { Migration20261125142954 } from './Migration20261125142954.ts';
import { Migration20261205000200 } from './Migration20261205000200.ts';

export const migrations = [
  { name: 'Migration20261125133919', class: Migration20261125133919 },
  { name: 'Migration20261125140726', class: Migration20261125140726 },
  { name: 'Migration20261125142954', class: Migration20261125142954 },
  { name: 'Migration20261205000200', class: Migration20261205000200 },
  { name: 'Migration20261205ApiSixKeysetIndexes', class: Migration20261205ApiSixKeysetIndexes },
  { name: 'Migration20261205OpsOneTraceContext', class: Migration20261205OpsOneTraceContext },
];
