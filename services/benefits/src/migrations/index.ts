/* Written by scripts/make-migration.ts: the service's PostgreSQL migrations, oldest first. */

import { Migration20261205ApiSixKeysetIndexes } from './Migration20261205ApiSixKeysetIndexes.ts';
import { Migration20261205OpsOneTraceContext } from './Migration20261205OpsOneTraceContext.ts';
import { Migration20261125145938 } from './Migration20261125145938.ts';
import { Migration20261125150256 } from './Migration20261125150256.ts';
import { Migration20261125150426 } from './Migration20261125150426.ts';
import { Migration20261125150646 } from './Migration20261125150646.ts';
import { Migration20261125152139 } from './Migration20261125152139.ts';
import { Migration20261204160210 } from './Migration20261204160210.ts';
import { Migration20261204201033 } from './Migration20261204201033.ts';

export const migrations = [
  { name: 'Migration20261125145938', class: Migration20261125145938 },
  { name: 'Migration20261125150256', class: Migration20261125150256 },
  { name: 'Migration20261125150426', class: Migration20261125150426 },
  { name: 'Migration20261125150646', class: Migration20261125150646 },
  { name: 'Migration20261125152139', class: Migration20261125152139 },
  { name: 'Migration20261204160210', class: Migration20261204160210 },
  { name: 'Migration20261204201033', class: Migration20261204201033 },
  { name: 'Migration20261205ApiSixKeysetIndexes', class: Migration20261205ApiSixKeysetIndexes },
  { name: 'Migration20261205OpsOneTraceContext', class: Migration20261205OpsOneTraceContext },
];
