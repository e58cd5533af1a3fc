import {
  type ConnectionArgs,
  connection,
  filterText,
  forbidden,
  requireOrganizationKind,
  requirePermission,
} from '@bc/platform';
import type { FilterQuery } from '@mikro-orm/core';
import type { NotificationsContext } from '../context.ts';
import { Delivery, type DeliveryStatus, MailboxMessage } from './delivery.ts';

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
  return connection(args, ({ limit, offset }) =>
    ctx.em.findAndCount(Delivery, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit, offset }),
  );
}

/** The embedded default's mailbox, for the operator (and the demo); absent in production. */
export function mailbox(ctx: NotificationsContext, recipient: string, args: ConnectionArgs) {
  requireOrganizationKind(ctx.identity, 'OPERATOR');
  const to = filterText('recipient', recipient)?.toLowerCase() ?? '';
  if (!ctx.mailboxEnabled) throw forbidden('The local mailbox exists only in the embedded mode');
  return connection(args, ({ limit, offset }) =>
    ctx.em.findAndCount(
      MailboxMessage,
      { recipient: to },
      { orderBy: { sentAt: 'desc', id: 'desc' }, limit, offset },
    ),
  );
}
