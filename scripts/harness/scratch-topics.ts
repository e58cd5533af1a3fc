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

/**
 * Every message on one run's scratch topics, read from the beginning by a group of the run's own
 * (deleted with the run's topics); topic names come back without the prefix. Stops at the offsets the
 * broker reported when it started, so messages published meanwhile are not waited for.
 */
export async function readScratchTopics(
  prefix: string,
  timeoutMs = 60_000,
): Promise<{ topic: string; key: string; value: string }[]> {
  if (!prefix.startsWith(SCRATCH)) throw new Error(`not a scratch prefix: ${prefix}`);
  const kafka = new Kafka({ clientId: 'scratch-reader', brokers: brokers(), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const pending = new Map<string, number>();
  await admin.connect();
  try {
    for (const topic of (await admin.listTopics()).filter((t) => t.startsWith(prefix)))
      for (const p of await admin.fetchTopicOffsets(topic))
        if (Number(p.high) > Number(p.low)) pending.set(`${topic}:${p.partition}`, Number(p.high));
  } finally {
    await admin.disconnect();
  }
  const read: { topic: string; key: string; value: string }[] = [];
  if (pending.size === 0) return read;
  const consumer = kafka.consumer({
    groupId: `${prefix}reader-${randomBytes(3).toString('hex')}`,
    maxWaitTimeInMs: 500,
  });
  await consumer.connect();
  try {
    await consumer.subscribe({
      topics: [...new Set([...pending.keys()].map((k) => k.replace(/:\d+$/, '')))],
      fromBeginning: true,
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`read ${read.length} messages of ${prefix}*; ${pending.size} partitions unfinished`),
          ),
        timeoutMs,
      );
      void consumer
        .run({
          eachMessage: async ({ topic, partition, message }) => {
            const at = `${topic}:${partition}`;
            const high = pending.get(at);
            if (high === undefined || Number(message.offset) >= high) return;
            read.push({
              topic: topic.slice(prefix.length),
              key: message.key?.toString() ?? '',
              value: message.value?.toString() ?? '',
            });
            if (Number(message.offset) + 1 >= high) pending.delete(at);
            if (pending.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return read;
}
