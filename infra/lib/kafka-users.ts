import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allEvents, deadLettered } from '@bc/contracts';
import { createGatewayMetrics } from '@bc/gateway';
import { buildService, createLogger, InProcessTransport, REVOCATION_TOPICS } from '@bc/platform';
import { services } from '@bc/system';
import { deployables } from './services.ts';
import { KAFKA_CLUSTER } from './topics.ts';

/**
 * OPS-5: what each process may do on Kafka, from the code: it writes the topics of its own contracts
 * (an event's producer) and the dead-letter topic when it consumes; it reads what it subscribes to;
 * its consumer groups all start with its name (`<name>`, `<name>-access-<replica>`, `reporting-g<n>`).
 */
export interface KafkaAccess {
  user: string;
  writes: string[];
  reads: string[];
  /** Prefix of every consumer group the process joins. */
  groupPrefix: string;
}

/** Records what a service subscribes to while it starts (and publishes nothing anywhere). */
class RecordingTransport extends InProcessTransport {
  readonly subscribed = new Set<string>();
  override async subscribe(...args: Parameters<InProcessTransport['subscribe']>) {
    for (const topic of args[0].topics) this.subscribed.add(topic);
    return super.subscribe(...args);
  }
}

/** Topics whose contract names this process as producer. */
export const ownTopics = (name: string) => allEvents.filter((e) => e.producer === name).map((e) => e.topic);

/** Prometheus series names in an exposition (a histogram's buckets, sum and count included). */
export function seriesNames(exposition: string): string[] {
  return [...exposition.matchAll(/^# TYPE (\S+) (\S+)$/gm)].flatMap(([, name, type]) =>
    type === 'histogram' || type === 'summary'
      ? [`${name}_bucket`, `${name}_sum`, `${name}_count`, name!]
      : [name!],
  );
}

/** What running the code shows: each process's Kafka access and every metric a process registers. */
export interface CodeFacts {
  access: KafkaAccess[];
  metrics: Set<string>;
}

let facts: Promise<CodeFacts> | null = null;
/** Started once per test run (about two seconds). */
export function codeFacts(): Promise<CodeFacts> {
  facts ??= inspectServices();
  return facts;
}

export async function kafkaAccess(): Promise<KafkaAccess[]> {
  return (await codeFacts()).access;
}

/**
 * Starts each service once on a scratch SQLite file with a recording in-process transport, so the
 * subscriptions are the ones its code really makes (handlers, the read-model builder, revocations),
 * and reads its /metrics; the gateway's own metrics come from its registry.
 */
async function inspectServices(): Promise<CodeFacts> {
  const metrics = new Set(seriesNames(await createGatewayMetrics().registry.metrics()));
  const dir = mkdtempSync(join(tmpdir(), 'bc-kafka-access-'));
  const access: KafkaAccess[] = [
    // The gateway follows accounts' revocations (ACC-4) and publishes nothing.
    { user: 'gateway', writes: [], reads: [...REVOCATION_TOPICS].sort(), groupPrefix: 'gateway' },
  ];
  try {
    for (const definition of services) {
      const transport = new RecordingTransport();
      const service = await buildService(definition, {
        env: {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          PORT: '0',
          BC_DATABASE_URL: `sqlite:${join(dir, `${definition.name}.db`)}`,
          BC_SUBGRAPH_SECRET: randomBytes(32).toString('base64url'),
        },
        transport,
        logger: createLogger(definition.name, 'silent'),
      });
      try {
        await service.start({ port: 0, host: '127.0.0.1' });
        for (const name of seriesNames(await service.http.metrics.metrics())) metrics.add(name);
      } finally {
        await service.stop();
      }
      const reads = [...transport.subscribed].sort();
      const writes = ownTopics(definition.name);
      if (reads.length > 0) writes.push(deadLettered.topic);
      access.push({ user: definition.name, writes: writes.sort(), reads, groupPrefix: definition.name });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const missing = deployables.filter((d) => !access.some((a) => a.user === d.name));
  if (missing.length) throw new Error(`no Kafka access for ${missing.map((d) => d.name).join(', ')}`);
  return { access, metrics };
}

interface Acl {
  resource: { type: 'topic' | 'group' | 'cluster'; name?: string; patternType?: 'literal' | 'prefix' };
  operations: string[];
}

/** The ACLs of one user: Describe on every topic (start-up checks that all exist), the rest as derived. */
export function aclsOf(a: KafkaAccess): Acl[] {
  const acls: Acl[] = [
    { resource: { type: 'topic', name: '*', patternType: 'literal' }, operations: ['Describe'] },
    // The idempotent producer (acks -1, no duplicates) asks the cluster for a producer id.
    { resource: { type: 'cluster' }, operations: ['IdempotentWrite'] },
  ];
  for (const topic of a.writes)
    acls.push({ resource: { type: 'topic', name: topic, patternType: 'literal' }, operations: ['Write'] });
  for (const topic of a.reads)
    acls.push({ resource: { type: 'topic', name: topic, patternType: 'literal' }, operations: ['Read'] });
  if (a.reads.length > 0)
    acls.push({
      resource: { type: 'group', name: a.groupPrefix, patternType: 'prefix' },
      operations: ['Read'],
    });
  return acls;
}

export const usersFile = 'k8s/base/kafka/users.yaml';

/** users.yaml: one KafkaUser per process (SCRAM-SHA-512; Strimzi writes its password to Secret <name>). */
export function renderUsers(access: KafkaAccess[]): string {
  const header = [
    '# Written by `pnpm infra:topics` from the code (infra/lib/kafka-users.ts): do not edit. Each process',
    '# writes only its own topics and reads only what it subscribes to; a test fails when they disagree.',
  ];
  const docs = access.map((a) => {
    const acls = aclsOf(a).flatMap((acl) => {
      const lines = [`      - resource:`, `          type: ${acl.resource.type}`];
      if (acl.resource.name !== undefined) lines.push(`          name: "${acl.resource.name}"`);
      if (acl.resource.patternType) lines.push(`          patternType: ${acl.resource.patternType}`);
      lines.push('        operations:', ...acl.operations.map((o) => `          - ${o}`));
      return lines;
    });
    return [
      '---',
      'apiVersion: kafka.strimzi.io/v1',
      'kind: KafkaUser',
      'metadata:',
      `  name: ${a.user}`,
      '  labels:',
      `    strimzi.io/cluster: ${KAFKA_CLUSTER}`,
      `    app.kubernetes.io/name: ${a.user}`,
      '    app.kubernetes.io/component: events',
      'spec:',
      '  authentication:',
      '    type: scram-sha-512',
      '  authorization:',
      '    type: simple',
      '    acls:',
      ...acls,
    ].join('\n');
  });
  return `${[...header, ...docs].join('\n')}\n`;
}
