import { topicRetention } from '@bc/contracts';
import { context } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import { type Admin, type Consumer, Kafka, logLevel, Partitioners, type Producer } from 'kafkajs';
import type { Logger } from '../logger.ts';
import { traceHeadersIn } from '../telemetry/spans.ts';
import {
  type EventTransport,
  MAX_BATCH,
  partitionLag,
  type Subscription,
  type TransportMessage,
  type Unsubscribe,
} from './transport.ts';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name (test isolation); empty in production. */
  topicPrefix: string;
  logger: Logger;
  partitions?: number;
  replicationFactor?: number;
  /** TLS to the brokers; `ca` replaces the system's trusted roots (a cluster CA such as Strimzi's). */
  tls?: { ca?: string };
  /** OPS-5: the process's Kafka user (its ACLs limit it to its own topics); none on an open listener. */
  sasl?: { mechanism: 'scram-sha-512'; username: string; password: string };
}

/** How long an idle consumer's fetch waits at the broker (ms). */
export const FETCH_MAX_WAIT_MS = 500;

/**
 * Kafka through kafkajs: an idempotent producer that waits for all in-sync replicas (acks -1),
 * one consumer per subscription with offsets committed only after the handler resolved.
 */
export class KafkaTransport implements EventTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private producer: Producer | null = null;
  private admin: Admin | null = null;
  private consumers: Consumer[] = [];

  constructor(private readonly options: KafkaTransportOptions) {
    const log = options.logger.child({ component: 'kafkajs' });
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      ssl: options.tls ? (options.tls.ca ? { ca: [options.tls.ca] } : true) : undefined,
      sasl: options.sasl,
      logLevel: logLevel.WARN,
      retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 5000 },
      logCreator: () => (entry) => {
        const { message, ...rest } = entry.log;
        // Retries are bounded on purpose: the relay retries a failed batch itself, and consumers are idempotent.
        if (message.startsWith('Limiting retries for the idempotent producer')) return;
        if (entry.level <= logLevel.ERROR) log.error(rest, message);
        else log.warn(rest, message);
      },
    });
  }

  private name(topic: string): string {
    return this.options.topicPrefix + topic;
  }

  private retentionOf(prefixed: string): number {
    return topicRetention[prefixed.slice(this.options.topicPrefix.length)] ?? -1;
  }

  async start(topics: string[]): Promise<void> {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    await this.ensureTopics(topics.map((t) => this.name(t)));
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.producer.connect();
  }

  /**
   * Creates missing topics and waits until every partition has a leader. A KRaft broker may answer
   * UNKNOWN_TOPIC_OR_PARTITION for a moment after creating a topic, which kafkajs's own
   * `waitForLeaders` does not retry, and another replica may create the same topic at the same time:
   * both are retried here until the deadline.
   */
  private async ensureTopics(names: string[], timeoutMs = 60_000): Promise<void> {
    const admin = this.admin!;
    const deadline = Date.now() + timeoutMs;
    const existing = new Set(await admin.listTopics());
    const missing = names.filter((t) => !existing.has(t));
    if (missing.length > 0) {
      try {
        await admin.createTopics({
          waitForLeaders: false,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: this.options.partitions ?? 3,
            replicationFactor: this.options.replicationFactor ?? 1,
            // Events are the system's history: reporting rebuilds its read models from the start,
            // so a topic is kept forever unless its contract says otherwise.
            configEntries: [{ name: 'retention.ms', value: String(this.retentionOf(topic)) }],
          })),
        });
      } catch (error) {
        // Already created by another replica: the leader check below decides.
        this.options.logger.debug({ err: error }, 'createTopics raced');
      }
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const { topics } = await admin.fetchTopicMetadata({ topics: names });
        const leaderless = topics.filter(
          (t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0),
        );
        if (leaderless.length === 0) return;
        if (Date.now() > deadline)
          throw new Error(`topics without a leader: ${leaderless.map((t) => t.name).join(', ')}`);
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      await new Promise((r) => setTimeout(r, Math.min(100 * 2 ** attempt, 1000)));
    }
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (!this.producer) throw new Error('Kafka transport is not started');
    const byTopic = new Map<string, { key: string; value: string; headers?: Record<string, string> }[]>();
    for (const m of messages) {
      const list = byTopic.get(m.topic) ?? [];
      list.push(
        m.headers ? { key: m.key, value: m.value, headers: m.headers } : { key: m.key, value: m.value },
      );
      byTopic.set(m.topic, list);
    }
    const producer = this.producer;
    // OPS-1: the relay's `publish` spans are the producer spans and their context is in the headers.
    // The kafkajs instrumentation would start one more per message under the relay's loop and write
    // that context over the headers, so it is kept quiet here (its consumer spans still run).
    await context.with(suppressTracing(context.active()), () =>
      producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, msgs]) => ({ topic: this.name(topic), messages: msgs })),
      }),
    );
  }

  async subscribe(sub: Subscription): Promise<Unsubscribe> {
    const consumer = this.kafka.consumer({
      groupId: this.options.topicPrefix + sub.groupId,
      retry: { retries: 10 },
      // An idle fetch waits this long for data (Kafka's own fetch.max.wait.ms default); kafkajs's 5 s
      // default made every disconnect, and so every stop and roll-out, wait up to 5 s per consumer.
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    await consumer.connect();
    for (const topic of sub.topics)
      await consumer.subscribe({ topic: this.name(topic), fromBeginning: true });
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    const prefix = this.options.topicPrefix;
    await consumer.run({
      autoCommit: true,
      // Partitions in parallel, each in order: one aggregate's events (one key) still come one by one.
      partitionsConsumedConcurrently: this.options.partitions ?? 3,
      eachBatchAutoResolve: false,
      // A fetched batch is handled in chunks; each chunk's offsets are committed once it is done.
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        const topic = batch.topic.slice(prefix.length);
        for (let i = 0; i < batch.messages.length; i += MAX_BATCH) {
          if (!isRunning() || isStale()) return;
          const chunk = batch.messages.slice(i, i + MAX_BATCH);
          const messages = chunk.map((m) => ({
            topic,
            key: m.key?.toString() ?? '',
            value: m.value?.toString() ?? '',
            headers: traceHeadersIn(m.headers),
          }));
          if (sub.handleBatch) await sub.handleBatch(messages);
          else for (const message of messages) await sub.handle(message);
          resolveOffset(chunk.at(-1)!.offset);
          sub.onLag?.(topic, batch.partition, partitionLag(batch.highWatermark, chunk.at(-1)!.offset));
          await heartbeat();
        }
      },
    });
    await joined;
    this.consumers.push(consumer);
    return async () => {
      this.consumers = this.consumers.filter((c) => c !== consumer);
      await consumer.disconnect();
    };
  }

  async isReady(): Promise<boolean> {
    try {
      if (!this.admin) return false;
      await this.admin.describeCluster();
      return true;
    } catch {
      return false;
    }
  }

  /** Broker version string as the cluster reports it (for test logs). */
  async describe(): Promise<string> {
    const cluster = await this.admin?.describeCluster();
    const { tls, sasl, brokers } = this.options;
    const security = `${tls ? 'TLS' : 'plaintext'}${sasl ? `, SCRAM-SHA-512 as ${sasl.username}` : ''}`;
    return `kafka cluster ${cluster?.clusterId} with ${cluster?.brokers.length} broker(s) at ${brokers.join(',')} over ${security}`;
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.consumers.map((c) => c.disconnect()));
    await this.producer?.disconnect();
    await this.admin?.disconnect();
    this.consumers = [];
    this.producer = null;
    this.admin = null;
  }
}
