import type { TraceHeaders } from '../telemetry/spans.ts';

/** A message as it travels: the envelope JSON, keyed by aggregate id. */
export interface TransportMessage {
  topic: string;
  key: string;
  value: string;
  /** OPS-1: W3C trace context (`traceparent`, `tracestate`); Kafka message headers, not the envelope. */
  headers?: TraceHeaders;
}

/** Messages handed to `handleBatch` at once (one transaction in the consumer), by every transport. */
export const MAX_BATCH = 500;

export interface Subscription {
  groupId: string;
  topics: string[];
  /** Resolves when the message is handled; a rejection means "deliver again". */
  handle(message: TransportMessage): Promise<void>;
  /**
   * Waiting messages, in order, handled together (Kafka: a fetched batch of one partition;
   * in-process: what is queued for the group). Transports use it when given, else `handle` one by one.
   */
  handleBatch?(messages: TransportMessage[]): Promise<void>;
  /**
   * OPS-4: messages of one partition still to read after what was just handled (Kafka: the batch's
   * high watermark minus the next offset); transports without partitions never call it.
   */
  onLag?(topic: string, partition: number, lag: number): void;
}

/** Messages left in a partition once `offset` is handled: the high watermark is the next offset to be written. */
export function partitionLag(highWatermark: string, offset: string): number {
  return Math.max(0, Number(BigInt(highWatermark) - BigInt(offset) - 1n));
}

/** Ends one subscription (its consumer leaves the group); the transport stays up. */
export type Unsubscribe = () => Promise<void>;

/** Kafka in production, in-process for the embedded default: same outbox and consumer code above it. */
export interface EventTransport {
  readonly kind: 'kafka' | 'in-process';
  start(topics: string[]): Promise<void>;
  publish(messages: TransportMessage[]): Promise<void>;
  /** A new group reads its topics from the beginning (Kafka: retained history; in-process: this process's). */
  subscribe(subscription: Subscription): Promise<Unsubscribe>;
  isReady(): Promise<boolean>;
  stop(): Promise<void>;
}
