import { deadLettered, type EventContract, type EventEnvelope, parseEvent } from '@bc/contracts';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logger.ts';
import { contextFrom, inSpan, SpanKind, type TraceHeaders, traceLink } from '../telemetry/spans.ts';
import { ProcessedEvent } from './entities.ts';
import { consumerLagGauge, deadLetterCounter } from './event-metrics.ts';
import type { Emit, Outbox, Tx } from './outbox.ts';
import type { EventTransport, TransportMessage, Unsubscribe } from './transport.ts';

/** Handles one event inside the consumer's transaction: `{ em, emit }` as for any change (`Tx`). */
export type EventHandler<P> = (event: EventEnvelope<P>, tx: Tx) => Promise<void>;
/** Several events of one topic, in partition order, none handled before: e.g. one upsert for all. */
export type BatchEventHandler<P> = (events: EventEnvelope<P>[], tx: Tx) => Promise<void>;

type Handling =
  | { contract: EventContract<unknown>; one: EventHandler<unknown> }
  | { contract: EventContract<unknown>; many: BatchEventHandler<unknown> };
type Parsed = { event: EventEnvelope<unknown>; handling: Handling; trace?: TraceHeaders };

export interface ConsumerOptions {
  /** Consumer group and inbox name, normally the service name. */
  name: string;
  em: EntityManager;
  transport: EventTransport;
  clock: Clock;
  logger: Logger;
  /** Where handlers' `emit` records their own events (woken after commit); without it `emit` throws. */
  outbox?: Outbox;
  maxAttempts?: number;
  backoffMs?: number;
}

/**
 * EVT-2: each event is handled in one transaction together with its inbox row, so a redelivered
 * event changes nothing twice. Invalid events and events that keep failing go to the dead-letter topic.
 */
export class EventConsumer {
  private handlers = new Map<string, Handling>();
  afterHandled: (() => void) | null = null;
  private unsubscribe: Unsubscribe | null = null;
  /** OPS-4: events sent to the dead-letter topic, by source topic (served at the service's /metrics). */
  readonly deadLettered = deadLetterCounter();
  /** OPS-4: per partition, what the group has still to read (Kafka only). */
  readonly lag = consumerLagGauge();

  constructor(private readonly options: ConsumerOptions) {}

  on<P>(contract: EventContract<P>, handler: EventHandler<P>): this {
    return this.register(contract.topic, {
      contract: contract as EventContract<unknown>,
      one: handler as EventHandler<unknown>,
    });
  }

  /** Like `on`, for handlers that apply a whole batch at once (read models: one upsert per batch). */
  onBatch<P>(contract: EventContract<P>, handler: BatchEventHandler<P>): this {
    return this.register(contract.topic, {
      contract: contract as EventContract<unknown>,
      many: handler as BatchEventHandler<unknown>,
    });
  }

