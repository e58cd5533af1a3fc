import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { OutboxMessage, ProcessedEvent } from './events/entities.ts';
import type { RunTx } from './events/outbox.ts';
import { withJobLock } from './jobs.ts';

/**
 * OPS-3: rows a service deletes once they are old enough, so tables do not grow forever (and what they
 * carry does not stay forever). `where` gets the cutoff: `now` minus `days`.
 */
export interface RetentionRule<T extends object = object> {
  /** What is pruned, in words (the job's log line and the test's report). */
  name: string;
  entity: EntityName<T>;
  days: number;
  where: (cutoff: Date) => FilterQuery<T>;
}

/** Defaults in days; each is a setting (README: Retention). */
export const retentionConfigSchema = z.object({
  /** Outbox rows once published (the topic keeps the event; the row is only the relay's record). */
  BC_KEEP_PUBLISHED_EVENTS_DAYS: z.coerce.number().int().min(1).default(7),
  /** Inbox rows (consumer, event id): a redelivery older than this is no longer recognised. */
  BC_KEEP_PROCESSED_EVENTS_DAYS: z.coerce.number().int().min(1).default(30),
  /** How often the retention job runs. */
  BC_RETENTION_INTERVAL_MS: z.coerce.number().int().min(1000).default(3_600_000),
});

/** The event log rules every service has (its outbox and its consumers' inbox). */
export function eventLogRetention(config: z.infer<typeof retentionConfigSchema>): RetentionRule[] {
  return [
    {
      name: 'published outbox rows',
      entity: OutboxMessage,
      days: config.BC_KEEP_PUBLISHED_EVENTS_DAYS,
      where: (cutoff) => ({ publishedAt: { $lt: cutoff } }),
    } satisfies RetentionRule<OutboxMessage>,
    {
      name: 'processed event ids',
      entity: ProcessedEvent,
      days: config.BC_KEEP_PROCESSED_EVENTS_DAYS,
      where: (cutoff) => ({ processedAt: { $lt: cutoff } }),
    } satisfies RetentionRule<ProcessedEvent>,
  ] as RetentionRule[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes what every rule finds too old at `now`, in the caller's transaction; counts per rule. */
export async function pruneOld(
  em: EntityManager,
  rules: RetentionRule[],
  now: Date,
): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const rule of rules)
    deleted[rule.name] = await em.nativeDelete(
      rule.entity,
      rule.where(new Date(now.getTime() - rule.days * DAY_MS)),
    );
  return deleted;
}

/** The retention job: under the job lock (one replica at a time), in one transaction. */
export async function runRetention(
  tx: RunTx,
  job: string,
  rules: RetentionRule[],
  now: () => Date,
): Promise<Record<string, number>> {
  let deleted: Record<string, number> = {};
  await withJobLock(tx, job, async ({ em }) => {
    deleted = await pruneOld(em, rules, now());
    return Object.values(deleted).reduce((a, b) => a + b, 0);
  });
  return deleted;
}
