import { EntitySchema } from '@mikro-orm/core';

/** EVT-1: an event written in the same transaction as the change it describes. */
export class OutboxMessage {
  seq!: number;
  eventId!: string;
  topic!: string;
  key!: string;
  /** The serialized envelope, published as-is. */
  envelope!: string;
  createdAt!: Date;
  publishedAt: Date | null = null;
}

export const OutboxMessageSchema = new EntitySchema<OutboxMessage>({
  class: OutboxMessage,
  tableName: 'outbox_message',
  properties: {
    seq: { type: 'integer', primary: true, autoincrement: true },
    eventId: { type: 'string', length: 36, unique: true },
    topic: { type: 'string' },
    key: { type: 'string' },
    envelope: { type: 'text' },
    createdAt: { type: 'datetime' },
    publishedAt: { type: 'datetime', nullable: true, index: true },
  },
});

/** EVT-2: one row per (consumer, event) handled, written in the handler's own transaction. */
export class ProcessedEvent {
  consumer!: string;
  eventId!: string;
  processedAt!: Date;
}

export const ProcessedEventSchema = new EntitySchema<ProcessedEvent>({
  class: ProcessedEvent,
  tableName: 'processed_event',
  properties: {
    consumer: { type: 'string', primary: true },
    eventId: { type: 'string', length: 36, primary: true },
    processedAt: { type: 'datetime' },
  },
});

export const eventEntities = [OutboxMessageSchema, ProcessedEventSchema];
