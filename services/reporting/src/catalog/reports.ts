import { requirePermission } from '@bc/platform';
import type { ReportingContext } from '../context.ts';
import { viewText } from './cell-values.ts';
import type { ColumnDefinition, ReportCategory, ReportDefinition } from './report-definition.ts';
import {
  countRows,
  REPORT_ROW_LIMIT,
  type ReportQuery,
  readRows,
  resolveQuery,
  truncationWarning,
} from './run-report.ts';
import { standardReports } from './standard-reports.ts';

export interface ReportResult {
  report: ReportDefinition;
  columns: ColumnDefinition[];
  rows: { values: (string | null)[] }[];
  rowCount: number;
  truncated: boolean;
  warning: string | null;
}

const CATEGORIES: ReportCategory[] = [
  'AGREEMENTS',
  'LICENSES_AND_SERVICES',
  'ORDERS_AND_INVOICES',
  'SOFTWARE_ASSURANCE_BENEFITS',
];

export function reportCategories(ctx: ReportingContext) {
  requirePermission(ctx.identity, 'VIEW_REPORTS');
  return CATEGORIES.map((category) => ({
    category,
    reports: standardReports.filter((r) => r.category === category),
  }));
}

export const today = (ctx: ReportingContext) => ctx.clock.now().toISOString().slice(0, 10);

/** REP-2/REP-4: the report's rows for the caller's organization, at most 10,000, with a warning beyond. */
export async function runReport(ctx: ReportingContext, query: ReportQuery): Promise<ReportResult> {
  const resolved = resolveQuery(query);
  const user = requirePermission(ctx.identity, resolved.definition.permission);
  const rows = await readRows(
    ctx.em,
    resolved,
    user.organizationId,
    { offset: 0, limit: REPORT_ROW_LIMIT + 1 },
    today(ctx),
  );
  const truncated = rows.length > REPORT_ROW_LIMIT;
  const shown = truncated ? rows.slice(0, REPORT_ROW_LIMIT) : rows;
  return {
    report: resolved.definition,
    columns: resolved.columns,
    rows: shown.map((row) => {
      const currency = typeof row.currency === 'string' ? row.currency : null;
      return { values: resolved.columns.map((c) => viewText(c, row[c.key] ?? null, currency)) };
    }),
    rowCount: shown.length,
    truncated,
    warning: truncated ? truncationWarning(await countRows(ctx.em, resolved, user.organizationId)) : null,
  };
}
