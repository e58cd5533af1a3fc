import type { EventContract, EventEnvelope } from '@bc/contracts';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { BackgroundTask } from '../background-task.ts';
import type { Clock } from '../clock.ts';
import type { IdGenerator } from '../ids.ts';
import type { Logger } from '../logger.ts';
import { tryTransactionLock, usesPostgres } from '../orm/dialect.ts';
import { contextFrom, markSpan, openSpan, SpanKind } from '../telemetry/spans.ts';
import { OutboxMessage } from './entities.ts';
import type { EventTransport } from './transport.ts';

/** Records an event in the transaction; its key and tenant come from the contract (EVT-1). */
export type Emit = <P>(contract: EventContract<P>, payload: P) => EventEnvelope<P>;

/** What a unit of work gets: the transaction's EntityManager and `emit` for its events. */
export interface Tx {
  em: EntityManager;
  emit: Emit;
}

/**
 * The one way to change state and emit (resolvers, consumer handlers, jobs): `work` runs in one
 * transaction, its events commit with the change, and the relay is woken after the commit.
 */
export type RunTx = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * EVT-1: a service records events in the transaction of the change, and the relay is woken once
 * that transaction has committed. Feature code reaches it only through `tx` (`ctx.tx`, a consumer
 * handler's or a job's `{ em, emit }`).
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

  /** Writes the event's outbox row into `em`'s transaction; the payload must meet its contract. */
  private record<P>(em: EntityManager, contract: EventContract<P>, given: P): EventEnvelope<P> {
    const payload = contract.payload.parse(given);
    const key = contract.keyOf(payload);
    const envelope: EventEnvelope<P> = {
      id: this.ids.uuid(),
      type: contract.type,
      version: contract.version,
      occurredAt: this.clock.now().toISOString(),
      producer: this.producer,
      tenant: contract.tenantOf(payload),
      key,
      payload,
    };
    const message = new OutboxMessage();
    message.eventId = envelope.id;
    message.topic = contract.topic;
    message.key = key;
    message.envelope = JSON.stringify(envelope);
    message.createdAt = this.clock.now();
    // OPS-1: the row keeps the writer's trace; the relay publishes it as a child of this span.
    const trace = markSpan(`outbox.write ${contract.type}`, {
      service: this.producer,
      attributes: {
        'bc.event.type': contract.type,
        'bc.event.id': envelope.id,
        'messaging.destination.name': contract.topic,
      },
    });
    message.traceparent = trace.traceparent ?? null;
    message.tracestate = trace.tracestate ?? null;
    em.persist(message);
    return envelope;
  }

  /** `emit` bound to one transaction's EntityManager. */
  emitter(em: EntityManager): Emit {
    return (contract, payload) => this.record(em, contract, payload);
  }

  /**
   * Runs `work` in one transaction on `em`; the events it emitted are published after commit (the
   * relay is woken only when there are some, so a unit of work without events costs no relay pass).
   */
  async tx<T>(em: EntityManager, work: (tx: Tx) => Promise<T>): Promise<T> {
    let emitted = 0;
    const result = await em.transactional((tem) => {
      const record = this.emitter(tem);
      const emit: Emit = (contract, payload) => {
        const envelope = record(contract, payload);
        emitted += 1;
        return envelope;
      };
      return work({ em: tem, emit });
    });
    if (emitted > 0) this.relay?.kick();
    return result;
  }

  /** A `RunTx` that takes a fresh EntityManager from `em` for each unit of work (jobs, tools). */
  runner(em: EntityManager): RunTx {
    return (work) => this.tx(em.fork(), work);
  }
}

export interface RelayOptions {
  intervalMs?: number;
  batchSize?: number;
  /** The service whose outbox this is (its publish spans' `bc.service`). */
  service?: string;
}

/** PostgreSQL: the advisory lock that lets one replica at a time publish, in order. */
const RELAY_LOCK = 7340012;

/**
 * Envelope bytes per publish: a broker refuses a partition's record batch over `message.max.bytes`
 * (1 MiB by default), so a thousand large events go in several publishes.
 */
