import { AsyncResource } from 'node:async_hooks';
import {
  type EventTransport,
  MAX_BATCH,
  type Subscription,
  type TransportMessage,
  type Unsubscribe,
} from './transport.ts';

/**
 * The embedded default: each consumer group gets every message of its topics, in publish order
 * (so in order per key), through the same `handleBatch` as Kafka: what is waiting for the group, up to
 * `MAX_BATCH` messages, goes in one call; messages published meanwhile wait for the next call. A
 * rejected batch is retried after a short pause (the consumer decides when to give up on an event).
 * Like a Kafka topic, it keeps what was published (for this process's lifetime, the last `retain`
 * messages), so a group that subscribes later (a read-model rebuild) reads from the beginning.
 */
export class InProcessTransport implements EventTransport {
  /** Messages kept for late subscribers; older ones are dropped so a long-running process does not grow. */
  constructor(private readonly retain = 100_000) {}

  readonly kind = 'in-process' as const;
  private groups: { sub: Subscription; queue: TransportMessage[]; running: boolean; scope: AsyncResource }[] =
    [];
  private readonly log: TransportMessage[] = [];
  private stopped = false;
  private idle: (() => void)[] = [];

  async start(): Promise<void> {}

  async publish(messages: TransportMessage[]): Promise<void> {
    for (const message of messages) {
      this.log.push(message);
      // Trimmed in steps of a tenth, not one message at a time (splice moves the whole array).
      if (this.log.length > this.retain * 1.1) this.log.splice(0, this.log.length - this.retain);
      for (const group of this.groups) {
        if (group.sub.topics.includes(message.topic)) group.queue.push(message);
      }
    }
    // Consumers run in the async context of their subscription, never inside the publisher's
    // transaction (MikroORM keeps the current transaction in AsyncLocalStorage).
    for (const group of this.groups) group.scope.runInAsyncScope(() => void this.drain(group));
  }

  async subscribe(sub: Subscription): Promise<Unsubscribe> {
    const group = {
      sub,
      queue: this.log.filter((m) => sub.topics.includes(m.topic)),
      running: false,
      scope: new AsyncResource('bc-in-process-consumer'),
    };
    this.groups.push(group);
    if (group.queue.length > 0) group.scope.runInAsyncScope(() => void this.drain(group));
    return async () => {
      this.groups = this.groups.filter((g) => g !== group);
      group.queue.length = 0;
    };
  }

  async isReady(): Promise<boolean> {
    return !this.stopped;
  }

  async stop(): Promise<void> {
    this.stopped = true;
  }

  /** Resolves once every queued message has been handled (tests and seeding use it). */
  async settled(): Promise<void> {
    if (this.groups.every((g) => !g.running && g.queue.length === 0)) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private async drain(group: (typeof this.groups)[number]): Promise<void> {
    if (group.running) return;
    group.running = true;
    try {
      while (!this.stopped && group.queue.length > 0) {
        // Without a batch handler, one message at a time, so a failure redelivers only that one.
        const batch = group.sub.handleBatch ? group.queue.slice(0, MAX_BATCH) : group.queue.slice(0, 1);
        try {
          if (group.sub.handleBatch) await group.sub.handleBatch(batch);
          else await group.sub.handle(batch[0]!);
          group.queue.splice(0, batch.length);
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    } finally {
      group.running = false;
    }
    if (this.groups.every((g) => !g.running && g.queue.length === 0)) {
      for (const resolve of this.idle.splice(0)) resolve();
    }
  }
}
