import { allTopics, topicRetention } from '@bc/contracts';

/** The Strimzi `Kafka` resource the topics belong to (k8s/base/kafka/kafka.yaml). */
export const KAFKA_CLUSTER = 'business-center';
export const topicsFile = 'k8s/base/kafka/topics.yaml';

/**
 * How the services create a missing topic (services/platform/src/events/kafka.ts): 3 partitions,
 * kept forever because reporting rebuilds its read models from the start of the topics (REP-6), unless
 * the event's contract says otherwise (`retentionOf`).
 * Replicas here suit the single broker of the base; the prod overlay raises them to 3.
 */
export const TOPIC_SPEC = { partitions: 3, retentionMs: -1, replicas: 1, minInsyncReplicas: 1 };

/** The retention the contract gives a topic (`defineEvent`'s `retentionMs`), else the default. */
export function retentionOf(topic: string): number {
  return topicRetention[topic] ?? TOPIC_SPEC.retentionMs;
}

/** A Kubernetes name for a topic: topic names may hold characters a resource name may not. */
export function resourceName(topic: string): string {
  return topic
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

/** topics.yaml: one KafkaTopic per topic the code uses (allTopics), sorted so the file is stable. */
export function renderTopics(topics: readonly string[] = allTopics): string {
  const header = [
    '# Written by `pnpm infra:topics` from allTopics in services/contracts: do not edit. A test fails',
    '# when this file and the code disagree (infra/tests/topics.test.ts).',
  ];
  const docs = [...new Set(topics)]
    .sort()
    .map((topic) =>
      [
        '---',
        'apiVersion: kafka.strimzi.io/v1',
        'kind: KafkaTopic',
        'metadata:',
        `  name: ${resourceName(topic)}`,
        '  labels:',
        `    strimzi.io/cluster: ${KAFKA_CLUSTER}`,
        '    app.kubernetes.io/name: kafka',
        '    app.kubernetes.io/component: events',
        'spec:',
        `  topicName: ${topic}`,
        `  partitions: ${TOPIC_SPEC.partitions}`,
        `  replicas: ${TOPIC_SPEC.replicas}`,
        '  config:',
        `    retention.ms: ${retentionOf(topic)}`,
        `    min.insync.replicas: ${TOPIC_SPEC.minInsyncReplicas}`,
      ].join('\n'),
    );
  return `${[...header, ...docs].join('\n')}\n`;
}
