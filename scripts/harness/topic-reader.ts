import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

/**
 * Every message on one Kafka topic so far, read from the beginning by a throw-away consumer group
 * up to the high watermark of each partition (tests that replay a published event use it).
 */
export async function readTopic(brokers: string[], topic: string): Promise<{ key: string; value: string }[]> {
  const kafka = new Kafka({ clientId: 'topic-reader', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map(
    (await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)] as const),
  );
  await admin.disconnect();
  const pending = new Set([...ends].filter(([, high]) => high > 0n).map(([partition]) => partition));
  const messages: { key: string; value: string }[] = [];
  if (pending.size === 0) return messages;
  const groupId = `${topic}.reader-${randomBytes(4).toString('hex')}`;
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${topic} timed out`)), 30_000);
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            messages.push({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '' });
            if (BigInt(message.offset) + 1n >= ends.get(partition)!) pending.delete(partition);
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
    const cleanup = kafka.admin();
    await cleanup.connect();
    await cleanup.deleteGroups([groupId]).catch(() => undefined);
    await cleanup.disconnect();
  }
  return messages;
}
