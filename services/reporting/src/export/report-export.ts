import {
  badInput,
  type Clock,
  type LinkClaims,
  MAX_LINK_TTL_MS,
  type RevocationList,
  type RouteHandler,
  requirePermission,
  signedLinkRoute,
  signLink,
  verifyLink,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import {
  countRows,
  type FilterValue,
  type ReportQuery,
  resolveQuery,
  truncationWarning,
} from '../catalog/run-report.ts';
import type { ReportingContext } from '../context.ts';
import { customReportOf } from '../custom-reports/custom-reports.ts';
import { type ExportFormat, writeExport } from './export-writer.ts';

/** Long enough to start the download, short enough not to be passed around. */
export const EXPORT_LINK_TTL_MS = MAX_LINK_TTL_MS;

interface ExportClaims extends LinkClaims, ReportQuery {
  organizationId: string;
  format: ExportFormat;
  locale: string;
}

export interface ExportReportInput {
  reportId?: string | null;
  filters?: FilterValue[] | null;
  columns?: string[] | null;
  customReportId?: string | null;
  format: ExportFormat;
  locale?: string | null;
}

function localeOf(value: string | null | undefined): string {
  if (!value) return 'en-US';
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (canonical && Intl.NumberFormat.supportedLocalesOf(canonical).length > 0) return canonical;
  } catch {
    // falls through to the error below
  }
  throw badInput('locale', `${value} is not a locale (e.g. en-US, de-DE)`);
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
};

/** REP-5: checks the query as a view would, then hands out a short-lived link to the file for this user. */
export async function exportReport(ctx: ReportingContext, input: ExportReportInput) {
  const user = requirePermission(ctx.identity, 'VIEW_REPORTS');
  if (Boolean(input.reportId) === Boolean(input.customReportId))
    throw badInput('reportId', 'give either a report or a custom report');
  let query: ReportQuery;
  if (input.customReportId) {
    const saved = await customReportOf(ctx, input.customReportId);
    query = { reportId: saved.reportId, filters: saved.filters, columns: saved.columns };
  } else {
    query = { reportId: input.reportId!, filters: input.filters ?? [], columns: input.columns ?? [] };
  }
  const resolved = resolveQuery(query);
  requirePermission(ctx.identity, resolved.definition.permission);
  const locale = localeOf(input.locale);
  const total = await countRows(ctx.em, resolved, user.organizationId);
  const expiresAt = ctx.clock.now().getTime() + EXPORT_LINK_TTL_MS;
  const claims: ExportClaims = {
    userId: user.userId,
    sessionId: user.sessionId,
    securityStamp: user.securityStamp,
    organizationId: user.organizationId,
    expiresAt,
    reportId: resolved.definition.id,
    filters: resolved.filters.map((f) => ({ key: f.filter.key, value: f.value })),
    columns: resolved.columns.map((c) => c.key),
    format: input.format,
    locale,
  };
  const token = signLink(claims, ctx.deps.exportLinks.secret);
  const warning = truncationWarning(total);
  return {
    url: `${ctx.deps.exportLinks.publicUrl}/exports/file?token=${token}`,
    expiresAt: new Date(expiresAt),
    fileName: fileName(resolved.definition.name, input.format, ctx.clock.now()),
    format: input.format,
    rowCount: Math.min(total, 10_000),
    truncated: warning !== null,
    warning,
  };
}

function fileName(reportName: string, format: ExportFormat, now: Date): string {
  const base = reportName.replace(/ report$/i, '').replace(/[^A-Za-z0-9]+/g, '-');
  return `${base}-${now.toISOString().slice(0, 10)}.${format === 'XLSX' ? 'xlsx' : 'csv'}`;
}

/**
 * The export route, reached through the gateway's public origin with a plain GET (issue 15): the
 * link is the authorization until it expires or its session or user is revoked (platform
 * `signedLinkRoute`). The file is streamed as it is written.
 */
export function exportRoute(deps: {
  em: EntityManager;
  secret: string;
  clock: Clock;
  revocations: RevocationList;
}): RouteHandler {
  return signedLinkRoute({
    what: 'export',
    clock: deps.clock,
    revocations: deps.revocations,
    checkLink: (token, now) => verifyLink<ExportClaims>(token, deps.secret, now),
    serve: async (claims, res, now) => {
      const resolved = resolveQuery(claims);
      const em = deps.em.fork();
      const warning = truncationWarning(await countRows(em, resolved, claims.organizationId));
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[claims.format],
        'content-disposition': `attachment; filename="${fileName(resolved.definition.name, claims.format, now)}"`,
        'cache-control': 'no-store',
        ...(warning ? { 'x-report-warning': warning } : {}),
      });
      await writeExport({
        em,
        resolved,
        organizationId: claims.organizationId,
        format: claims.format,
        locale: claims.locale,
        today: now.toISOString().slice(0, 10),
        warning,
        stream: res,
      });
    },
  });
}
