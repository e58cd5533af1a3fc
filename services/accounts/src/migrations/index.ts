/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */

import { Migration20261205ApiOneClientStanding } from './Migration20261205ApiOneClientStanding.ts';
import { Migration20261205ApiSixKeysetIndexes } from './Migration20261205ApiSixKeysetIndexes.ts';
import { Migration20261205OpsOneTraceContext } from './Migration20261205OpsOneTraceContext.ts';
import { Migration20261125134250 } from './Migration20261125134250.ts';
import { Migration20261125142716 } from './Migration20261125142716.ts';
import { Migration20261204150000 } from './Migration20261204150000.ts';
import { Migration20261204150100 } from './Migration20261204150100.ts';
import { Migration20261204150200 } from './Migration20261204150200.ts';
import { Migration20261205000100 } from './Migration20261205000100.ts';
import { Migration20261205001000 } from './Migration20261205001000.ts';

export const migrations = [
  { name: 'Migration20261125134250', class: Migration20261125134250 },
  { name: 'Migration20261125142716', class: Migration20261125142716 },
  { name: 'Migration20261204150000', class: Migration20261204150000 },
  { name: 'Migration20261204150100', class: Migration20261204150100 },
  { name: 'Migration20261204150200', class: Migration20261204150200 },
  { name: 'Migration20261205000100', class: Migration20261205000100 },
  { name: 'Migration20261205001000', class: Migration20261205001000 },
  { name: 'Migration20261205ApiOneClientStanding', class: Migration20261205ApiOneClientStanding },
  { name: 'Migration20261205ApiSixKeysetIndexes', class: Migration20261205ApiSixKeysetIndexes },
  { name: 'Migration20261205OpsOneTraceContext', class: Migration20261205OpsOneTraceContext },
];
