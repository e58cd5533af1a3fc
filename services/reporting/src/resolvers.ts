import { DateTimeScalar, guardMutations, requirePermission } from '@bc/platform';
import type { MutationResolvers, Resolvers } from './__generated__/resolvers.ts';
import { reportCategories, runReport } from './catalog/reports.ts';
import { reportOrFail } from './catalog/run-report.ts';
import type { ReportingContext } from './context.ts';
import {
  customReportOf,
  customReports,
  deleteCustomReport,
  saveCustomReport,
  selectCustomReportColumns,
} from './custom-reports/custom-reports.ts';
import { exportReport } from './export/report-export.ts';
import { mutationCallers } from './mutation-callers.ts';

/** Thin: the feature modules do the work. */
export const resolvers: Resolvers<ReportingContext> = {
  DateTime: DateTimeScalar,
  Query: {
    reportCategories: (_, __, ctx) => reportCategories(ctx),
    standardReport: (_, { id }, ctx) => {
      requirePermission(ctx.identity, 'VIEW_REPORTS');
      return reportOrFail(id);
    },
    runReport: (_, { input }, ctx) =>
      runReport(ctx, {
        reportId: input.reportId,
        filters: input.filters ?? [],
        columns: input.columns ?? [],
      }),
    customReports: (_, __, ctx) => customReports(ctx),
    runCustomReport: async (_, { id }, ctx) => {
      const saved = await customReportOf(ctx, id);
      return runReport(ctx, { reportId: saved.reportId, filters: saved.filters, columns: saved.columns });
    },
    readModelStatus: (_, __, ctx) => ctx.deps.builder.statusFor(ctx.identity),
  },
  // Who may call each mutation is declared once, in mutation-callers.ts, and checked before it runs.
  Mutation: guardMutations<MutationResolvers<ReportingContext>>(mutationCallers, {
    saveCustomReport: (_, { input }, ctx) => saveCustomReport(ctx, input),
    selectCustomReportColumns: (_, { id, columns }, ctx) => selectCustomReportColumns(ctx, id, columns),
    deleteCustomReport: (_, { id }, ctx) => deleteCustomReport(ctx, id),
    exportReport: (_, { input }, ctx) => exportReport(ctx, input),
    rebuildReadModels: (_, __, ctx) => ctx.deps.builder.rebuild(ctx.identity),
  }),
  StandardReport: {
    filters: (report) =>
      report.filters.map((f) => ({
        key: f.key,
        label: f.label,
        type: f.type,
        more: f.more ?? false,
        options: f.options ? [...f.options] : null,
      })),
    columns: (report) => report.columns,
  },
  ReportColumn: {
    required: (column) => column.required ?? false,
    byDefault: (column) => column.byDefault ?? column.required ?? false,
  },
  CustomReport: {
    report: (saved) => reportOrFail(saved.reportId),
    columns: (saved) => {
      const definition = reportOrFail(saved.reportId);
      return saved.columns.map((key) => definition.columns.find((c) => c.key === key)!);
    },
  },
};
