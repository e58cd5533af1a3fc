import { badInput, conflict, notFound, requirePermission } from '@bc/platform';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { chooseColumns, type FilterValue, resolveQuery } from '../catalog/run-report.ts';
import type { ReportingContext } from '../context.ts';
import { CustomReport } from './custom-report.ts';

export interface SaveCustomReportInput {
  reportId: string;
  name: string;
  description?: string | null;
  filters?: FilterValue[] | null;
  columns?: string[] | null;
}

/** REP-3: custom reports belong to the organization; everyone there who may view reports sees them. */
export async function customReports(ctx: ReportingContext): Promise<CustomReport[]> {
  const user = requirePermission(ctx.identity, 'VIEW_REPORTS');
  return ctx.em.find(CustomReport, { organizationId: user.organizationId }, { orderBy: { name: 'asc' } });
}

/** Another organization's report is "not found", never "forbidden": its existence is not told. */
export async function customReportOf(ctx: ReportingContext, id: string): Promise<CustomReport> {
  const user = requirePermission(ctx.identity, 'VIEW_REPORTS');
  const report = await ctx.em.findOne(CustomReport, { id, organizationId: user.organizationId });
  if (!report) throw notFound('Custom report');
  return report;
}

export async function saveCustomReport(
  ctx: ReportingContext,
  input: SaveCustomReportInput,
): Promise<CustomReport> {
  const user = requirePermission(ctx.identity, 'VIEW_REPORTS');
  const name = input.name.trim();
  if (name.length === 0 || name.length > 120) throw badInput('name', 'must be 1 to 120 characters');
  const description = input.description?.trim() || null;
  if (description && description.length > 1000)
    throw badInput('description', 'must be at most 1000 characters');
  // The same checks as running it: a saved query always runs.
  const resolved = resolveQuery({
    reportId: input.reportId,
    filters: input.filters ?? [],
    columns: input.columns ?? [],
  });
  const report = Object.assign(new CustomReport(), {
    id: ctx.ids.uuid(),
    organizationId: user.organizationId,
    reportId: input.reportId,
    name,
    description,
    filters: resolved.filters.map((f) => ({ key: f.filter.key, value: f.value })),
    columns: resolved.columns.map((c) => c.key),
    createdBy: user.workAccount,
    createdAt: ctx.clock.now(),
  });
  try {
    await ctx.em.persist(report).flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict('name', 'a custom report with this name exists');
    throw error;
  }
  return report;
}

export async function selectCustomReportColumns(
  ctx: ReportingContext,
  id: string,
  columns: string[],
): Promise<CustomReport> {
  const report = await customReportOf(ctx, id);
  const resolved = resolveQuery({ reportId: report.reportId, filters: report.filters, columns });
  if (columns.length === 0) throw badInput('columns', 'choose at least the required columns');
  report.columns = chooseColumns(resolved.definition, columns).map((c) => c.key);
  await ctx.em.flush();
  return report;
}

export async function deleteCustomReport(ctx: ReportingContext, id: string): Promise<boolean> {
  const report = await customReportOf(ctx, id);
  await ctx.em.remove(report).flush();
  return true;
}
