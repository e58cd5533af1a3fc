import type { EventContract, EventEnvelope } from '@bc/contracts';
import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../clock.ts';
import type { IdGenerator } from '../ids.ts';
import type { Logger } from '../logger.ts';
import { OutboxMessage } from './entities.ts';
import type { EventTransport } from './transport.ts';

export interface NewEvent<P> {
  /** Aggregate id; events of one aggregate stay ordered. */
  key: string;
  tenant: string | null;
  payload: P;
}

/**
 * EVT-1: a service records events in the transaction of the change (`record`), and `transaction`
 * wakes the relay once that transaction has committed.
 */
export class Outbox {
  private relay: OutboxRelay | null = null;

  constructor(
    private readonly producer: string,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {}

  attach(relay: OutboxRelay): void {
    this.relay = relay;
  }

  record<P>(em: EntityManager, contract: EventContract<P>, event: NewEvent<P>): EventEnvelope<P> {
    const envelope: EventEnvelope<P> = {
      id: this.ids.uuid(),
      type: contract.type,
      version: contract.version,
      occurredAt: this.clock.now().toISOString(),
      producer: this.producer,
      tenant: event.tenant,
      key: event.key,
      payload: contract.payload.parse(event.payload),
    };
    const message = new OutboxMessage();
    message.eventId = envelope.id;
    message.topic = contract.topic;
    message.key = event.key;
    message.envelope = JSON.stringify(envelope);
    message.createdAt = this.clock.now();
    em.persist(message);
    return envelope;
  }

  /** Runs `work` in one transaction; events it recorded are published after commit. */
  async transaction<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const result = await em.transactional(work);
    this.relay?.kick();
    return result;
  }
}

export interface RelayOptions {
  intervalMs?: number;
  batchSize?: number;
  /** PostgreSQL: take an advisory lock so only one replica publishes, in order. */
  lockWithAdvisoryLock: boolean;
}

/** Publishes committed outbox rows in commit order and marks them published. */
export class OutboxRelay {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly transport: EventTransport,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly options: RelayOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.intervalMs ?? 500);
    this.kick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Asks for a run now; runs coalesce, so a burst of commits costs one pass. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when nothing is left to publish (tests, seeding, shutdown). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
    while ((await this.runOnce()) > 0) {}
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        while ((await this.runOnce()) > 0) {}
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        this.logger.warn(
          { err: error, failures: this.failures },
          'outbox relay could not publish; will retry',
        );
        await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** this.failures, 5000)));
      }
    } while (this.again && this.timer !== null);
  }

  /** One batch: returns how many rows were published. */
  async runOnce(): Promise<number> {
    const batchSize = this.options.batchSize ?? 200;
    return this.em.fork().transactional(async (em) => {
      if (this.options.lockWithAdvisoryLock) {
        const [row] = await em
          .getConnection()
          .execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(7340012) as locked');
        if (!row?.locked) return 0;
      }
      const rows = await em.find(
        OutboxMessage,
        { publishedAt: null },
        { orderBy: { seq: 'asc' }, limit: batchSize },
      );
      if (rows.length === 0) return 0;
      await this.transport.publish(rows.map((r) => ({ topic: r.topic, key: r.key, value: r.envelope })));
      const now = this.clock.now();
      for (const row of rows) row.publishedAt = now;
      return rows.length;
    });
  }
}
