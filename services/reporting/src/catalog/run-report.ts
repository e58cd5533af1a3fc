import { badInput, filterText } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { typedValue } from './cell-values.ts';
import type {
  ColumnDefinition,
  Db,
  FilterDefinition,
  Query,
  ReportDefinition,
  ReportRow,
} from './report-definition.ts';
import { standardReport } from './standard-reports.ts';

/** REP-4: at most this many rows per view or export. */
export const REPORT_ROW_LIMIT = 10_000;

export interface FilterValue {
  key: string;
  value: string;
}

/** A report query as a user states it: which report, which filters, which columns (in order). */
export interface ReportQuery {
  reportId: string;
  filters: FilterValue[];
  columns: string[];
}

/** A report query checked against its definition. */
export interface ResolvedQuery {
  definition: ReportDefinition;
  filters: { filter: FilterDefinition; value: string }[];
  columns: ColumnDefinition[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function reportOrFail(reportId: string): ReportDefinition {
  const definition = standardReport(reportId);
  if (!definition) throw badInput('reportId', `unknown report ${reportId}`);
  return definition;
}

/** REP-2/REP-3: unknown filters or columns, bad values and removed required columns are refused, naming the field. */
export function resolveQuery(query: ReportQuery): ResolvedQuery {
  const definition = reportOrFail(query.reportId);
  const seen = new Set<string>();
  const filters = query.filters.map(({ key, value }) => {
    filterText('filters.key', key);
    const filter = definition.filters.find((f) => f.key === key);
    const field = `filters.${key}`;
    if (!filter) throw badInput(field, `the ${definition.name} has no filter ${key}`);
    if (seen.has(key)) throw badInput(field, 'given twice');
    seen.add(key);
    const trimmed = value.trim();
    if (trimmed.length === 0) throw badInput(field, 'must not be empty');
    filterText(field, trimmed);
    if (filter.type === 'DATE' && (!DATE.test(trimmed) || Number.isNaN(Date.parse(`${trimmed}T00:00:00Z`))))
      throw badInput(field, 'must be a date YYYY-MM-DD');
    if (filter.type === 'ENUM' && !filter.options?.includes(trimmed))
      throw badInput(field, `must be one of ${filter.options?.join(', ')}`);
    if (filter.type === 'BOOLEAN' && trimmed !== 'true' && trimmed !== 'false')
      throw badInput(field, 'must be true or false');
    return { filter, value: trimmed };
  });
  return { definition, filters, columns: chooseColumns(definition, query.columns) };
}

/** The columns in the order the user chose; none chosen means the report's default set. */
export function chooseColumns(definition: ReportDefinition, keys: string[]): ColumnDefinition[] {
  if (keys.length === 0) return definition.columns.filter((c) => c.required || c.byDefault);
  const chosen: ColumnDefinition[] = [];
  for (const key of keys) {
    const column = definition.columns.find((c) => c.key === key);
    if (!column) throw badInput('columns', `the ${definition.name} has no column ${key}`);
    if (chosen.includes(column)) throw badInput('columns', `column ${key} is chosen twice`);
    chosen.push(column);
  }
  const missing = definition.columns.filter((c) => c.required && !chosen.includes(c));
  if (missing.length > 0)
    throw badInput('columns', `required column ${missing.map((c) => c.key).join(', ')} cannot be removed`);
  return chosen;
}

/** MikroORM's Kysely, in the current transaction if there is one. */
const kysely = (em: EntityManager): Db => (em as SqlEntityManager).getKysely() as unknown as Db;

function filtered(db: Db, resolved: ResolvedQuery, organizationId: string): Query {
  // Tenant rule: the source is always one organization's rows; filters only narrow it.
  let query: Query = db.selectFrom(resolved.definition.source(db, organizationId).as('r')).selectAll('r');
  for (const { filter, value } of resolved.filters) query = filter.apply(query, value, db);
  return query;
}

/** Rows `offset`..`offset + limit` of the report, typed by column (amounts in major units). */
export async function readRows(
  em: EntityManager,
  resolved: ResolvedQuery,
  organizationId: string,
  page: { offset: number; limit: number },
  today: string,
): Promise<ReportRow[]> {
  let query = filtered(kysely(em), resolved, organizationId);
  for (const key of resolved.definition.orderBy) query = query.orderBy(`r.${key}`);
  const raw = (await query.limit(page.limit).offset(page.offset).execute()) as ReportRow[];
  return raw.map((row) => {
    resolved.definition.derive?.(row, today);
    const currency = typeof row.currency === 'string' ? row.currency : null;
    const typed: ReportRow = {};
    for (const column of resolved.definition.columns)
      typed[column.key] = typedValue(column, row[column.key] ?? null, currency);
    return typed;
  });
}

/** How many rows match (for the REP-4 warning before an export starts). */
export async function countRows(
  em: EntityManager,
  resolved: ResolvedQuery,
  organizationId: string,
): Promise<number> {
  const db = kysely(em);
  const row = await db
    .selectFrom(filtered(db, resolved, organizationId).as('c'))
    .select(({ fn }) => fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function truncationWarning(total: number): string | null {
  return total > REPORT_ROW_LIMIT
    ? `This report has ${total} records; only the first ${REPORT_ROW_LIMIT} are shown. Use filters to narrow the results.`
    : null;
}
