import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

/**
 * Scratch topics on the local test broker. Every system-tier harness, fault test and benchmark
 * writes under its own `scratch.<kind><hex>-<started>.` prefix and deletes it afterwards; the system
 * tier's global setup sweeps what crashed runs left: prefixes started more than two hours ago, never a
 * run still going beside it (two runs on one broker, e.g. several worktrees). Topics are kept forever (retention.ms=-1, REP-6), so
 * without this a broker accumulates thousands of partitions across runs and runs out of heap.
 */
export const SCRATCH = 'scratch.';

export function scratchPrefix(kind: string): string {
  return `${SCRATCH}${kind}${randomBytes(4).toString('hex')}-${Date.now().toString(36)}.`;
}

/** Scratch names from runs started before `before` (epoch ms); names without a start time are old. */
export function isStaleScratch(name: string, before: number): boolean {
  if (!name.startsWith(SCRATCH)) return false;
  const started = /^scratch\.[a-z]+[0-9a-f]{8}-([0-9a-z]+)\./.exec(name)?.[1];
  return started === undefined || Number.parseInt(started, 36) < before;
}

const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

const brokers = () => (process.env.BC_TEST_KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/**
 * Deletes every topic and consumer group whose name starts with `prefix` (one run's own), or, without
 * a prefix, those of runs started more than two hours ago; returns the topic count.
 */
export async function deleteScratchTopics(prefix?: string): Promise<number> {
  if (prefix !== undefined && !prefix.startsWith(SCRATCH)) throw new Error(`not a scratch prefix: ${prefix}`);
  const before = Date.now() - STALE_AFTER_MS;
  const matches = (name: string) => (prefix ? name.startsWith(prefix) : isStaleScratch(name, before));
  const kafka = new Kafka({ clientId: 'scratch-cleanup', brokers: brokers(), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter(matches);
    // In slices: one request naming thousands of topics can time out on a small broker.
    for (let i = 0; i < topics.length; i += 200) {
      await admin.deleteTopics({ topics: topics.slice(i, i + 200), timeout: 30_000 });
    }
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter(matches);
    // A group that still has members cannot go; it is empty (and swept) by the next run.
    if (groups.length) await admin.deleteGroups(groups).catch(() => undefined);
    return topics.length;
  } finally {
    await admin.disconnect();
  }
}
