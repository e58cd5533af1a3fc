/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */

import { Migration20261205ApiSixKeysetIndexes } from './Migration20261205ApiSixKeysetIndexes.ts';
import { Migration20261205OpsOneTraceContext } from './Migration20261205OpsOneTraceContext.ts';
import { Migration20261125142308 } from './Migration20261125142308.ts';
import { Migration20261125142956 } from './Migration20261125142956.ts';
import { Migration20261125143447 } from './Migration20261125143447.ts';
import { Migration20261125143700 } from './Migration20261125143700.ts';
import { Migration20261125151817 } from './Migration20261125151817.ts';
import { Migration20261126011634 } from './Migration20261126011634.ts';
import { Migration20261204160100 } from './Migration20261204160100.ts';
import { Migration20261204200950 } from './Migration20261204200950.ts';

export const migrations = [
  { name: 'Migration20261125142308', class: Migration20261125142308 },
  { name: 'Migration20261125142956', class: Migration20261125142956 },
  { name: 'Migration20261125143447', class: Migration20261125143447 },
  { name: 'Migration20261125143700', class: Migration20261125143700 },
  { name: 'Migration20261125151817', class: Migration20261125151817 },
  { name: 'Migration20261126011634', class: Migration20261126011634 },
  { name: 'Migration20261204160100', class: Migration20261204160100 },
  { name: 'Migration20261204200950', class: Migration20261204200950 },
  { name: 'Migration20261205ApiSixKeysetIndexes', class: Migration20261205ApiSixKeysetIndexes },
  { name: 'Migration20261205OpsOneTraceContext', class: Migration20261205OpsOneTraceContext },
];
