import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

/**
 * Scratch topics on the local test broker. Every system-tier harness, fault test and benchmark
 * writes under its own `scratch.<kind><hex>.` prefix and deletes it afterwards; the system tier's
 * global setup sweeps what crashed runs left. Topics are kept forever (retention.ms=-1, REP-6), so
 * without this a broker accumulates thousands of partitions across runs and runs out of heap.
 */
export const SCRATCH = 'scratch.';

export function scratchPrefix(kind: string): string {
  return `${SCRATCH}${kind}${randomBytes(4).toString('hex')}.`;
}

const brokers = () => (process.env.BC_TEST_KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/** Deletes every topic and consumer group whose name starts with `prefix`; returns the topic count. */
export async function deleteScratchTopics(prefix: string = SCRATCH): Promise<number> {
  if (!prefix.startsWith(SCRATCH)) throw new Error(`not a scratch prefix: ${prefix}`);
  const kafka = new Kafka({ clientId: 'scratch-cleanup', brokers: brokers(), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    // In slices: one request naming thousands of topics can time out on a small broker.
    for (let i = 0; i < topics.length; i += 200) {
      await admin.deleteTopics({ topics: topics.slice(i, i + 200), timeout: 30_000 });
    }
    const groups = (await admin.listGroups()).groups
      .map((g) => g.groupId)
      .filter((g) => g.startsWith(prefix));
    // A group that still has members cannot go; it is empty (and swept) by the next run.
    if (groups.length) await admin.deleteGroups(groups).catch(() => undefined);
    return topics.length;
  } finally {
    await admin.disconnect();
  }
}
