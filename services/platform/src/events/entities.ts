import { defineEntity, p } from '@mikro-orm/core';

export const OutboxMessageSchema = defineEntity({
  name: 'OutboxMessage',
  tableName: 'outbox_message',
  properties: {
    seq: p.integer().primary().autoincrement(),
    eventId: p.string().length(36).unique(),
    topic: p.string(),
    key: p.string(),
    /** The serialized envelope, published as-is. */
    envelope: p.text(),
    createdAt: p.datetime(),
    publishedAt: p.datetime().strictNullable().index(),
    /** OPS-1: W3C trace context of the unit of work that wrote the event; sent in the message's headers. */
    traceparent: p.string().length(55).strictNullable(),
    tracestate: p.text().strictNullable(),
  },
});

/** EVT-1: an event written in the same transaction as the change it describes. */
export class OutboxMessage extends OutboxMessageSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.publishedAt = null;
    this.traceparent = null;
    this.tracestate = null;
  }
}
OutboxMessageSchema.setClass(OutboxMessage);

export const ProcessedEventSchema = defineEntity({
  name: 'ProcessedEvent',
  tableName: 'processed_event',
  properties: {
    consumer: p.string().primary(),
    eventId: p.string().length(36).primary(),
    processedAt: p.datetime(),
  },
});

/** EVT-2: one row per (consumer, event) handled, written in the handler's own transaction. */
export class ProcessedEvent extends ProcessedEventSchema.class {}
ProcessedEventSchema.setClass(ProcessedEvent);

export const eventEntities = [OutboxMessageSchema, ProcessedEventSchema];
