import { currentTraceHeaders, type RetentionRule } from '@bc/platform';
import { defineEntity, p } from '@mikro-orm/core';

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';

export const DeliverySchema = defineEntity({
  name: 'Delivery',
  tableName: 'delivery',
  uniques: [{ properties: ['eventId', 'recipient', 'endpointId'] }],
  indexes: [
    { properties: ['status', 'nextAttemptAt'] },
    { properties: ['organizationId', 'createdAt'] },
    // API-6: an endpoint's deliveries, newest first, read in keyset pages.
    { properties: ['endpointId', 'createdAt'], name: 'delivery_endpoint_id_created_at_index' },
  ],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36).strictNullable(),
    eventId: p.string().length(36),
    eventType: p.string(),
    /** EVENT: a dead-lettered event, logged FAILED so the organization's administrators see it (NOT-5). */
    channel: p.string().$type<'EMAIL' | 'WEBHOOK' | 'EVENT'>().length(16),
    recipient: p.string(),
    /** API-3: the webhook endpoint of a subscription delivery; '' for mail and dead letters. */
    endpointId: p.string().length(36).default(''),
    /** API-3: when the current 3-day retry window began (a redelivery starts a new one); null = createdAt. */
    retryFrom: p.datetime().strictNullable(),
    subject: p.string(),
    /** Message text, or the webhook's JSON body; mail text is cleared once sent over SMTP (it may carry a temporary password). */
    text: p.text().strictNullable(),
    status: p.string().$type<DeliveryStatus>().length(16),
    attempts: p.integer().default(0),
    lastError: p.text().strictNullable(),
    nextAttemptAt: p.datetime(),
    createdAt: p.datetime(),
    sentAt: p.datetime().strictNullable(),
    /** OPS-1: W3C trace context of the event handling that queued it: each attempt joins that trace. */
    traceparent: p.string().length(55).strictNullable(),
    tracestate: p.text().strictNullable(),
  },
});

/**
 * NOT-1/NOT-5: one message to send because of one event. Created exactly once per (event, recipient)
 * in the event's inbox transaction; the dispatcher sends it with retries and records each attempt.
 */
export class Delivery extends DeliverySchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.organizationId = null;
    this.channel = 'EMAIL';
    this.endpointId = '';
    this.retryFrom = null;
    this.text = null;
    this.status = 'PENDING';
    this.attempts = 0;
    this.lastError = null;
    this.sentAt = null;
    // Made inside the consumer's span (handlers queue deliveries), so the send joins the event's trace.
    const trace = currentTraceHeaders();
    this.traceparent = trace.traceparent ?? null;
    this.tracestate = trace.tracestate ?? null;
  }
}
DeliverySchema.setClass(Delivery);

export const MailboxMessageSchema = defineEntity({
  name: 'MailboxMessage',
  tableName: 'mailbox_message',
  // API-6: the keyset pages of this list read this index in the list's order.
  indexes: [{ properties: ['recipient', 'sentAt'], name: 'mailbox_message_recipient_sent_at_index' }],
  properties: {
    id: p.string().length(36).primary(),
    recipient: p.string().index(),
    subject: p.string(),
    text: p.text(),
    sentAt: p.datetime(),
  },
});

/** The embedded default's local mailbox: what would have gone out by SMTP. */
export class MailboxMessage extends MailboxMessageSchema.class {}
MailboxMessageSchema.setClass(MailboxMessage);

/** OPS-3: deliveries sent or given up more than `days` ago (pending ones are kept, however old). */
export const finishedDeliveries = (days: number): RetentionRule<Delivery> => ({
  name: 'finished deliveries',
  entity: Delivery,
  days,
  where: (cutoff) => ({ status: { $in: ['SENT', 'FAILED'] }, createdAt: { $lt: cutoff } }),
});

/** OPS-3: mailbox messages older than `days`. */
export const oldMailbox = (days: number): RetentionRule<MailboxMessage> => ({
  name: 'mailbox messages',
  entity: MailboxMessage,
  days,
  where: (cutoff) => ({ sentAt: { $lt: cutoff } }),
});
