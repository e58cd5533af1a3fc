/** A message as it travels: the envelope JSON, keyed by aggregate id. */
export interface TransportMessage {
  topic: string;
  key: string;
  value: string;
}

export interface Subscription {
  groupId: string;
  topics: string[];
  /** Resolves when the message is handled; a rejection means "deliver again". */
  handle(message: TransportMessage): Promise<void>;
}

/** Kafka in production, in-process for the embedded default: same outbox and consumer code above it. */
export interface EventTransport {
  readonly kind: 'kafka' | 'in-process';
  start(topics: string[]): Promise<void>;
  publish(messages: TransportMessage[]): Promise<void>;
  subscribe(subscription: Subscription): Promise<void>;
  isReady(): Promise<boolean>;
  stop(): Promise<void>;
}
