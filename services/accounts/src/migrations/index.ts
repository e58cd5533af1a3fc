/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */
import { Migration20261125133917 } from './Migration20261125133917.ts';

export const migrations = [
  { name: 'Migration20261125133917', class: Migration20261125133917 },
];
