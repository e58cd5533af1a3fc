import { containsPattern, LIKE_ESCAPE, type Permission } from '@bc/platform';
import { type Expression, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';

/** Reports are plain SQL over the read-model tables (MikroORM's Kysely, bound to the current transaction). */
// biome-ignore lint/suspicious/noExplicitAny: report queries are built over untyped tables and aliases
export type Db = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: as above
export type Query = SelectQueryBuilder<any, any, any>;

export type ReportCategory =
  | 'AGREEMENTS'
  | 'LICENSES_AND_SERVICES'
  | 'ORDERS_AND_INVOICES'
  | 'SOFTWARE_ASSURANCE_BENEFITS';

export type StandardReportId =
  | 'PHONE_SUPPORT_24X7'
  | 'WEB_SUPPORT_24X7'
  | 'AGREEMENTS'
  | 'AGREEMENT_OFFERS'
  | 'HOME_USE_PROGRAM'
  | 'LICENSES_AND_SERVICES'
  | 'ONLINE_SERVICES_RENEWALS'
  | 'PACKAGES_AND_PRODUCTS'
  | 'PLANNING_SERVICES'
  | 'TRAINING_VOUCHERS'
  | 'UNPAID_ONLINE_SERVICES_RECONCILIATION';

/**
 * TEXT and NUMBER as they are; AMOUNT is money in minor units of the row's `currency` column
 * (REP-5: currency in a column of its own); DATE is `YYYY-MM-DD`; BOOLEAN shows Yes/No.
 */
export type ColumnType = 'TEXT' | 'NUMBER' | 'AMOUNT' | 'CURRENCY' | 'DATE' | 'BOOLEAN';

export interface ColumnDefinition {
  key: string;
  label: string;
  type: ColumnType;
  /** REP-3: required columns cannot be removed from a custom report. */
  required?: boolean;
  /** Shown when the caller chooses no columns (required ones always are). */
  byDefault?: boolean;
}

export type FilterType = 'TEXT' | 'DATE' | 'ENUM' | 'BOOLEAN';

export interface FilterDefinition {
  key: string;
  label: string;
  type: FilterType;
  /** REP-2: behind "Show more filters". */
  more?: boolean;
  options?: readonly string[];
  /** Narrows the report's rows (aliased `r`) by the validated value; returns the narrowed query. */
  apply: (query: Query, value: string, db: Db) => Query;
}

/** The value of a report row, keyed by column key. */
export type RowValue = string | number | boolean | null;
export type ReportRow = Record<string, RowValue>;

export interface ReportDefinition {
  id: StandardReportId;
  name: string;
  category: ReportCategory;
  description: string;
  permission: Permission;
  columns: ColumnDefinition[];
  filters: FilterDefinition[];
  /**
   * One organization's rows, each column selected under its key. The runner wraps it as `r`,
   * applies filters, sorts by `orderBy` and limits.
   */
  source: (db: Db, organizationId: string) => Query;
  orderBy: string[];
  /** Columns computed after reading (e.g. days until a renewal, from the injected clock). */
  derive?: (row: ReportRow, today: string) => void;
}

// ------------------------------------------------------------------ filter builders

/** `lower(column) like '%text%'` in which `%`, `_` typed by a user match themselves on both databases. */
export const containsCondition = (column: string, value: string): Expression<SqlBool> =>
  sql<SqlBool>`lower(${sql.ref(column)}) like ${containsPattern(value)} escape ${sql.lit(LIKE_ESCAPE)}`;

export const contains = (key: string, label: string, more = false): FilterDefinition => ({
  key,
  label,
  type: 'TEXT',
  more,
  apply: (q, value) => q.where(containsCondition(`r.${key}`, value)),
});

export const equalsText = (key: string, label: string, more = false): FilterDefinition => ({
  key,
  label,
  type: 'TEXT',
  more,
  apply: (q, value) => q.where(sql<SqlBool>`lower(${sql.ref(`r.${key}`)}) = ${value.toLowerCase()}`),
});

export const oneOf = (
  key: string,
  label: string,
  options: readonly string[],
  more = false,
): FilterDefinition => ({
  key,
  label,
  type: 'ENUM',
  more,
  options,
  apply: (q, value) => q.where(`r.${key}`, '=', value),
});

export const dateFrom = (column: string, key: string, label: string, more = true): FilterDefinition => ({
  key,
  label,
  type: 'DATE',
  more,
  apply: (q, value) => q.where(`r.${column}`, '>=', value),
});

export const dateTo = (column: string, key: string, label: string, more = true): FilterDefinition => ({
  key,
  label,
  type: 'DATE',
  more,
  apply: (q, value) => q.where(`r.${column}`, '<=', value),
});

/** A literal `true`/`false`: both databases read it, and better-sqlite3 binds no booleans. */
export const yesNo = (key: string, label: string, more = true): FilterDefinition => ({
  key,
  label,
  type: 'BOOLEAN',
  more,
  apply: (q, value) => q.where(`r.${key}`, '=', sql.lit(value === 'true')),
});

/** AGR-1: every report can be scoped to one purchasing account. */
export const purchasingAccountFilter = equalsText('purchasingAccountNumber', 'Purchasing account number');
