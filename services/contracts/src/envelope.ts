import { z } from 'zod';

/** The versioned envelope every event travels in (ARCHITECTURE.md, Events). */
export const eventEnvelopeSchema = z.object({
  id: z.string().uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.string().datetime(),
  producer: z.string().min(1),
  /** Organization the event belongs to (tenant), or null for platform-level events. */
  tenant: z.string().nullable(),
  /** Aggregate id: the Kafka key, so one aggregate's events stay ordered. */
  key: z.string().min(1),
  payload: z.unknown(),
});

export type EventEnvelope<P = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'payload'> & {
  payload: P;
};

export interface EventContract<P> {
  /** `<service>.<aggregate>.<past-tense>` */
  type: string;
  version: number;
  /** Topic name: `<type>.v<version>`. */
  topic: string;
  producer: string;
  payload: { parse(value: unknown): P };
  /** The aggregate id (Kafka key) of an event with this payload: one aggregate's events stay ordered. */
  keyOf(payload: P): string;
  /** The organization the event belongs to, or null for a platform-level event. */
  tenantOf(payload: P): string | null;
  /**
   * How long the topic keeps events (Kafka `retention.ms`); -1 (the default) keeps them forever, since
   * reporting rebuilds its read models from the start of the topics (REP-6).
   */
  retentionMs: number;
}

/**
 * Where an event's key and tenant come from: every contract derives them from its payload, so a
 * producer emits a payload and nothing else, and the same payload always has the same key and tenant.
 */
export interface EventAddressing<P> {
  key: (payload: P) => string;
  tenant: (payload: P) => string | null;
  retentionMs?: number;
}

export function defineEvent<S extends z.ZodType>(
  type: string,
  version: number,
  payload: S,
  options: EventAddressing<z.infer<S>>,
): EventContract<z.infer<S>> {
  const producer = type.split('.')[0] ?? type;
  return {
    type,
    version,
    topic: `${type}.v${version}`,
    producer,
    payload,
    keyOf: options.key,
    tenantOf: options.tenant,
    retentionMs: options.retentionMs ?? -1,
  };
}

/** Parses an envelope and its payload against the contract; throws a ZodError on mismatch. */
export function parseEvent<P>(contract: EventContract<P>, raw: unknown): EventEnvelope<P> {
  const envelope = eventEnvelopeSchema.parse(raw);
  if (envelope.type !== contract.type || envelope.version !== contract.version) {
    throw new Error(
      `expected ${contract.type} v${contract.version}, got ${envelope.type} v${envelope.version}`,
    );
  }
  return { ...envelope, payload: contract.payload.parse(envelope.payload) };
}
