/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */
import { Migration20261126012052 } from './Migration20261126012052.ts';

export const migrations = [{ name: 'Migration20261126012052', class: Migration20261126012052 }];
