import { AsyncResource } from 'node:async_hooks';
import type { EventTransport, Subscription, TransportMessage } from './transport.ts';

/**
 * The embedded default: each consumer group gets every message of its topics, in publish order,
 * one at a time; a failed handler is retried after a short pause (the consumer decides when to give up).
 */
export class InProcessTransport implements EventTransport {
  readonly kind = 'in-process' as const;
  private groups: { sub: Subscription; queue: TransportMessage[]; running: boolean; scope: AsyncResource }[] =
    [];
  private stopped = false;
  private idle: (() => void)[] = [];

  async start(): Promise<void> {}

  async publish(messages: TransportMessage[]): Promise<void> {
    for (const message of messages) {
      for (const group of this.groups) {
        if (group.sub.topics.includes(message.topic)) group.queue.push(message);
      }
    }
    // Consumers run in the async context of their subscription, never inside the publisher's
    // transaction (MikroORM keeps the current transaction in AsyncLocalStorage).
    for (const group of this.groups) group.scope.runInAsyncScope(() => void this.drain(group));
  }

  async subscribe(sub: Subscription): Promise<void> {
    this.groups.push({ sub, queue: [], running: false, scope: new AsyncResource('bc-in-process-consumer') });
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
        const message = group.queue[0]!;
        try {
          await group.sub.handle(message);
          group.queue.shift();
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
