import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allTopics } from '@bc/contracts';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkOverlay, metricNames } from '../lib/checks.ts';
import { codeFacts } from '../lib/kafka-users.ts';
import { k8sDir } from '../lib/paths.ts';

// Each case builds and checks a whole overlay (kustomize, kubeconform): seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
// The code's facts (started services) once, before the first case.
beforeAll(() => codeFacts(), 60_000);

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
  it('the unbroken copy passes (so the failures below come from the edits)', async () => {
    const k8s = brokenCopy(
      'base/accounts/deployment.yaml',
      'revisionHistoryLimit: 5',
      'revisionHistoryLimit: 4',
    );
    expect((await checkOverlay(k8s, 'dev')).problems).toEqual([]);
  });

  it('WEB-1 the portal: / not routed to it, or it reachable from inside the namespace', async () => {
    const unrouted = brokenCopy('base/ingress.yaml', /name: portal/, 'name: gateway');
    expect((await checkOverlay(unrouted, 'dev')).problems).toContainEqual('Ingress: / must route to portal');
    const open = brokenCopy(
      'base/network/public-routes.yaml',
      '        - namespaceSelector:',
      '        - podSelector: {}\n        - namespaceSelector:',
    );
    expect((await checkOverlay(open, 'dev')).problems).toContainEqual(
      expect.stringMatching(/^Deployment\/portal: admitted from namespace this/),
    );
  });

  it('a wrong field in a Kubernetes object', async () => {
    const k8s = brokenCopy(
      'base/accounts/deployment.yaml',
      '          readinessProbe:',
      '          readynessProbe:',
    );
    expect((await checkOverlay(k8s, 'prod')).problems).toContainEqual(
      expect.stringMatching(/^Deployment\/accounts: .*'readynessProbe' not allowed/),
    );
  });

  it('a wrong field in a custom resource (CloudNativePG)', async () => {
    const k8s = brokenCopy('base/benefits/database.yaml', '  instances: 1', '  instance: 1');
    expect((await checkOverlay(k8s, 'dev')).problems).toContainEqual(
      expect.stringMatching(/^Cluster\/benefits-db: .*'instance' not allowed/),
    );
  });

  it('a wrong type in a custom resource (Strimzi)', async () => {
    const k8s = brokenCopy('base/kafka/node-pool.yaml', 'replicas: 1', 'replicas: one');
    expect((await checkOverlay(k8s, 'dev')).problems).toContainEqual(
      expect.stringMatching(/^KafkaNodePool\/dual-role: /),
    );
  });

  it('a migration Job that runs the TypeScript sources through tsx (the image has neither)', async () => {
    const k8s = brokenCopy(
      'base/accounts/migrate-job.yaml',
      '- --enable-source-maps\n            - dist/migrate.js',
      '- --import\n            - tsx\n            - src/migrate.ts',
    );
    expect((await checkOverlay(k8s, 'dev')).problems).toContainEqual(
      expect.stringMatching(/^Job\/accounts-migrate: runs node --import tsx src\/migrate\.ts, not /),
    );
  });

  it('a migration Job that runs an entry the build does not make', async () => {
    const k8s = brokenCopy('base/benefits/migrate-job.yaml', '- dist/migrate.js', '- dist/migrations.js');
    expect((await checkOverlay(k8s, 'dev')).problems).toContainEqual(
      expect.stringMatching(
        /^Job\/benefits-migrate: runs node --enable-source-maps dist\/migrations\.js, not /,
      ),
    );
  });

  it('a variable the service reads is not set', async () => {
    const k8s = brokenCopy('base/config/accounts.env', /^BC_PLATFORM_DOMAIN=.*\n/m, '');
    expect((await checkOverlay(k8s, 'dev')).problems).toContain(
      'Deployment/accounts: BC_PLATFORM_DOMAIN is read by the code but not set',
    );
  });

  it('a variable the gateway reads is not set', async () => {
    const k8s = brokenCopy('base/config/gateway.env', /^BC_SUBGRAPH_URL_REPORTING=.*\n/m, '');
    expect((await checkOverlay(k8s, 'prod')).problems).toContain(
      'Deployment/gateway: BC_SUBGRAPH_URL_REPORTING is read by the code but not set',
    );
  });

  it('a value the service would refuse at start', async () => {
    const k8s = brokenCopy('overlays/dev/kustomization.yaml', '- BC_MAILER=mailbox', '- BC_MAILER=pigeon');
    expect((await checkOverlay(k8s, 'dev')).problems).toContainEqual(
      expect.stringMatching(/^Deployment\/notifications: BC_MAILER=pigeon is invalid/),
    );
  });

  it('a secret key nothing provides', async () => {
    const k8s = brokenCopy(
      'overlays/prod/external-secret.yaml',
      '- secretKey: BC_SMTP_URL',
      '- secretKey: SMTP_URL',
    );
    expect((await checkOverlay(k8s, 'prod')).problems).toContain(
      'Deployment/notifications: BC_SMTP_URL reads key BC_SMTP_URL missing from Secret business-center-secrets',
    );
  });

  it('a KafkaTopic the code does not use', async () => {
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
    expect((await checkOverlay(k8s, 'dev')).problems).toContain(
      'KafkaTopic/reporting.report.misplaced.v1: topic reporting.report.misplaced.v1 is not used by the code',
    );
  });

  it('a topic the code uses without a KafkaTopic', async () => {
    const codeTopics = [...allTopics, 'reporting.report.exported.v1'];
    const report = await checkOverlay(k8sDir, 'dev', { codeTopics });
    expect(report.problems).toEqual([
      'topic reporting.report.exported.v1 is used by the code but has no KafkaTopic',
    ]);
  });

  it('a subgraph reachable from another service', async () => {
    const k8s = brokenCopy(
      'base/network/subgraphs-from-gateway.yaml',
      'app.kubernetes.io/name: gateway\n              app.kubernetes.io/component: gateway',
      'app.kubernetes.io/part-of: business-center',
    );
    expect((await checkOverlay(k8s, 'dev')).problems).toContainEqual(
      'Deployment/benefits: reachable from agreements, only the gateway may call a subgraph',
    );
  });

  it('OPS-5 an autoscaled Deployment with a fixed replica count', async () => {
    const k8s = brokenCopy('base/accounts/deployment.yaml', /\n {2}# No replicas: .*\n/, '\n  replicas: 2\n');
    expect((await checkOverlay(k8s, 'prod')).problems).toContain(
      'Deployment/accounts: fixed replicas 2, but HorizontalPodAutoscaler/accounts owns them',
    );
  }, 60_000);

  it('OPS-5 a subgraph holding the deployment secret instead of only its own key', async () => {
    const k8s = brokenCopy(
      'base/inventory/deployment.yaml',
      'key: BC_SUBGRAPH_SECRET_INVENTORY',
      'key: BC_SUBGRAPH_SECRET',
    );
    expect((await checkOverlay(k8s, 'dev')).problems).toEqual([
      'Deployment/inventory: BC_SUBGRAPH_SECRET holds BC_SUBGRAPH_SECRET, not only its own identity key BC_SUBGRAPH_SECRET_INVENTORY',
      'Deployment/inventory: BC_SUBGRAPH_SECRET must be its own key BC_SUBGRAPH_SECRET_INVENTORY',
    ]);
  }, 60_000);

  it('OPS-3 a service that makes mailed links without the shared key', async () => {
    const k8s = brokenCopy(
      'base/notifications/deployment.yaml',
      / {12}- name: BC_MAIL_LINK_SECRET\n(.*\n){4}/,
      '',
    );
    expect((await checkOverlay(k8s, 'dev')).problems).toEqual([
      'Deployment/notifications: BC_MAIL_LINK_SECRET is not set from a Secret',
    ]);
  }, 60_000);

  it("OPS-5 a Kafka user that may write another service's topic, or a listener without authentication", async () => {
    const writes = brokenCopy(
      'base/kafka/users.yaml',
      'name: "agreements.agreement.changed.v1"\n          patternType: literal\n        operations:\n          - Read',
      'name: "agreements.agreement.changed.v1"\n          patternType: literal\n        operations:\n          - Write',
    );
    // The first reader of the topic in users.yaml (whichever service that is) now may write it.
    expect((await checkOverlay(writes, 'dev')).problems).toEqual([
      expect.stringMatching(
        /^KafkaUser\/\w+: may write topic agreements\.agreement\.changed\.v1 \(literal\), not its own$/,
      ),
    ]);
    const open = brokenCopy('overlays/prod/patches/kafka.yaml', /\n {6}authentication:\n.*\n/, '\n');
    expect((await checkOverlay(open, 'prod')).problems).toEqual([
      'Kafka/business-center: listener tls lets clients in unauthenticated',
    ]);
    const anonymous = brokenCopy(
      'base/benefits/deployment.yaml',
      /\n {14}value: benefits\n/,
      '\n              value: benefit\n',
    );
    expect((await checkOverlay(anonymous, 'dev')).problems).toContain(
      'Deployment/benefits: BC_KAFKA_USERNAME must be its KafkaUser benefits',
    );
  }, 60_000);

  it('OPS-5 a Kafka client the TLS listener keeps out, without the cluster CA mounted, or on the plaintext port', async () => {
    const kept = brokenCopy('overlays/prod/patches/kafka.yaml', /\n {18}- gateway\n/, '\n');
    expect((await checkOverlay(kept, 'prod')).problems).toEqual([
      'Kafka/business-center: listener tls does not admit Deployment/gateway',
    ]);
    const unmounted = brokenCopy(
      'overlays/prod/patches/kafka-client.yaml',
      'mountPath: /etc/kafka-ca',
      'mountPath: /etc/kafka',
    );
    expect((await checkOverlay(unmounted, 'prod')).problems).toContainEqual(
      'Deployment/accounts: BC_KAFKA_CA_FILE=/etc/kafka-ca/ca.crt is not key ca.crt of a mounted Secret business-center-cluster-ca-cert',
    );
    const plaintext = brokenCopy(
      'overlays/prod/kustomization.yaml',
      'BC_KAFKA_BROKERS=business-center-kafka-bootstrap:9093',
      'BC_KAFKA_BROKERS=business-center-kafka-bootstrap:9092',
    );
    expect((await checkOverlay(plaintext, 'prod')).problems).toContainEqual(
      'Deployment/accounts: BC_KAFKA_BROKERS business-center-kafka-bootstrap:9092 is no TLS listener of Kafka/business-center',
    );
  }, 60_000);

  it('OPS-4 a process nobody scrapes, or the scraper kept out by the network policies', async () => {
    const unscraped = brokenCopy(
      'base/monitoring/pod-monitors.yaml',
      '      app.kubernetes.io/name: reporting\n',
      '      app.kubernetes.io/name: reports\n',
    );
    expect((await checkOverlay(unscraped, 'dev')).problems).toEqual([
      'Deployment/reporting: no PodMonitor scrapes /metrics on port http',
    ]);
    const blocked = brokenCopy(
      'base/monitoring/network-policy.yaml',
      'kubernetes.io/metadata.name: monitoring',
      'kubernetes.io/metadata.name: observability',
    );
    expect((await checkOverlay(blocked, 'dev')).problems).toContain(
      'Deployment/gateway: no NetworkPolicy admits the scraper from namespace monitoring',
    );
  }, 60_000);

  it('OPS-4 an alert on a metric the code does not register, leaving consumer lag unwatched', async () => {
    const k8s = brokenCopy(
      'base/monitoring/alerts.yaml',
      '(events_consumer_lag)',
      '(kafka_consumergroup_lag)',
    );
    expect((await checkOverlay(k8s, 'prod')).problems).toEqual([
      'PrometheusRule/business-center: BusinessCenterConsumerLagging reads kafka_consumergroup_lag, which no process registers',
      'no alert reads events_consumer_lag',
    ]);
    expect(
      metricNames(
        'sum by (service, job) (increase(jobs_runs_total{outcome="failed"}[1h])) > 0 unless on(job) time() - up offset 5m',
      ),
    ).toEqual(['jobs_runs_total', 'up']);
  }, 60_000);

  it("OPS-5 egress: a service that may leave the cluster, or reach another service's database", async () => {
    const out = brokenCopy(
      'base/network/egress.yaml',
      'app.kubernetes.io/name: notifications\n      app.kubernetes.io/component: worker',
      'app.kubernetes.io/name: inventory\n      app.kubernetes.io/component: subgraph',
    );
    expect((await checkOverlay(out, 'dev')).problems).toEqual([
      'Deployment/inventory: may connect to 0.0.0.0/0, only the mail and webhook sender may leave the cluster',
    ]);
    const db = brokenCopy(
      'base/inventory/database.yaml',
      '              cnpg.io/cluster: inventory-db\n      ports:',
      '              cnpg.io/cluster: agreements-db\n      ports:',
    );
    expect((await checkOverlay(db, 'prod')).problems).toEqual([
      'Deployment/inventory: may connect to database agreements-db, not its own',
      'Deployment/inventory: cannot reach its database',
      'Job/inventory-migrate: may connect to database agreements-db, not its own',
      'Job/inventory-migrate: cannot reach its database',
    ]);
  });

  it('OPS-5 an HTTPRoute that routes differently from the Ingress', async () => {
    const k8s = brokenCopy('base/http-route.yaml', 'value: /exports', 'value: /export');
    expect((await checkOverlay(k8s, 'prod')).problems).toEqual([
      'HTTPRoute: missing api.businesscenter.example PathPrefix /exports -> gateway:80',
      'HTTPRoute: api.businesscenter.example PathPrefix /export -> gateway:80 is not in the Ingress',
    ]);
  });

  it('OPS-5 a database without scheduled backups, or an object store without its credentials', async () => {
    const k8s = brokenCopy(
      'overlays/prod/backups.yaml',
      'cluster:\n    name: reporting-db',
      'cluster:\n    name: reports-db',
    );
    expect((await checkOverlay(k8s, 'prod')).problems).toEqual([
      'Cluster/reporting-db: no ScheduledBackup to the object store',
    ]);
    const keyless = brokenCopy(
      'overlays/prod/external-secret.yaml',
      '- secretKey: ACCESS_KEY_ID',
      '- secretKey: KEY_ID',
    );
    expect((await checkOverlay(keyless, 'prod')).problems).toEqual([
      'ObjectStore/business-center-backups: reads backup-object-store/ACCESS_KEY_ID, which nothing creates',
    ]);
  });
});