  /** One handler per topic and group: a second one would silently replace the first, so it is refused. */
  private register(topic: string, handling: Handling): this {
    if (this.handlers.has(topic))
      throw new Error(
        `consumer group "${this.options.name}" already has a handler for topic "${topic}"; merge the two into one handler`,
      );
    this.handlers.set(topic, handling);
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
      onLag: (topic, partition, lag) => this.lag.set({ topic, partition: String(partition) }, lag),
    });
  }

  /** Leaves the consumer group (a read-model rebuild starts a new consumer under another name). */
  async stop(): Promise<void> {
    await this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private async handle(message: TransportMessage): Promise<void> {
    const { logger, maxAttempts = 5, backoffMs = 100 } = this.options;
    const handling = this.handlers.get(message.topic);
    if (!handling) return;
    let event: EventEnvelope<unknown>;
    try {
      event = parseEvent(handling.contract, JSON.parse(message.value));
    } catch (error) {
      await this.deadLetter(message, `invalid event: ${(error as Error).message}`, 0);
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await this.process([{ event, handling, trace: message.headers }]);
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
        const handling = this.handlers.get(m.topic)!;
        return { event: parseEvent(handling.contract, JSON.parse(m.value)), handling, trace: m.headers };
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
    const { em, outbox } = this.options;
    const run = async (tx: Tx) => {
      const fresh = await this.claim(tx.em, events);
      const todo = events.filter((e) => fresh.delete(e.event.id));
      // Runs of one topic go together to a batch handler; others get their events one by one.
      for (let i = 0; i < todo.length; ) {
        const { handling } = todo[i]!;
        let end = i + 1;
        while (end < todo.length && todo[end]!.handling === handling) end++;
        const run = todo.slice(i, end);
        const topic = handling.contract.topic;
        if ('many' in handling)
          await this.traced(`process ${topic}`, run, () =>
            handling.many(
              run.map((e) => e.event),
              tx,
            ),
          );
        else for (const e of run) await this.traced(`process ${topic}`, [e], () => handling.one(e.event, tx));
        i = end;
      }
      // One flush for the batch: MikroORM sends the inserts and updates in bulk. Handlers find what
      // earlier events of the batch changed in the identity map; if two events of one aggregate
      // still collide, the batch fails and its events are handled one by one.
    };
    if (outbox) await outbox.tx(em.fork(), run);
    else await em.fork().transactional((tem) => run({ em: tem, emit: this.noOutbox }));
  }

  /**
   * OPS-1: a handler runs in a consumer span, the child of the event's producer span (one event) or
   * linked to each event's (a batch handler), so the work it causes joins the request's trace.
   */
  private traced(name: string, events: Parsed[], work: () => Promise<void>): Promise<void> {
    const one = events.length === 1 ? events[0]! : null;
    return inSpan(
      name,
      {
        service: this.options.name,
        kind: SpanKind.CONSUMER,
        parent: one ? contextFrom(one.trace) : undefined,
        links: one
          ? undefined
          : events.flatMap((e) => {
              const span = e.trace?.traceparent ? traceLink(e.trace) : null;
              return span ? [span] : [];
            }),
        attributes: {
          'messaging.destination.name': events[0]!.handling.contract.topic,
          'messaging.batch.message_count': events.length,
          ...(one ? { 'bc.event.type': one.event.type, 'bc.event.id': one.event.id } : {}),
        },
      },
      async () => {
        await work();
        this.options.logger.debug(
          { topic: events[0]!.handling.contract.topic, events: events.length, eventId: one?.event.id },
          'event handled',
        );
      },
    );
  }

  private readonly noOutbox: Emit = (contract) => {
    throw new Error(`consumer "${this.options.name}" has no outbox to record ${contract.type}`);
  };

  /**
   * Writes the batch's inbox rows in one statement; the ids it returns were not handled before.
   * A redelivered event conflicts with its row and is left out; the transaction holds the rows, so
   * a failed batch leaves none behind.
   */
  private async claim(em: EntityManager, events: Parsed[]): Promise<Set<string>> {
    const { name, clock } = this.options;
    const processedAt = clock.now();
    const ids = [...new Set(events.map((e) => e.event.id))];
    const inserted: Pick<ProcessedEvent, 'eventId'>[] = await (em as SqlEntityManager)
      .createQueryBuilder(ProcessedEvent)
      .insert(ids.map((eventId) => ({ consumer: name, eventId, processedAt })))
      .onConflict(['consumer', 'eventId'])
      .ignore()
      .returning(['eventId'])
      .execute('all');
    return new Set(inserted.map((row) => row.eventId));
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
    this.deadLettered.inc({ topic: message.topic });
    const payload = {
      consumer: this.options.name,
      topic: message.topic,
      key: message.key,
      value: message.value,
      reason,
      attempts,
    };
    // Published directly, not through the outbox: the failure is not part of any transaction.
    const envelope = {
      id: crypto.randomUUID(),
      type: deadLettered.type,
      version: deadLettered.version,
      occurredAt: this.options.clock.now().toISOString(),
      producer: this.options.name,
      tenant: deadLettered.tenantOf(payload),
      key: deadLettered.keyOf(payload),
      payload,
    };
    await this.options.transport.publish([
      { topic: deadLettered.topic, key: envelope.key, value: JSON.stringify(envelope) },
    ]);
  }
}
