import { deadLettered, type EventContract, type EventEnvelope, parseEvent } from '@bc/contracts';
import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { ProcessedEvent } from './entities.ts';
import type { Outbox } from './outbox.ts';
import type { EventTransport, TransportMessage, Unsubscribe } from './transport.ts';

export type EventHandler<P> = (event: EventEnvelope<P>, em: EntityManager) => Promise<void>;

type Parsed = { event: EventEnvelope<unknown>; handler: EventHandler<unknown> };

export interface ConsumerOptions {
  /** Consumer group and inbox name, normally the service name. */
  name: string;
  em: EntityManager;
  transport: EventTransport;
  clock: Clock;
  logger: Logger;
  /** Wakes this service's relay when a handler recorded events of its own. */
  outbox?: Outbox;
  maxAttempts?: number;
  backoffMs?: number;
}

/**
 * EVT-2: each event is handled in one transaction together with its inbox row, so a redelivered
 * event changes nothing twice. Invalid events and events that keep failing go to the dead-letter topic.
 */
export class EventConsumer {
  private handlers = new Map<string, { contract: EventContract<unknown>; handler: EventHandler<unknown> }>();
  afterHandled: (() => void) | null = null;
  private unsubscribe: Unsubscribe | null = null;

  constructor(private readonly options: ConsumerOptions) {}

  on<P>(contract: EventContract<P>, handler: EventHandler<P>): this {
    this.handlers.set(contract.topic, {
      contract: contract as EventContract<unknown>,
      handler: handler as EventHandler<unknown>,
    });
    return this;
  }

  get topics(): string[] {
    return [...this.handlers.keys()];
  }

  async start(): Promise<void> {
    if (this.handlers.size === 0) return;
    this.unsubscribe = await this.options.transport.subscribe({
      groupId: this.options.name,
      topics: this.topics,
      handle: (message) => this.handle(message),
      handleBatch: (messages) => this.handleBatch(messages),
    });
  }

  /** Leaves the consumer group (a read-model rebuild starts a new consumer under another name). */
  async stop(): Promise<void> {
    await this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private async handle(message: TransportMessage): Promise<void> {
    const { logger, maxAttempts = 5, backoffMs = 100 } = this.options;
    const entry = this.handlers.get(message.topic);
    if (!entry) return;
    let event: EventEnvelope<unknown>;
    try {
      event = parseEvent(entry.contract, JSON.parse(message.value));
    } catch (error) {
      await this.deadLetter(message, `invalid event: ${(error as Error).message}`, 0);
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.process([{ event, handler: entry.handler }]);
        this.afterHandled?.();
        return;
      } catch (error) {
        logger.warn({ err: error, eventId: event.id, topic: message.topic, attempt }, 'event handler failed');
        if (attempt >= maxAttempts) {
          await this.deadLetter(message, (error as Error).message, attempt);
          return;
        }
        await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
      }
    }
  }

  /**
   * Several messages in one transaction (one commit instead of one per event), with one inbox
   * look-up. If anything in it fails, nothing of it is kept and each message is handled alone,
   * with the usual retries and dead-lettering.
   */
  private async handleBatch(messages: TransportMessage[]): Promise<void> {
    const known = messages.filter((m) => this.handlers.has(m.topic));
    let parsed: Parsed[] = [];
    try {
      parsed = known.map((m) => {
        const { contract, handler } = this.handlers.get(m.topic)!;
        return { event: parseEvent(contract, JSON.parse(m.value)), handler };
      });
    } catch {
      // An invalid event in the batch: each goes alone, so that one is dead-lettered.
      parsed = [];
    }
    if (parsed.length > 1) {
      try {
        await this.process(parsed);
        for (let i = 0; i < parsed.length; i++) this.afterHandled?.();
        return;
      } catch (error) {
        this.options.logger.debug({ err: error }, 'batch failed; handling its events one by one');
      }
    }
    for (const message of messages) await this.handle(message);
  }

  /** Events in one transaction with their inbox rows; those already in the inbox are skipped. */
  private async process(events: Parsed[]): Promise<void> {
    const { name, em, clock, outbox } = this.options;
    const run = async (tem: EntityManager) => {
      const seen = new Set(
        (
          await tem.find(ProcessedEvent, { consumer: name, eventId: { $in: events.map((e) => e.event.id) } })
        ).map((p) => p.eventId),
      );
      for (const { event, handler } of events) {
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        const processed = new ProcessedEvent();
        processed.consumer = name;
        processed.eventId = event.id;
        processed.processedAt = clock.now();
        tem.persist(processed);
        await handler(event, tem);
      }
      // One flush for the batch: MikroORM sends the inserts and updates in bulk. Handlers find what
      // earlier events of the batch changed in the identity map; if two events of one aggregate
      // still collide, the batch fails and its events are handled one by one.
    };
    if (outbox) await outbox.transaction(em.fork(), run);
    else await em.fork().transactional(run);
  }

  private async deadLetter(message: TransportMessage, reason: string, attempts: number): Promise<void> {
    // A dead letter that cannot be handled is logged, never dead-lettered again (no loop).
    if (message.topic === deadLettered.topic) {
      this.options.logger.error({ key: message.key, reason }, 'dead letter could not be recorded');
      return;
    }
    this.options.logger.error(
      { topic: message.topic, key: message.key, reason },
      'event sent to dead-letter topic',
    );
    const envelope = {
      id: crypto.randomUUID(),
      type: deadLettered.type,
      version: deadLettered.version,
      occurredAt: this.options.clock.now().toISOString(),
      producer: this.options.name,
      tenant: null,
      key: message.key || 'none',
      payload: {
        consumer: this.options.name,
        topic: message.topic,
        key: message.key,
        value: message.value,
        reason,
        attempts,
      },
    };
    await this.options.transport.publish([
      { topic: deadLettered.topic, key: envelope.key, value: JSON.stringify(envelope) },
    ]);
  }
}
