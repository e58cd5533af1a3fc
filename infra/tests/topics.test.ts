import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allTopics } from '@bc/contracts';
import { describe, expect, it } from 'vitest';
import { aclsOf, kafkaAccess, renderUsers, usersFile } from '../lib/kafka-users.ts';
import { infraDir, repoRoot } from '../lib/paths.ts';
import { renderTopics, resourceName, TOPIC_SPEC, topicsFile } from '../lib/topics.ts';

describe('KafkaTopic manifests', () => {
  it('are generated from the topics the code uses (run `pnpm infra:topics` when this fails)', () => {
    expect(readFileSync(join(infraDir, topicsFile), 'utf8')).toBe(renderTopics(allTopics));
  });

  it('would change when the code gains a topic', () => {
    expect(renderTopics([...allTopics, 'benefits.voucher.redeemed.v1'])).not.toBe(renderTopics(allTopics));
  });

  it('use the partitions and retention the services create topics with', () => {
    const kafka = readFileSync(join(repoRoot, 'services/platform/src/events/kafka.ts'), 'utf8');
    expect(/numPartitions: this\.options\.partitions \?\? (\d+)/.exec(kafka)?.[1]).toBe(
      String(TOPIC_SPEC.partitions),
    );
    expect(
      /topicRetention\[prefixed\.slice\(this\.options\.topicPrefix\.length\)\] \?\? (-?\d+)/.exec(kafka)?.[1],
    ).toBe(String(TOPIC_SPEC.retentionMs));
  });

  it('have valid Kubernetes names', () => {
    for (const topic of allTopics) {
      expect(resourceName(topic)).toMatch(/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/);
    }
    expect(resourceName('Some_Topic.v1')).toBe('some-topic.v1');
  });
});

describe('KafkaUser manifests', () => {
  it('OPS-5 are generated from what each process writes and subscribes to (run `pnpm infra:topics` when this fails)', async () => {
    const access = await kafkaAccess();
    expect(readFileSync(join(infraDir, usersFile), 'utf8')).toBe(renderUsers(access));
    // What the code does, seen by starting it: notifications only reads (and dead-letters), the
    // gateway only follows revocations, reporting reads agreements' changes without writing them.
    const of = (user: string) => access.find((a) => a.user === user)!;
    expect(of('notifications').writes).toEqual(['platform.event.dead-lettered.v1']);
    expect(of('gateway')).toMatchObject({ writes: [], reads: ['accounts.access.revoked.v1'] });
    expect(of('reporting').reads).toContain('agreements.agreement.changed.v1');
    expect(of('agreements').writes).toContain('agreements.agreement.changed.v1');
    for (const a of access)
      for (const acl of aclsOf(a).filter((x) => x.operations.includes('Write')))
        expect([...a.writes], a.user).toContain(acl.resource.name);
  }, 60_000);
});
