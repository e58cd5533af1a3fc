import {
  type Clock,
  EventConsumer,
  type EventTransport,
  forbidden,
  type Logger,
  ProcessedEvent,
  type RequestIdentity,
  requireUser,
} from '@bc/platform';
import { defineEntity, type EntityManager, p } from '@mikro-orm/core';
import { projectEvents } from '../read-models/projections.ts';
import { readModelSchemas } from '../read-models/read-models.ts';

export const ReadModelGenerationSchema = defineEntity({
  name: 'ReadModelGeneration',
  tableName: 'read_model_generation',
  properties: {
    id: p.integer().primary().autoincrement(false),
    generation: p.integer(),
    rebuiltAt: p.datetime().strictNullable(),
  },
});

/**
 * REP-6: which generation of the read models is current. A rebuild starts a new generation: a new
 * consumer group (and inbox name) that reads every topic from the start into emptied tables.
 */
export class ReadModelGeneration extends ReadModelGenerationSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.id = 1;
    this.generation = 1;
    this.rebuiltAt = null;
  }
}
ReadModelGenerationSchema.setClass(ReadModelGeneration);

const consumerName = (generation: number) => `reporting-g${generation}`;

async function currentGeneration(em: EntityManager): Promise<ReadModelGeneration> {
  const row = await em.findOne(ReadModelGeneration, { id: 1 });
  if (row) return row;
  const first = new ReadModelGeneration();
  await em.persist(first).flush();
  return first;
}

/** Empties the read models and moves to the next generation (also what the offline rebuild command runs). */
export async function startNextGeneration(em: EntityManager, now: Date): Promise<ReadModelGeneration> {
  return em.transactional(async (tem) => {
    const row = await currentGeneration(tem);
    // Through the transaction's EntityManager: SQLite has one connection, a query beside it would wait forever.
    for (const schema of readModelSchemas) await tem.nativeDelete(schema.meta.class, {});
    await tem.nativeDelete(ProcessedEvent, { consumer: consumerName(row.generation) });
    row.generation += 1;
    row.rebuiltAt = now;
    return row;
  });
}

/** Runs the consumer of the current generation; `rebuild` switches to a fresh one. */
export class ReadModelBuilder {
  private consumer: EventConsumer | null = null;

  constructor(
    private readonly deps: {
      em: EntityManager;
      transport: EventTransport;
      clock: Clock;
      logger: Logger;
    },
  ) {}

  async start(): Promise<void> {
    const { generation } = await currentGeneration(this.deps.em.fork());
    // No outbox: projections only read events, they never emit (an `emit` in one would throw).
    this.consumer = new EventConsumer({ name: consumerName(generation), ...this.deps });
    projectEvents(this.consumer);
    await this.consumer.start();
  }

  async stop(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = null;
  }

  async status() {
    const em = this.deps.em.fork();
    const row = await currentGeneration(em);
    const eventsApplied = await em.count(ProcessedEvent, { consumer: consumerName(row.generation) });
    return { generation: row.generation, rebuiltAt: row.rebuiltAt, eventsApplied };
  }

  /** The operator's live rebuild on this replica (others pick the new generation up when they restart). */
  async rebuild(identity: RequestIdentity) {
    const user = requireUser(identity);
    if (user.organizationKind !== 'OPERATOR')
      throw forbidden('Only the platform operator rebuilds read models');
    await this.stop();
    await startNextGeneration(this.deps.em.fork(), this.deps.clock.now());
    await this.start();
    return this.status();
  }

  /** Operator only: how far the current generation got. */
  async statusFor(identity: RequestIdentity) {
    const user = requireUser(identity);
    if (user.organizationKind !== 'OPERATOR')
      throw forbidden('Only the platform operator sees read-model status');
    return this.status();
  }
}
