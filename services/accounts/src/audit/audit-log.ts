import { badInput, type ConnectionArgs, connection, filterText, requirePermission } from '@bc/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { AccountsContext } from '../context.ts';
import { AuditEntry } from './audit-entry.ts';

function parseDate(field: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(field, 'must be an ISO date-time');
  return date;
}

/** ACC-10: the organization's administrative changes, newest first. */
export async function auditLog(
  ctx: AccountsContext,
  filter:
    | { action?: string | null; targetId?: string | null; from?: string | null; to?: string | null }
    | null
    | undefined,
  args: ConnectionArgs,
) {
  const actor = requirePermission(ctx.identity, 'VIEW_AUDIT_LOG');
  const where: FilterQuery<AuditEntry> = { organizationId: actor.organizationId };
  const action = filterText('action', filter?.action);
  if (action) where.action = action;
  if (filter?.targetId) where.targetId = filter.targetId;
  const at: Record<string, Date> = {};
  if (filter?.from) at.$gte = parseDate('from', filter.from);
  if (filter?.to) at.$lt = parseDate('to', filter.to);
  if (Object.keys(at).length > 0) where.at = at;
  return connection(args, ({ limit, offset }) =>
    ctx.em.findAndCount(AuditEntry, where, { orderBy: { at: 'desc', seq: 'desc' }, limit, offset }),
  );
}