const MAX_PUBLISH_BYTES = 512 * 1024;

/** The longest prefix of `rows` within `limit` envelope bytes (at least one row). */
export function withinBytes<T extends { envelope: string }>(rows: T[], limit: number): T[] {
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    bytes += Buffer.byteLength(rows[i]!.envelope);
    if (bytes > limit && i > 0) return rows.slice(0, i);
  }
  return rows;
}

/** A row's stored trace context as message headers (tracing off here, but the writer traced). */
function traceHeadersOf(row: { traceparent: string | null; tracestate: string | null }) {
  if (!row.traceparent) return undefined;
  return { traceparent: row.traceparent, ...(row.tracestate ? { tracestate: row.tracestate } : {}) };
}

/** Publishes committed outbox rows in commit order and marks them published. */
export class OutboxRelay {
  private readonly task: BackgroundTask;

  constructor(
    private readonly em: EntityManager,
    private readonly transport: EventTransport,
    private readonly clock: Clock,
    logger: Logger,
    private readonly options: RelayOptions = {},
  ) {
    this.task = new BackgroundTask(
      () => this.runOnce(),
      (error, failures) =>
        logger.warn({ err: error, failures }, 'outbox relay could not publish; will retry'),
      options.intervalMs ?? 500,
    );
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Asks for a run now; runs coalesce, so a burst of commits costs one pass. */
  kick(): void {
    this.task.kick();
  }

  /** Resolves when nothing is left to publish (tests, seeding, shutdown). */
  drain(): Promise<void> {
    return this.task.drain();
  }

  /** One batch: returns how many rows were published. */
  async runOnce(): Promise<number> {
    const batchSize = this.options.batchSize ?? 1000;
    return this.em.fork().transactional(async (em) => {
      if (!(await tryTransactionLock(em, RELAY_LOCK))) return 0;
      // Plain rows, not entities: the relay only forwards them, and hydrating 1,000 envelopes costs more
      // than publishing them.
      const rows: Pick<OutboxMessage, 'seq' | 'topic' | 'key' | 'envelope' | 'traceparent' | 'tracestate'>[] =
        await (em as SqlEntityManager)
          .createQueryBuilder(OutboxMessage)
          .select(['seq', 'topic', 'key', 'envelope', 'traceparent', 'tracestate'])
          .where({ publishedAt: null })
          .orderBy({ seq: 'asc' })
          .limit(batchSize)
          .execute('all', false);
      if (rows.length === 0) return 0;
      const batch = withinBytes(rows, MAX_PUBLISH_BYTES);
      // OPS-1: one producer span per traced event, in the writer's trace; its context goes in the headers.
      const spans = batch.map((r) =>
        r.traceparent
          ? openSpan(`publish ${r.topic}`, {
              service: this.options.service ?? 'relay',
              kind: SpanKind.PRODUCER,
              parent: contextFrom({ traceparent: r.traceparent, tracestate: r.tracestate ?? undefined }),
              attributes: { 'messaging.destination.name': r.topic, 'messaging.system': this.transport.kind },
            })
          : null,
      );
      try {
        await this.transport.publish(
          batch.map((r, i) => {
            const headers = spans[i]?.headers ?? traceHeadersOf(r);
            return { topic: r.topic, key: r.key, value: r.envelope, ...(headers ? { headers } : {}) };
          }),
        );
      } catch (error) {
        for (const span of spans) span?.end(error);
        throw error;
      }
      for (const span of spans) span?.end();
      // One statement for the batch, not one change set per row; on PostgreSQL the ids go as one array
      // literal rather than a thousand parameters.
      const seqs = batch.map((r) => r.seq);
      if (usesPostgres(em))
        await em
          .getConnection()
          .execute(
            'update outbox_message set published_at = ? where seq = any(?::int[])',
            [this.clock.now(), `{${seqs.join(',')}}`],
            'run',
            em.getTransactionContext(),
          );
      else await em.nativeUpdate(OutboxMessage, { seq: { $in: seqs } }, { publishedAt: this.clock.now() });
      return batch.length;
    });
  }
}
