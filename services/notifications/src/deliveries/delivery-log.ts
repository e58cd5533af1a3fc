import {
  type ConnectionArgs,
  filterText,
  findPage,
  forbidden,
  requireOrganizationKind,
  requirePermission,
  type SortKeys,
} from '@bc/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { NotificationsContext } from '../context.ts';
import { Delivery, type DeliveryStatus, MailboxMessage } from './delivery.ts';

/** Newest first: the delivery log and each endpoint's deliveries. */
export const DELIVERY_ORDER: SortKeys<Delivery> = [
  ['createdAt', 'desc'],
  ['id', 'desc'],
];

/**
 * NOT-5: the organization's delivery log, for its administrators; the platform operator (who runs the
 * installation and holds no organization permissions) reads every organization's deliveries.
 */
export function deliveryLog(
  ctx: NotificationsContext,
  filter: { status?: DeliveryStatus | null; recipient?: string | null } | null | undefined,
  args: ConnectionArgs,
) {
  const where: FilterQuery<Delivery> = {};
  if (ctx.identity.user?.organizationKind !== 'OPERATOR')
    where.organizationId = requirePermission(ctx.identity, 'VIEW_DELIVERY_LOG').organizationId;
  if (filter?.status) where.status = filter.status;
  const recipient = filterText('recipient', filter?.recipient);
  if (recipient) where.recipient = recipient.toLowerCase();
  return findPage(ctx.em, Delivery, where, args, DELIVERY_ORDER);
}

/** The embedded default's mailbox, for the operator (and the demo); absent in production. */
export function mailbox(ctx: NotificationsContext, recipient: string, args: ConnectionArgs) {
  requireOrganizationKind(ctx.identity, 'OPERATOR');
  const to = filterText('recipient', recipient)?.toLowerCase() ?? '';
  if (!ctx.mailboxEnabled) throw forbidden('The local mailbox exists only in the embedded mode');
  return findPage(ctx.em, MailboxMessage, { recipient: to }, args, [
    ['sentAt', 'desc'],
    ['id', 'desc'],
  ]);
}
