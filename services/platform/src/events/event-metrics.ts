import type { EntityManager } from '@mikro-orm/core';
import { Counter, Gauge, type Metric } from 'prom-client';
import type { Clock } from '../clock.ts';
import { OutboxMessage } from './entities.ts';

/**
 * OPS-4: what an operator watches of a service's events. The outbox backlog and the age of its
 * oldest unpublished event are read from the database at each scrape (an outage of the broker shows
 * as both growing); dead letters are counted as the consumer sends them.
 */
export function eventMetrics(
  em: EntityManager,
  clock: Clock,
  consumer: { deadLettered: Counter<'topic'>; lag: Gauge<'topic' | 'partition'> },
): Metric[] {
  let last: Promise<{ backlog: number; oldestAgeSeconds: number }> | null = null;
  let lastAt = 0;
  // One query serves both gauges of one scrape.
  const read = () => {
    if (!last || performance.now() - lastAt > 1000) {
      lastAt = performance.now();
      last = (async () => {
        const fork = em.fork();
        const [backlog, oldest] = await Promise.all([
          fork.count(OutboxMessage, { publishedAt: null }),
          fork.findOne(
            OutboxMessage,
            { publishedAt: null },
            { orderBy: { seq: 'asc' }, fields: ['createdAt'] },
          ),
        ]);
        const age = oldest ? Math.max(0, (clock.now().getTime() - oldest.createdAt.getTime()) / 1000) : 0;
        return { backlog, oldestAgeSeconds: age };
      })();
    }
    return last;
  };
  return [
    new Gauge({
      name: 'events_outbox_backlog',
      help: 'OPS-4: events committed but not yet published to the broker',
      registers: [],
      async collect() {
        this.set((await read()).backlog);
      },
    }),
    new Gauge({
      name: 'events_outbox_oldest_age_seconds',
      help: 'OPS-4: age of the oldest event not yet published (0 when none)',
      registers: [],
      async collect() {
        this.set((await read()).oldestAgeSeconds);
      },
    }),
    consumer.deadLettered,
    consumer.lag,
  ];
}

/** Set by the consumer after each handled batch: how far its group is behind, per partition. */
export const consumerLagGauge = () =>
  new Gauge({
    name: 'events_consumer_lag',
    help: 'OPS-4: events of a partition this service has not handled yet (high watermark minus next offset), by topic and partition',
    labelNames: ['topic', 'partition'] as const,
    registers: [],
  });

/** Counted by the consumer each time it sends an event to the dead-letter topic. */
export const deadLetterCounter = () =>
  new Counter({
    name: 'events_dead_lettered_total',
    help: 'OPS-4: events this service could not handle and sent to the dead-letter topic, by source topic',
    labelNames: ['topic'] as const,
    registers: [],
  });

/** Scheduled job runs by job and outcome, and when each last succeeded. */
export function jobMetrics() {
  const runs = new Counter({
    name: 'jobs_runs_total',
    help: 'OPS-4: scheduled job runs by job and outcome (ok, failed)',
    labelNames: ['job', 'outcome'] as const,
    registers: [],
  });
  const lastSuccess = new Gauge({
    name: 'jobs_last_success_timestamp_seconds',
    help: 'OPS-4: when each scheduled job last finished without error (unix seconds)',
    labelNames: ['job'] as const,
    registers: [],
  });
  /** Runs `work` as job `job`, counting the outcome. */
  const counted = async <T>(job: string, work: () => Promise<T>): Promise<T> => {
    try {
      const result = await work();
      runs.inc({ job, outcome: 'ok' });
      lastSuccess.set({ job }, Date.now() / 1000);
      return result;
    } catch (error) {
      runs.inc({ job, outcome: 'failed' });
      throw error;
    }
  };
  return { metrics: [runs, lastSuccess] as Metric[], counted };
}
