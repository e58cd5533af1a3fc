import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allTopics } from '@bc/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOverlay } from '../lib/checks.ts';
import { k8sDir } from '../lib/paths.ts';

/**
 * The checks catch a broken manifest: each test breaks a copy of infra/k8s in one way and expects
 * the same check `pnpm test` runs on the real one to name the problem.
 */
const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function brokenCopy(file: string, from: string | RegExp, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bc-k8s-'));
  copies.push(dir);
  cpSync(k8sDir, join(dir, 'k8s'), { recursive: true });
  const path = join(dir, 'k8s', file);
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${file} has no ${from}`);
  writeFileSync(path, edited);
  return join(dir, 'k8s');
}

describe('a broken manifest fails', () => {
  it('the unbroken copy passes (so the failures below come from the edits)', () => {
    const k8s = brokenCopy(
      'base/accounts/deployment.yaml',
      'revisionHistoryLimit: 5',
      'revisionHistoryLimit: 4',
    );
    expect(checkOverlay(k8s, 'dev').problems).toEqual([]);
  });

  it('WEB-1 the portal: / not routed to it, or it reachable from inside the namespace', () => {
    const unrouted = brokenCopy('base/ingress.yaml', /name: portal/, 'name: gateway');
    expect(checkOverlay(unrouted, 'dev').problems).toContainEqual('Ingress: / must route to portal');
    const open = brokenCopy(
      'base/network/public-routes.yaml',
      '        - namespaceSelector:',
      '        - podSelector: {}\n        - namespaceSelector:',
    );
    expect(checkOverlay(open, 'dev').problems).toContainEqual(
      expect.stringMatching(/^Deployment\/portal: admitted from namespace this/),
    );
  });

  it('a wrong field in a Kubernetes object', () => {
    const k8s = brokenCopy(
      'base/accounts/deployment.yaml',
      '          readinessProbe:',
      '          readynessProbe:',
    );
    expect(checkOverlay(k8s, 'prod').problems).toContainEqual(
      expect.stringMatching(/^Deployment\/accounts: .*'readynessProbe' not allowed/),
    );
  });

  it('a wrong field in a custom resource (CloudNativePG)', () => {
    const k8s = brokenCopy('base/benefits/database.yaml', '  instances: 1', '  instance: 1');
    expect(checkOverlay(k8s, 'dev').problems).toContainEqual(
      expect.stringMatching(/^Cluster\/benefits-db: .*'instance' not allowed/),
    );
  });

  it('a wrong type in a custom resource (Strimzi)', () => {
    const k8s = brokenCopy('base/kafka/node-pool.yaml', 'replicas: 1', 'replicas: one');
    expect(checkOverlay(k8s, 'dev').problems).toContainEqual(
      expect.stringMatching(/^KafkaNodePool\/dual-role: /),
    );
  });

  it('a migration Job that runs the TypeScript sources through tsx (the image has neither)', () => {
    const k8s = brokenCopy(
      'base/accounts/migrate-job.yaml',
      '- --enable-source-maps\n            - dist/migrate.js',
      '- --import\n            - tsx\n            - src/migrate.ts',
    );
    expect(checkOverlay(k8s, 'dev').problems).toContainEqual(
      expect.stringMatching(/^Job\/accounts-migrate: runs node --import tsx src\/migrate\.ts, not /),
    );
  });

  it('a migration Job that runs an entry the build does not make', () => {
    const k8s = brokenCopy('base/benefits/migrate-job.yaml', '- dist/migrate.js', '- dist/migrations.js');
    expect(checkOverlay(k8s, 'dev').problems).toContainEqual(
      expect.stringMatching(
        /^Job\/benefits-migrate: runs node --enable-source-maps dist\/migrations\.js, not /,
      ),
    );
  });

  it('a variable the service reads is not set', () => {
    const k8s = brokenCopy('base/config/accounts.env', /^BC_PLATFORM_DOMAIN=.*\n/m, '');
    expect(checkOverlay(k8s, 'dev').problems).toContain(
      'Deployment/accounts: BC_PLATFORM_DOMAIN is read by the code but not set',
    );
  });

  it('a variable the gateway reads is not set', () => {
    const k8s = brokenCopy('base/config/gateway.env', /^BC_SUBGRAPH_URL_REPORTING=.*\n/m, '');
    expect(checkOverlay(k8s, 'prod').problems).toContain(
      'Deployment/gateway: BC_SUBGRAPH_URL_REPORTING is read by the code but not set',
    );
  });

  it('a value the service would refuse at start', () => {
    const k8s = brokenCopy('overlays/dev/kustomization.yaml', '- BC_MAILER=mailbox', '- BC_MAILER=pigeon');
    expect(checkOverlay(k8s, 'dev').problems).toContainEqual(
      expect.stringMatching(/^Deployment\/notifications: BC_MAILER=pigeon is invalid/),
    );
  });

  it('a secret key nothing provides', () => {
    const k8s = brokenCopy(
      'overlays/prod/external-secret.yaml',
      '- secretKey: BC_SMTP_URL',
      '- secretKey: SMTP_URL',
    );
    expect(checkOverlay(k8s, 'prod').problems).toContain(
      'Deployment/notifications: BC_SMTP_URL reads key BC_SMTP_URL missing from Secret business-center-secrets',
    );
  });

  it('a KafkaTopic the code does not use', () => {
    const unknown = [
      '---',
      'apiVersion: kafka.strimzi.io/v1',
      'kind: KafkaTopic',
      'metadata:',
      '  name: reporting.report.misplaced.v1',
      '  labels:',
      '    strimzi.io/cluster: business-center',
      'spec:',
      '  partitions: 3',
      '  replicas: 1',
      '  config:',
      '    retention.ms: -1',
      '',
    ].join('\n');
    const k8s = brokenCopy('base/kafka/topics.yaml', /$/, unknown);
    expect(checkOverlay(k8s, 'dev').problems).toContain(
      'KafkaTopic/reporting.report.misplaced.v1: topic reporting.report.misplaced.v1 is not used by the code',
    );
  });

  it('a topic the code uses without a KafkaTopic', () => {
    const codeTopics = [...allTopics, 'reporting.report.exported.v1'];
    const report = checkOverlay(k8sDir, 'dev', { codeTopics });
    expect(report.problems).toEqual([
      'topic reporting.report.exported.v1 is used by the code but has no KafkaTopic',
    ]);
  });

  it('a subgraph reachable from another service', () => {
    const k8s = brokenCopy(
      'base/network/subgraphs-from-gateway.yaml',
      'app.kubernetes.io/name: gateway\n              app.kubernetes.io/component: gateway',
      'app.kubernetes.io/part-of: business-center',
    );
    expect(checkOverlay(k8s, 'dev').problems).toContainEqual(
      'Deployment/benefits: reachable from agreements, only the gateway may call a subgraph',
    );
  });

  it('OPS-5 an autoscaled Deployment with a fixed replica count', async () => {
    const k8s = brokenCopy('base/accounts/deployment.yaml', /\n {2}# No replicas: .*\n/, '\n  replicas: 2\n');
    expect(checkOverlay(k8s, 'prod').problems).toContain(
      'Deployment/accounts: fixed replicas 2, but HorizontalPodAutoscaler/accounts owns them',
    );
  }, 60_000);

  it('OPS-5 a subgraph holding the deployment secret instead of only its own key', () => {
    const k8s = brokenCopy(
      'base/inventory/deployment.yaml',
      'key: BC_SUBGRAPH_SECRET_INVENTORY',
      'key: BC_SUBGRAPH_SECRET',
    );
    expect(checkOverlay(k8s, 'dev').problems).toEqual([
      'Deployment/inventory: BC_SUBGRAPH_SECRET holds BC_SUBGRAPH_SECRET, not only its own identity key BC_SUBGRAPH_SECRET_INVENTORY',
      'Deployment/inventory: BC_SUBGRAPH_SECRET must be its own key BC_SUBGRAPH_SECRET_INVENTORY',
    ]);
  }, 60_000);

  it("OPS-5 a Kafka user that may write another service's topic, or a listener without authentication", () => {
    const writes = brokenCopy(
      'base/kafka/users.yaml',
      'name: "agreements.agreement.changed.v1"\n          patternType: literal\n        operations:\n          - Read',
      'name: "agreements.agreement.changed.v1"\n          patternType: literal\n        operations:\n          - Write',
    );
    expect(checkOverlay(writes, 'dev').problems).toEqual([
      'KafkaUser/reporting: may write topic agreements.agreement.changed.v1 (literal), not its own',
    ]);
    const open = brokenCopy('overlays/prod/patches/kafka.yaml', /\n {6}authentication:\n.*\n/, '\n');
    expect(checkOverlay(open, 'prod').problems).toEqual([
      'Kafka/business-center: listener tls lets clients in unauthenticated',
    ]);
    const anonymous = brokenCopy(
      'base/benefits/deployment.yaml',
      /\n {14}value: benefits\n/,
      '\n              value: benefit\n',
    );
    expect(checkOverlay(anonymous, 'dev').problems).toContain(
      'Deployment/benefits: BC_KAFKA_USERNAME must be its KafkaUser benefits',
    );
  }, 60_000);
});
