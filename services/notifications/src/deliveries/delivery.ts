import { EntitySchema } from '@mikro-orm/core';

export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';

/**
 * NOT-1/NOT-5: one message to send because of one event. Created exactly once per (event, recipient)
 * in the event's inbox transaction; the dispatcher sends it with retries and records each attempt.
 */
export class Delivery {
  id!: string;
  organizationId: string | null = null;
  eventId!: string;
  eventType!: string;
  /** EVENT: a dead-lettered event, logged FAILED so the organization's administrators see it (NOT-5). */
  channel: 'EMAIL' | 'WEBHOOK' | 'EVENT' = 'EMAIL';
  recipient!: string;
  subject!: string;
  /** Message text, or the webhook's JSON body; mail text is cleared once sent over SMTP (it may carry a temporary password). */
  text: string | null = null;
  status: DeliveryStatus = 'PENDING';
  attempts = 0;
  lastError: string | null = null;
  nextAttemptAt!: Date;
  createdAt!: Date;
  sentAt: Date | null = null;
}

export const DeliverySchema = new EntitySchema<Delivery>({
  class: Delivery,
  tableName: 'delivery',
  uniques: [{ properties: ['eventId', 'recipient'] }],
  indexes: [{ properties: ['status', 'nextAttemptAt'] }, { properties: ['organizationId', 'createdAt'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36, nullable: true },
    eventId: { type: 'string', length: 36 },
    eventType: { type: 'string' },
    channel: { type: 'string', length: 16 },
    recipient: { type: 'string' },
    subject: { type: 'string' },
    text: { type: 'text', nullable: true },
    status: { type: 'string', length: 16 },
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text', nullable: true },
    nextAttemptAt: { type: 'datetime' },
    createdAt: { type: 'datetime' },
    sentAt: { type: 'datetime', nullable: true },
  },
});

/** The embedded default's local mailbox: what would have gone out by SMTP. */
export class MailboxMessage {
  id!: string;
  recipient!: string;
  subject!: string;
  text!: string;
  sentAt!: Date;
}

export const MailboxMessageSchema = new EntitySchema<MailboxMessage>({
  class: MailboxMessage,
  tableName: 'mailbox_message',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    recipient: { type: 'string', index: true },
    subject: { type: 'string' },
    text: { type: 'text' },
    sentAt: { type: 'datetime' },
  },
});
