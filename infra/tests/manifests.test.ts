import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkOverlay, type OverlayReport } from '../lib/checks.ts';
import type { PodTemplate, Resource } from '../lib/manifests.ts';
import { k8sDir } from '../lib/paths.ts';

/**
 * Every overlay builds with kustomize, validates against the vendored Kubernetes and CRD schemas,
 * and passes the checks schemas cannot express (infra/lib/checks.ts): each variable the code reads
 * is set, each topic the code uses is a KafkaTopic, probes, resources, network policies, wiring.
 */
const overlays = readdirSync(join(k8sDir, 'overlays'));
const reports = new Map<string, Promise<OverlayReport>>();
/** Each overlay is built and checked once for all the tests below. */
function reportOf(overlay: string): Promise<OverlayReport> {
  if (!reports.has(overlay)) reports.set(overlay, checkOverlay(k8sDir, overlay));
  return reports.get(overlay)!;
}
const of = (r: OverlayReport, kind: string) => r.resources.filter((x) => x.kind === kind);
const pod = (r: Resource) => r.spec.template as PodTemplate;

it('has the dev and prod overlays', () => {
  expect(overlays.sort()).toEqual(['dev', 'prod']);
});

describe.each(overlays)('overlay %s', (overlay) => {
  let report: OverlayReport;
  beforeAll(async () => {
    report = await reportOf(overlay);
  }, 120_000);

  it('builds, validates against the schemas and passes every check', () => {
    expect(report.problems).toEqual([]);
    expect(report.resources.length).toBeGreaterThan(50);
  });

  it('puts everything in one namespace', () => {
    const namespaces = new Set(
      report.resources.filter((r) => r.kind !== 'Namespace').map((r) => r.metadata.namespace),
    );
    expect([...namespaces]).toEqual([of(report, 'Namespace')[0]?.metadata.name]);
  });
});

describe('dev overlay', () => {
  let report: OverlayReport;
  beforeAll(async () => {
    report = await reportOf('dev');
  }, 120_000);

  it('runs one replica of everything with small resources', () => {
    const scaled = new Set(of(report, 'HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef.name));
    for (const d of of(report, 'Deployment')) {
      // OPS-5: an autoscaled Deployment has no fixed count; its autoscaler keeps it at one.
      expect(d.spec.replicas, d.metadata.name).toBe(scaled.has(d.metadata.name) ? undefined : 1);
      expect(pod(d).spec.containers[0]?.resources?.limits?.memory, d.metadata.name).toBe('384Mi');
    }
    for (const h of of(report, 'HorizontalPodAutoscaler')) expect(h.spec.maxReplicas).toBe(1);
    expect(of(report, 'KafkaNodePool').map((p) => p.spec.replicas)).toEqual([1]);
    for (const c of of(report, 'Cluster')) expect(c.spec.instances, c.metadata.name).toBe(1);
    for (const t of of(report, 'KafkaTopic')) expect(t.spec.replicas, t.metadata.name).toBe(1);
  });
});

describe('prod overlay', () => {
  let report: OverlayReport;
  beforeAll(async () => {
    report = await reportOf('prod');
  }, 120_000);

  it('runs three replicas spread over nodes, scaling from three', () => {
    const scaled = new Set(of(report, 'HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef.name));
    expect(scaled.size).toBe(6);
    for (const d of of(report, 'Deployment')) {
      expect(d.spec.replicas, d.metadata.name).toBe(scaled.has(d.metadata.name) ? undefined : 3);
      const term =
        d.spec.template.spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution?.[0];
      expect(term?.podAffinityTerm.topologyKey, d.metadata.name).toBe('kubernetes.io/hostname');
      expect(term?.podAffinityTerm.matchLabelKeys).toEqual(['app.kubernetes.io/name']);
    }
    for (const h of of(report, 'HorizontalPodAutoscaler'))
      expect(h.spec.minReplicas, h.metadata.name).toBe(3);
  });

  it('has three brokers, reached over TLS only, topics replicated three times', () => {
    const [pool] = of(report, 'KafkaNodePool');
    expect(pool?.spec.replicas).toBe(3);
    expect(pool?.spec.roles).toEqual(['controller', 'broker']);
    const listeners = of(report, 'Kafka')[0]?.spec.kafka.listeners as { port: number; tls: boolean }[];
    expect(listeners.every((l) => l.tls)).toBe(true);
    const config = of(report, 'ConfigMap').find((c) => c.metadata.name.startsWith('business-center-config-'));
    const port = Number(config?.data?.BC_KAFKA_BROKERS?.split(':')[1]);
    expect(listeners.map((l) => l.port)).toContain(port);
    expect(config?.data?.BC_KAFKA_TLS).toBe('true');
    for (const t of of(report, 'KafkaTopic')) {
      expect(t.spec.replicas, t.metadata.name).toBe(3);
      expect(t.spec.config['min.insync.replicas'], t.metadata.name).toBe(2);
    }
  });

  it('runs three PostgreSQL instances per database, on different nodes', () => {
    for (const c of of(report, 'Cluster')) {
      expect(c.spec.instances, c.metadata.name).toBe(3);
      expect(c.spec.affinity.podAntiAffinityType).toBe('required');
    }
  });

  it('takes its secrets from the external secret store only', () => {
    expect(of(report, 'Secret')).toEqual([]);
    const external = of(report, 'ExternalSecret').find(
      (e) => e.spec.target.name === 'business-center-secrets',
    );
    expect(external?.spec.target.name).toBe('business-center-secrets');
    expect(external?.spec.secretStoreRef.kind).toBe('ClusterSecretStore');
  });
});
