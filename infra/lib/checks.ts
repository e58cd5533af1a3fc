import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allTopics, deadLettered } from '@bc/contracts';
import { subgraphKeyVariable } from '@bc/platform';
import type { z } from 'zod';
import { migrationVariables, type Variable, variablesRead } from './environment.ts';
import { codeFacts, ownTopics } from './kafka-users.ts';
import {
  type Container,
  kustomizeBuild,
  type LabelSelector,
  type Labels,
  type PodTemplate,
  parseResources,
  type Resource,
  validateSchemas,
} from './manifests.ts';
import { repoRoot } from './paths.ts';
import { deployables, sites } from './services.ts';
import { retentionOf, TOPIC_SPEC } from './topics.ts';

/** What `checkOverlay` found: rendered objects and every problem, each naming the object. */
export interface OverlayReport {
  resources: Resource[];
  problems: string[];
}

/** The keys a Secret in the cluster will hold, whoever writes it. */
function secretKeys(resources: Resource[]): Map<string, Set<string>> {
  const secrets = new Map<string, Set<string>>();
  for (const r of resources) {
    if (r.kind === 'Secret') {
      secrets.set(
        r.metadata.name,
        new Set([...Object.keys(r.data ?? {}), ...Object.keys(r.stringData ?? {})]),
      );
    } else if (r.kind === 'ExternalSecret') {
      const keys = (r.spec?.data ?? []).map((d: { secretKey: string }) => d.secretKey);
      secrets.set(r.spec?.target?.name ?? r.metadata.name, new Set(keys));
    } else if (r.kind === 'Cluster' && r.apiVersion.startsWith('postgresql.cnpg.io/')) {
      // CloudNativePG writes <cluster>-app for the owner of the bootstrap database.
      secrets.set(
        `${r.metadata.name}-app`,
        new Set(['uri', 'username', 'password', 'host', 'port', 'dbname']),
      );
    } else if (r.kind === 'KafkaUser' && r.spec?.authentication?.type === 'scram-sha-512') {
      // Strimzi's user operator writes the user's SCRAM password into a Secret of the user's name.
      secrets.set(r.metadata.name, new Set(['password', 'sasl.jaas.config']));
    } else if (r.kind === 'Kafka') {
      // Strimzi's cluster CA certificate, which clients of a TLS listener trust.
      secrets.set(`${r.metadata.name}-cluster-ca-cert`, new Set(['ca.crt']));
    }
  }
  return secrets;
}

const byKind = (resources: Resource[], kind: string) => resources.filter((r) => r.kind === kind);
const find = (resources: Resource[], kind: string, name: string) =>
  resources.find((r) => r.kind === kind && r.metadata.name === name);

/** The environment a container gets: each variable with its literal value when it has one. */
function containerEnvironment(
  container: Container,
  resources: Resource[],
  where: string,
  problems: string[],
): Map<string, string | undefined> {
  const env = new Map<string, string | undefined>();
  const secrets = secretKeys(resources);
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) {
      const map = find(resources, 'ConfigMap', from.configMapRef.name);
      if (!map) problems.push(`${where}: envFrom ConfigMap ${from.configMapRef.name} does not exist`);
      for (const [key, value] of Object.entries(map?.data ?? {})) env.set(key, value);
    }
    if (from.secretRef) {
      const keys = secrets.get(from.secretRef.name);
      if (!keys) problems.push(`${where}: envFrom Secret ${from.secretRef.name}, which nothing creates`);
      else for (const key of keys) env.set(key, undefined);
    }
  }
  for (const variable of container.env ?? []) {
    const secretRef = variable.valueFrom?.secretKeyRef;
    const mapRef = variable.valueFrom?.configMapKeyRef;
    if (secretRef) {
      const keys = secrets.get(secretRef.name);
      if (!keys)
        problems.push(`${where}: ${variable.name} reads Secret ${secretRef.name}, which nothing creates`);
      else if (!keys.has(secretRef.key) && !secretRef.optional)
        problems.push(
          `${where}: ${variable.name} reads key ${secretRef.key} missing from Secret ${secretRef.name}`,
        );
      env.set(variable.name, undefined);
    } else if (mapRef) {
      const value = find(resources, 'ConfigMap', mapRef.name)?.data?.[mapRef.key];
      if (value === undefined && !mapRef.optional)
        problems.push(`${where}: ${variable.name} reads ${mapRef.name}/${mapRef.key}, which does not exist`);
      env.set(variable.name, value);
    } else env.set(variable.name, variable.value ?? '');
  }
  return env;
}

/** Every variable the code reads is set, and literal values pass the service's own schema. */
function checkEnvironment(resources: Resource[], problems: string[]) {
  for (const deployable of deployables) {
    const deployment = find(resources, 'Deployment', deployable.name);
    const container = (deployment?.spec?.template as PodTemplate | undefined)?.spec.containers[0];
    if (!container) continue;
    const where = `Deployment/${deployable.name}`;
    const env = containerEnvironment(container, resources, where, problems);
    const reads = variablesRead(deployable.name);
    const missing = reads.variables.filter((v: Variable) => v.required && !env.has(v.name));
    for (const v of missing) problems.push(`${where}: ${v.name} is read by the code but not set`);
    // Values written in the manifests pass the same schema the service checks them with at start.
    for (const [key, value] of env) {
      const field = reads.schema?.shape[key] as z.ZodType | undefined;
      const parsed = value === undefined ? undefined : field?.safeParse(value);
      if (parsed && !parsed.success)
        problems.push(
          `${where}: ${key}=${value} is invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
        );
    }
    // Containers listen on all interfaces in production mode, or the probes and Service never reach them.
    if (env.get('HOST') !== '0.0.0.0')
      problems.push(`${where}: HOST must be 0.0.0.0, not ${env.get('HOST')}`);
    if (env.get('NODE_ENV') !== 'production') problems.push(`${where}: NODE_ENV must be production`);
    const http = container.ports?.find((p) => p.name === 'http')?.containerPort;
    if (String(http) !== env.get('PORT'))
      problems.push(`${where}: PORT ${env.get('PORT')} is not the http port ${http}`);

    checkKafkaConnection(resources, deployment!, env, where, problems);

    const job = find(resources, 'Job', `${deployable.name}-migrate`);
    const jobContainer = (job?.spec?.template as PodTemplate | undefined)?.spec.containers[0];
    if (!jobContainer) continue;
    const jobEnv = containerEnvironment(jobContainer, resources, `Job/${job!.metadata.name}`, problems);
    for (const name of migrationVariables(deployable.name))
      if (!jobEnv.has(name))
        problems.push(`Job/${job!.metadata.name}: ${name} is read by src/migrate.ts but not set`);
    const source = (c: Container) =>
      JSON.stringify(c.env?.find((v) => v.name === 'BC_DATABASE_URL')?.valueFrom);
    if (source(jobContainer) !== source(container))
      problems.push(
        `Job/${job!.metadata.name}: BC_DATABASE_URL differs from Deployment/${deployable.name}'s`,
      );
  }
}

/**
 * OPS-5: a process reaches the brokers the way their listener speaks: BC_KAFKA_TLS=true only on a
 * TLS listener's port (and plaintext only on a plaintext one), trusting the cluster CA Strimzi issues
 * (`<cluster>-cluster-ca-cert`, key ca.crt) mounted where BC_KAFKA_CA_FILE points.
 */
function checkKafkaConnection(
  resources: Resource[],
  deployment: Resource,
  env: Map<string, string | undefined>,
  where: string,
  problems: string[],
) {
  if (env.get('BC_EVENTS') !== 'kafka') return;
  const tls = env.get('BC_KAFKA_TLS') === 'true';
  for (const kafka of byKind(resources, 'Kafka')) {
    const name = kafka.metadata.name;
    const ports = (kafka.spec?.kafka?.listeners ?? [])
      .filter((l: { tls?: boolean }) => Boolean(l.tls) === tls)
      .map((l: { port: number }) => String(l.port));
    for (const broker of (env.get('BC_KAFKA_BROKERS') ?? '').split(','))
      if (broker.startsWith(`${name}-kafka-bootstrap:`) && !ports.includes(broker.split(':')[1]!))
        problems.push(
          `${where}: BC_KAFKA_BROKERS ${broker} is no ${tls ? 'TLS' : 'plaintext'} listener of Kafka/${name}`,
        );
    if (!tls) continue;
    const file = env.get('BC_KAFKA_CA_FILE') ?? '';
    const pod = podOf(deployment);
    const secret = `${name}-cluster-ca-cert`;
    const mounted = (pod?.spec.containers[0]?.volumeMounts ?? []).some((m) => {
      const volume = pod?.spec.volumes?.find((v) => v.name === m.name);
      return (
        volume?.secret?.secretName === secret &&
        (volume.secret.items ?? [{ key: 'ca.crt', path: 'ca.crt' }]).some(
          (i) => i.key === 'ca.crt' && `${m.mountPath}/${i.path}` === file,
        )
      );
    });
    if (!mounted)
      problems.push(`${where}: BC_KAFKA_CA_FILE=${file} is not key ca.crt of a mounted Secret ${secret}`);
  }
}

/** Every topic the code uses is a KafkaTopic, no other, and each is as the code creates it. */
export function checkTopics(
  resources: Resource[],
  problems: string[],
  codeTopics: readonly string[] = allTopics,
) {
  const kafka = byKind(resources, 'Kafka');
  const topics = byKind(resources, 'KafkaTopic');
  const brokers = byKind(resources, 'KafkaNodePool')
    .filter((p) => (p.spec?.roles ?? []).includes('broker'))
    .reduce((sum, p) => sum + (p.spec?.replicas ?? 0), 0);
  const declared = new Map(topics.map((t) => [t.spec?.topicName ?? t.metadata.name, t]));
  for (const topic of codeTopics)
    if (!declared.has(topic)) problems.push(`topic ${topic} is used by the code but has no KafkaTopic`);
  for (const [name, t] of declared) {
    const where = `KafkaTopic/${t.metadata.name}`;
    if (!codeTopics.includes(name)) problems.push(`${where}: topic ${name} is not used by the code`);
    const cluster = t.metadata.labels?.['strimzi.io/cluster'];
    if (!kafka.some((k) => k.metadata.name === cluster))
      problems.push(`${where}: no Kafka cluster ${cluster}`);
    if (t.spec?.partitions !== TOPIC_SPEC.partitions)
      problems.push(`${where}: ${t.spec?.partitions} partitions, the code creates ${TOPIC_SPEC.partitions}`);
    if (Number(t.spec?.config?.['retention.ms']) !== retentionOf(name))
      problems.push(
        `${where}: retention.ms must be ${retentionOf(name)} as its contract says (reporting rebuilds from the start)`,
      );
    const replicas = t.spec?.replicas ?? 0;
    const minInsync = Number(t.spec?.config?.['min.insync.replicas'] ?? 1);
    if (replicas < 1 || replicas > brokers)
      problems.push(`${where}: ${replicas} replicas on ${brokers} broker(s)`);
    // Producers wait for all in-sync replicas (acks -1): one broker down must not stop writes.
    if (replicas > 1 && minInsync >= replicas)
      problems.push(`${where}: min.insync.replicas ${minInsync} leaves no broker to lose of ${replicas}`);
  }
  // The topics above are unprefixed: a prefix would make every service use other topics.
  for (const map of byKind(resources, 'ConfigMap'))
    if (map.data?.BC_TOPIC_PREFIX)
      problems.push(`ConfigMap/${map.metadata.name}: BC_TOPIC_PREFIX must be empty`);
}

const podOf = (r: Resource) => r.spec?.template as PodTemplate | undefined;

/** Each deployable has its Deployment, Service, budget, autoscaler, migration Job and database. */
function checkWorkloads(resources: Resource[], problems: string[]) {
  for (const d of deployables) {
    const deployment = find(resources, 'Deployment', d.name);
    if (!deployment) {
      problems.push(`Deployment/${d.name} is missing`);
      continue;
    }
    const expected: [string, string, boolean][] = [
      ['Service', d.name, true],
      ['PodDisruptionBudget', d.name, true],
      ['HorizontalPodAutoscaler', d.name, d.role !== 'worker'],
      ['Job', `${d.name}-migrate`, d.database],
      ['Cluster', `${d.name}-db`, d.database],
    ];
    for (const [kind, name, wanted] of expected) {
      if (wanted && !find(resources, kind, name)) problems.push(`${kind}/${name} is missing`);
    }
    const pod = podOf(deployment)!;
    const container = pod.spec.containers[0]!;
    const where = `Deployment/${d.name}`;
    if (
      container.livenessProbe?.httpGet?.path !== '/health' ||
      container.livenessProbe.httpGet.port !== 'http'
    )
      problems.push(`${where}: liveness probe must be GET /health on port http`);
    if (
      container.readinessProbe?.httpGet?.path !== '/ready' ||
      container.readinessProbe.httpGet.port !== 'http'
    )
      problems.push(`${where}: readiness probe must be GET /ready on port http`);
    checkPodSecurity(pod, where, problems);
    const service = find(resources, 'Service', d.name);
    if (service && !selects(service.spec?.selector ?? {}, pod.metadata?.labels ?? {}))
      problems.push(`Service/${d.name}: its selector does not match the Deployment's pods`);
    const job = find(resources, 'Job', `${d.name}-migrate`);
    if (job) {
      const jobPod = podOf(job)!;
      checkPodSecurity(jobPod, `Job/${job.metadata.name}`, problems);
      if (jobPod.spec.containers[0]?.image !== container.image)
        problems.push(
          `Job/${job.metadata.name}: image differs from Deployment/${d.name}: migrations of another version`,
        );
      // The image holds only the compiled entries (scripts/build.ts: src/<entry>.ts → dist/<entry>.js).
      const command = (jobPod.spec.containers[0]?.command ?? []).join(' ');
      const entry = /^node --enable-source-maps dist\/([\w-]+)\.js$/.exec(command)?.[1];
      if (!entry || !existsSync(join(repoRoot, d.dir, 'src', `${entry}.ts`)))
        problems.push(
          `Job/${job.metadata.name}: runs ${command}, not node --enable-source-maps dist/<entry>.js ` +
            `compiled from ${d.dir}/src/<entry>.ts`,
        );
      if (service && selects(service.spec?.selector ?? {}, jobPod.metadata?.labels ?? {}))
        problems.push(`Service/${d.name}: selects the migration Job's pod`);
    }
  }
}

/** Each static site: Deployment, Service on port 80, budget, probes, pod security; `/` is routed to it. */
function checkSites(resources: Resource[], entryNamespaces: string[], problems: string[]) {
  const routes = byKind(resources, 'Ingress').flatMap((i) =>
    (i.spec?.rules ?? []).flatMap(
      (rule: { http?: { paths?: { path: string; backend: { service: { name: string } } }[] } }) =>
        (rule.http?.paths ?? []).map((p) => [p.path, p.backend.service.name] as const),
    ),
  );
  const routed = new Map(routes);
  for (const site of sites) {
    const deployment = find(resources, 'Deployment', site.name);
    if (!deployment) {
      problems.push(`Deployment/${site.name} is missing`);
      continue;
    }
    for (const kind of ['Service', 'PodDisruptionBudget'])
      if (!find(resources, kind, site.name)) problems.push(`${kind}/${site.name} is missing`);
    const pod = podOf(deployment)!;
    const container = pod.spec.containers[0]!;
    const where = `Deployment/${site.name}`;
    for (const [probe, path] of [
      ['livenessProbe', '/health'],
      ['readinessProbe', '/ready'],
    ] as const)
      if (container[probe]?.httpGet?.path !== path || container[probe]?.httpGet?.port !== 'http')
        problems.push(`${where}: ${probe} must be GET ${path} on port http`);
    checkPodSecurity(pod, where, problems);
    const service = find(resources, 'Service', site.name);
    if (service && !selects(service.spec?.selector ?? {}, pod.metadata?.labels ?? {}))
      problems.push(`Service/${site.name}: its selector does not match the Deployment's pods`);
    if (
      service &&
      !(service.spec?.ports ?? []).some(
        (p: { name: string; port: number }) => p.name === 'http' && p.port === 80,
      )
    )
      problems.push(`Service/${site.name}: needs port http on 80`);
    if (routed.get('/') !== site.name) problems.push(`Ingress: / must route to ${site.name}`);
    for (const path of site.gatewayPaths)
      if (routed.get(path) !== 'gateway') problems.push(`Ingress: ${path} must route to the gateway`);
    for (const peer of allowedPeers(resources, pod.metadata?.labels ?? {})) {
      const ns =
        peer === 'anyone' ? 'any' : peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
      if (!entryNamespaces.includes(ns ?? ''))
        problems.push(
          `${where}: admitted from ${peer === 'anyone' ? 'anyone' : `namespace ${ns ?? 'this'}`}, only the ingress controller may reach it`,
        );
    }
    if (allowedPeers(resources, pod.metadata?.labels ?? {}).length === 0)
      problems.push(`${where}: no NetworkPolicy admits the ingress controller`);
  }
}

function checkPodSecurity(pod: PodTemplate, where: string, problems: string[]) {
  const container = pod.spec.containers[0]!;
  for (const kind of ['requests', 'limits'] as const)
    for (const resource of ['cpu', 'memory'])
      if (!container.resources?.[kind]?.[resource]) problems.push(`${where}: no ${resource} ${kind}`);
  if (!pod.spec.securityContext?.runAsNonRoot) problems.push(`${where}: must run as non-root`);
  if (!container.securityContext?.readOnlyRootFilesystem)
    problems.push(`${where}: root filesystem must be read-only`);
  if (!container.volumeMounts?.some((m) => m.mountPath === '/tmp'))
    problems.push(`${where}: needs a writable /tmp (os.tmpdir(); the root filesystem is read-only)`);
}

/** Kubernetes label-selector semantics (matchLabels and matchExpressions; a map is matchLabels). */
export function selects(selector: LabelSelector | Labels, labels: Labels): boolean {
  const s: LabelSelector =
    'matchLabels' in selector || 'matchExpressions' in selector
      ? (selector as LabelSelector)
      : { matchLabels: selector as Labels };
  const byLabels = Object.entries(s.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  return (
    byLabels &&
    (s.matchExpressions ?? []).every((e) => {
      const value = labels[e.key];
      if (e.operator === 'In') return value !== undefined && (e.values ?? []).includes(value);
      if (e.operator === 'NotIn') return value === undefined || !(e.values ?? []).includes(value);
      if (e.operator === 'Exists') return value !== undefined;
      return value === undefined;
    })
  );
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
}

/**
 * Who may open connections to pods with these labels: for each NetworkPolicy that selects them,
 * the peers of its ingress rules ('anyone' for a rule without `from`).
 */
function allowedPeers(resources: Resource[], labels: Labels): (Peer | 'anyone')[] {
  const peers: (Peer | 'anyone')[] = [];
  for (const policy of byKind(resources, 'NetworkPolicy')) {
    if (!selects(policy.spec?.podSelector ?? {}, labels)) continue;
    for (const rule of policy.spec?.ingress ?? []) {
      if (!rule.from || rule.from.length === 0) peers.push('anyone');
      else peers.push(...(rule.from as Peer[]));
    }
  }
  return peers;
}

/** The deployables whose pods (service or migration Job) a same-namespace peer matches. */
function peerNames(resources: Resource[], peer: Peer): string[] {
  if (peer.namespaceSelector) return [];
  const names = new Set<string>();
  for (const r of [...byKind(resources, 'Deployment'), ...byKind(resources, 'Job')]) {
    if (selects(peer.podSelector ?? {}, podOf(r)?.metadata?.labels ?? {})) names.add(r.metadata.name);
  }
  return [...names];
}

/**
 * Only the gateway reaches the subgraphs (plus the ingress controller for the public routes);
 * only a service's own pods reach its database;
 * only subgraphs and the worker reach Kafka.
 */
function checkNetwork(
  resources: Resource[],
  entryNamespaces: string[],
  monitoringNamespace: string,
  problems: string[],
) {
  const policies = byKind(resources, 'NetworkPolicy');
  const denyAll = policies.some(
    (p) =>
      Object.keys(p.spec?.podSelector ?? {}).length === 0 &&
      (p.spec?.policyTypes ?? []).includes('Ingress') &&
      !(p.spec?.ingress ?? []).length,
  );
  if (!denyAll) problems.push('no default-deny ingress NetworkPolicy');
  const publicBackends = new Set(
    byKind(resources, 'Ingress').flatMap((i) =>
      (i.spec?.rules ?? []).flatMap(
        (rule: { http?: { paths?: { backend: { service: { name: string } } }[] } }) =>
          (rule.http?.paths ?? []).map((p) => p.backend.service.name),
      ),
    ),
  );
  // Only the gateway verifies access tokens (accounts' JWKS): no service calls another.
  const allowedCallers: Record<string, string[]> = {};
  for (const d of deployables.filter((x) => x.role !== 'gateway')) {
    const deployment = find(resources, 'Deployment', d.name);
    if (!deployment) continue;
    for (const peer of allowedPeers(resources, podOf(deployment)?.metadata?.labels ?? {})) {
      if (peer === 'anyone') problems.push(`Deployment/${d.name}: a NetworkPolicy admits anyone`);
      else if (peer.namespaceSelector) {
        const ns = peer.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name'];
        // The scraper reaches every process (OPS-4); the ingress controller only the public routes.
        if (
          ns !== monitoringNamespace &&
          (!entryNamespaces.includes(ns ?? '') || !publicBackends.has(d.name))
        )
          problems.push(`Deployment/${d.name}: admitted from namespace ${ns ?? 'any'}`);
      } else {
        for (const name of peerNames(resources, peer))
          if (!(allowedCallers[d.name] ?? ['gateway']).includes(name))
            problems.push(
              `Deployment/${d.name}: reachable from ${name}, only the gateway may call a subgraph`,
            );
      }
    }
  }
  for (const cluster of byKind(resources, 'Cluster')) {
    const owner = cluster.metadata.name.replace(/-db$/, '');
    const peers = allowedPeers(resources, { 'cnpg.io/cluster': cluster.metadata.name });
    if (peers.length === 0)
      problems.push(`Cluster/${cluster.metadata.name}: no NetworkPolicy admits its service`);
    for (const peer of peers) {
      if (peer === 'anyone') problems.push(`Cluster/${cluster.metadata.name}: a NetworkPolicy admits anyone`);
      else if (peer.namespaceSelector) {
        if (peer.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name'] !== 'cnpg-system')
          problems.push(
            `Cluster/${cluster.metadata.name}: admitted from a namespace other than the operator's`,
          );
      } else if (!peer.podSelector?.matchLabels?.['cnpg.io/cluster']) {
        for (const name of peerNames(resources, peer))
          if (name !== owner && name !== `${owner}-migrate`)
            problems.push(`Cluster/${cluster.metadata.name}: reachable from ${name}, not only ${owner}`);
      }
    }
  }
  // Every service and worker, and the gateway, which follows accounts' revocations (ACC-4).
  const clients = new Set(deployables.map((d) => d.name));
  for (const kafka of byKind(resources, 'Kafka')) {
    for (const listener of kafka.spec?.kafka?.listeners ?? []) {
      const peers: Peer[] = listener.networkPolicyPeers ?? [];
      if (peers.length === 0)
        problems.push(`Kafka/${kafka.metadata.name}: listener ${listener.name} admits anyone`);
      for (const peer of peers)
        for (const name of peerNames(resources, peer))
          if (!clients.has(name)) problems.push(`Kafka/${kafka.metadata.name}: reachable from ${name}`);
      // OPS-5: and every client gets in (the gateway too: it follows accounts' revocations).
      for (const client of clients)
        if (peers.length > 0 && !peers.some((peer) => peerNames(resources, peer).includes(client)))
          problems.push(
            `Kafka/${kafka.metadata.name}: listener ${listener.name} does not admit Deployment/${client}`,
          );
    }
  }
}

/** Public URLs point at the Ingress host; the gateway routes every subgraph to its Service. */
function checkRouting(resources: Resource[], problems: string[]) {
  const hosts = byKind(resources, 'Ingress').flatMap((i) =>
    (i.spec?.rules ?? []).map((r: { host: string }) => r.host),
  );
  for (const map of byKind(resources, 'ConfigMap')) {
    const url = map.data?.BC_PUBLIC_URL;
    if (url && !hosts.includes(new URL(url).host))
      problems.push(
        `ConfigMap/${map.metadata.name}: BC_PUBLIC_URL ${url} is not served by the Ingress (${hosts})`,
      );
    for (const [key, value] of Object.entries(map.data ?? {})) {
      const subgraph = /^BC_SUBGRAPH_URL_(.+)$/.exec(key)?.[1]?.toLowerCase();
      if (subgraph && value !== `http://${subgraph}/graphql`)
        problems.push(`ConfigMap/${map.metadata.name}: ${key}=${value}, expected http://${subgraph}/graphql`);
    }
  }
  for (const d of deployables) {
    const service = find(resources, 'Service', d.name);
    if (
      service &&
      !(service.spec?.ports ?? []).some(
        (p: { name: string; port: number }) => p.name === 'http' && p.port === 80,
      )
    )
      problems.push(`Service/${d.name}: needs port http on 80 (the URLs above leave the port out)`);
  }
}

/** OPS-5: a Deployment an autoscaler scales has no fixed `replicas` (each apply would reset the count). */
function checkReplicas(resources: Resource[], problems: string[]) {
  for (const hpa of byKind(resources, 'HorizontalPodAutoscaler')) {
    const target = hpa.spec?.scaleTargetRef;
    const deployment = target?.kind === 'Deployment' ? find(resources, 'Deployment', target.name) : undefined;
    if (deployment && deployment.spec?.replicas !== undefined)
      problems.push(
        `Deployment/${deployment.metadata.name}: fixed replicas ${deployment.spec.replicas}, but HorizontalPodAutoscaler/${hpa.metadata.name} owns them`,
      );
  }
}

/** Where a container's variable comes from: a literal, or a Secret and key. */
function envSource(container: Container, name: string) {
  const variable = container.env?.find((v) => v.name === name);
  return { value: variable?.value, secret: variable?.valueFrom?.secretKeyRef };
}

/**
 * GW-2/OPS-5: each subgraph holds its own identity key only (BC_SUBGRAPH_SECRET and
 * BC_SUBGRAPH_SECRET_<NAME> both from its own key), never the deployment secret or another's key;
 * the gateway gets every subgraph's key from the same place.
 */
function checkSubgraphKeys(resources: Resource[], problems: string[]) {
  const gateway = podOf(find(resources, 'Deployment', 'gateway') ?? ({} as Resource))?.spec.containers[0];
  for (const d of deployables.filter((x) => x.role !== 'gateway')) {
    const container = podOf(find(resources, 'Deployment', d.name) ?? ({} as Resource))?.spec.containers[0];
    if (!container) continue;
    const own = subgraphKeyVariable(d.name);
    const where = `Deployment/${d.name}`;
    for (const from of container.envFrom ?? [])
      if (from.secretRef)
        problems.push(`${where}: takes every key of Secret ${from.secretRef.name} (envFrom)`);
    for (const variable of container.env ?? []) {
      const key = variable.valueFrom?.secretKeyRef?.key ?? '';
      if (key.startsWith('BC_SUBGRAPH_SECRET') && key !== own)
        problems.push(`${where}: ${variable.name} holds ${key}, not only its own identity key ${own}`);
    }
    const ownKey = envSource(container, own).secret;
    if (!ownKey) problems.push(`${where}: ${own} is not set from a Secret`);
    if (JSON.stringify(envSource(container, 'BC_SUBGRAPH_SECRET').secret) !== JSON.stringify(ownKey))
      problems.push(`${where}: BC_SUBGRAPH_SECRET must be its own key ${own}`);
    if (gateway && JSON.stringify(envSource(gateway, own).secret) !== JSON.stringify(ownKey))
      problems.push(`Deployment/gateway: ${own} does not come from where ${d.name} reads its key`);
  }
}

/**
 * OPS-3: accounts, agreements and notifications make and check mailed links' tokens with one key;
 * without it each would derive its own from its own identity key (OPS-5) and no link would work.
 */
function checkMailLinkKey(resources: Resource[], problems: string[]) {
  const sources = new Map<string, string>();
  for (const d of deployables.filter((x) => x.role !== 'gateway')) {
    if (!variablesRead(d.name).variables.some((v) => v.name === 'BC_MAIL_LINK_SECRET')) continue;
    const container = podOf(find(resources, 'Deployment', d.name) ?? ({} as Resource))?.spec.containers[0];
    if (!container) continue;
    const secret = envSource(container, 'BC_MAIL_LINK_SECRET').secret;
    if (!secret) problems.push(`Deployment/${d.name}: BC_MAIL_LINK_SECRET is not set from a Secret`);
    else sources.set(d.name, JSON.stringify(secret));
  }
  if (new Set(sources.values()).size > 1)
    problems.push(`BC_MAIL_LINK_SECRET differs between ${[...sources.keys()].join(', ')}`);
}

/**
 * OPS-5: every process signs in to Kafka as its own KafkaUser; a user writes only the topics of its
 * own contracts (and the dead-letter topic), and joins only groups named after it. The exact
 * topics each reads are held against the code by infra/tests/topics.test.ts (users.yaml).
 */
function checkKafkaUsers(resources: Resource[], problems: string[]) {
  for (const kafka of byKind(resources, 'Kafka')) {
    if (kafka.spec?.kafka?.authorization?.type !== 'simple')
      problems.push(`Kafka/${kafka.metadata.name}: no ACLs (authorization simple)`);
    for (const listener of kafka.spec?.kafka?.listeners ?? [])
      if (listener.authentication?.type !== 'scram-sha-512')
        problems.push(
          `Kafka/${kafka.metadata.name}: listener ${listener.name} lets clients in unauthenticated`,
        );
  }
  const users = byKind(resources, 'KafkaUser');
  for (const d of deployables) {
    const container = podOf(find(resources, 'Deployment', d.name) ?? ({} as Resource))?.spec.containers[0];
    if (!container) continue;
    if (!users.some((u) => u.metadata.name === d.name)) problems.push(`KafkaUser/${d.name} is missing`);
    const where = `Deployment/${d.name}`;
    if (envSource(container, 'BC_KAFKA_USERNAME').value !== d.name)
      problems.push(`${where}: BC_KAFKA_USERNAME must be its KafkaUser ${d.name}`);
    const password = envSource(container, 'BC_KAFKA_PASSWORD').secret;
    if (password?.name !== d.name || password.key !== 'password')
      problems.push(`${where}: BC_KAFKA_PASSWORD must come from Secret ${d.name}, key password`);
  }
  for (const user of users) {
    const name = user.metadata.name;
    const writable = new Set([...ownTopics(name), deadLettered.topic]);
    for (const acl of user.spec?.authorization?.acls ?? []) {
      const { type, name: resource, patternType = 'literal' } = acl.resource ?? {};
      const ops: string[] = acl.operations ?? [];
      if (ops.includes('All'))
        problems.push(`KafkaUser/${name}: ACL with operation All on ${type} ${resource}`);
      if (type === 'topic' && ops.some((o) => o !== 'Read' && o !== 'Describe')) {
        if (patternType !== 'literal' || !writable.has(resource))
          problems.push(`KafkaUser/${name}: may write topic ${resource} (${patternType}), not its own`);
      }
      if (type === 'group' && !String(resource).startsWith(name))
        problems.push(`KafkaUser/${name}: may join group ${resource}, not named after it`);
      if (type === 'cluster' && ops.some((o) => o !== 'IdempotentWrite'))
        problems.push(`KafkaUser/${name}: cluster operations ${ops.join(', ')}`);
    }
  }
}

/** OPS-4: the metric families the alerts must cover, as the code registers them. */
export const ALERTED_METRICS = [
  'events_outbox_oldest_age_seconds',
  'events_consumer_lag',
  'events_dead_lettered_total',
  'deliveries_attempts_total',
  'jobs_runs_total',
  'dependency_up',
];

const PROMQL_WORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'inf',
  'nan',
]);

/** The metric names a PromQL expression reads: identifiers outside strings, matchers, ranges and groupings. */
export function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = [...bare.matchAll(/(?<![\w:.])([a-zA-Z_:][\w:]*)(?![\w:])(?!\s*\()/g)].map((m) => m[1]!);
  return [...new Set(names.filter((n) => !PROMQL_WORDS.has(n.toLowerCase())))];
}

/**
 * OPS-4: each process is scraped (a PodMonitor on its http port's /metrics, and a NetworkPolicy that
 * admits the monitoring namespace), and the alert rules read only metrics the code registers and
 * cover backlog age, consumer lag, dead letters, failing deliveries, jobs and dependencies.
 */
function checkMonitoring(
  resources: Resource[],
  monitoringNamespace: string,
  registered: Set<string>,
  problems: string[],
) {
  const monitors = byKind(resources, 'PodMonitor');
  for (const d of deployables) {
    const deployment = find(resources, 'Deployment', d.name);
    if (!deployment) continue;
    const labels = podOf(deployment)?.metadata?.labels ?? {};
    const scraped = monitors.some(
      (m) =>
        selects(m.spec?.selector ?? {}, labels) &&
        (m.spec?.podMetricsEndpoints ?? []).some(
          (e: { port?: string; path?: string }) => e.port === 'http' && e.path === '/metrics',
        ),
    );
    if (!scraped) problems.push(`Deployment/${d.name}: no PodMonitor scrapes /metrics on port http`);
    const admitted = allowedPeers(resources, labels).some(
      (p) =>
        p !== 'anyone' &&
        p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === monitoringNamespace,
    );
    if (!admitted)
      problems.push(
        `Deployment/${d.name}: no NetworkPolicy admits the scraper from namespace ${monitoringNamespace}`,
      );
  }
  const alerts = byKind(resources, 'PrometheusRule').flatMap((rule) =>
    (rule.spec?.groups ?? []).flatMap((g: { rules?: { alert?: string; expr: string | number }[] }) =>
      (g.rules ?? []).map((r) => ({
        where: `PrometheusRule/${rule.metadata.name}: ${r.alert}`,
        expr: String(r.expr),
      })),
    ),
  );
  const used = new Set<string>();
  for (const alert of alerts)
    for (const name of metricNames(alert.expr)) {
      used.add(name);
      if (!registered.has(name)) problems.push(`${alert.where} reads ${name}, which no process registers`);
    }
  for (const name of ALERTED_METRICS) if (!used.has(name)) problems.push(`no alert reads ${name}`);
}

/** Private and link-local ranges an ipBlock to the internet must leave out (the cluster lives there). */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16'];

interface EgressPeer extends Peer {
  ipBlock?: { cidr: string; except?: string[] };
}

/** Where pods with these labels may connect: null when no Egress policy selects them (anything goes). */
function egressPeers(resources: Resource[], labels: Labels): (EgressPeer | 'anyone')[] | null {
  const policies = byKind(resources, 'NetworkPolicy').filter(
    (p) => (p.spec?.policyTypes ?? []).includes('Egress') && selects(p.spec?.podSelector ?? {}, labels),
  );
  if (policies.length === 0) return null;
  return policies.flatMap((p) =>
    (p.spec?.egress ?? []).flatMap((rule: { to?: EgressPeer[] }) =>
      !rule.to || rule.to.length === 0 ? ['anyone' as const] : rule.to,
    ),
  );
}

/**
 * OPS-5: every pod is held to the connections it needs: the cluster DNS; a service (and its
 * migration Job) its own database; the processes Kafka; the gateway the subgraphs (accounts' JWKS
 * among them); the process that sends mail and webhooks (reads BC_MAILER) public addresses.
 */
function checkEgress(resources: Resource[], problems: string[]) {
  const pods: { where: string; owner: string; process: boolean; labels: Labels }[] = [];
  for (const d of deployables) {
    const deployment = find(resources, 'Deployment', d.name);
    if (deployment)
      pods.push({
        where: `Deployment/${d.name}`,
        owner: d.name,
        process: true,
        labels: podOf(deployment)?.metadata?.labels ?? {},
      });
    const job = find(resources, 'Job', `${d.name}-migrate`);
    if (job)
      pods.push({
        where: `Job/${job.metadata.name}`,
        owner: d.name,
        process: false,
        labels: podOf(job)?.metadata?.labels ?? {},
      });
  }
  for (const site of sites) {
    const deployment = find(resources, 'Deployment', site.name);
    if (deployment)
      pods.push({
        where: `Deployment/${site.name}`,
        owner: site.name,
        process: false,
        labels: podOf(deployment)?.metadata?.labels ?? {},
      });
  }
  const roleOf = new Map(deployables.map((d) => [d.name, d.role]));
  for (const pod of pods) {
    const peers = egressPeers(resources, pod.labels);
    if (!peers) {
      problems.push(`${pod.where}: no egress NetworkPolicy, it may connect anywhere`);
      continue;
    }
    const reads = pod.process ? variablesRead(pod.owner).variables.map((v) => v.name) : [];
    const reached = new Set<string>();
    for (const peer of peers) {
      if (peer === 'anyone') {
        problems.push(`${pod.where}: an egress rule without destinations lets it connect anywhere`);
        continue;
      }
      const ns = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
      const podLabels = peer.podSelector?.matchLabels ?? {};
      if (peer.ipBlock) {
        const except = peer.ipBlock.except ?? [];
        if (!reads.includes('BC_MAILER'))
          problems.push(
            `${pod.where}: may connect to ${peer.ipBlock.cidr}, only the mail and webhook sender may leave the cluster`,
          );
        else if (PRIVATE_RANGES.some((range) => !except.includes(range)))
          problems.push(
            `${pod.where}: its ipBlock ${peer.ipBlock.cidr} must leave out ${PRIVATE_RANGES.join(', ')}`,
          );
        else reached.add('internet');
      } else if (peer.namespaceSelector) {
        if (ns === 'kube-system' && podLabels['k8s-app'] === 'kube-dns') reached.add('dns');
        else problems.push(`${pod.where}: may connect to namespace ${ns ?? 'any'}`);
      } else if (podLabels['cnpg.io/cluster']) {
        if (podLabels['cnpg.io/cluster'] !== `${pod.owner}-db`)
          problems.push(`${pod.where}: may connect to database ${podLabels['cnpg.io/cluster']}, not its own`);
        else reached.add('database');
      } else if (podLabels['strimzi.io/cluster']) {
        if (!pod.process) problems.push(`${pod.where}: may connect to Kafka`);
        else reached.add('kafka');
      } else {
        for (const name of peerNames(resources, peer)) {
          const allowed =
            (pod.owner === 'gateway' && roleOf.get(name) !== 'gateway' && !name.endsWith('-migrate')) ||
            (name === 'accounts' && reads.includes('BC_JWKS_URL'));
          if (!allowed) problems.push(`${pod.where}: may connect to ${name}`);
        }
      }
    }
    const needs = [
      ...(pod.process || pod.where.startsWith('Job/') ? ['dns'] : []),
      ...(pod.process ? ['kafka'] : []),
      ...(deployables.find((d) => d.name === pod.owner)?.database ? ['database'] : []),
    ];
    for (const need of needs)
      if (!reached.has(need))
        problems.push(`${pod.where}: cannot reach its ${need === 'dns' ? 'DNS' : need}`);
  }
}

/** The Ingress's routes as `<host> <Exact|PathPrefix> <path> -> <service>:<port>`, and the HTTPRoutes' the same way. */
function ingressRoutes(resources: Resource[]): string[] {
  return byKind(resources, 'Ingress').flatMap((i) =>
    (i.spec?.rules ?? []).flatMap(
      (rule: {
        host: string;
        http?: { paths?: { path: string; pathType: string; backend: { service: { name: string } } }[] };
      }) =>
        (rule.http?.paths ?? []).map(
          (p) =>
            `${rule.host} ${p.pathType === 'Prefix' ? 'PathPrefix' : p.pathType} ${p.path} -> ${p.backend.service.name}:80`,
        ),
    ),
  );
}

function httpRoutes(resources: Resource[]): string[] {
  return byKind(resources, 'HTTPRoute').flatMap((r) =>
    (r.spec?.hostnames ?? []).flatMap((host: string) =>
      (r.spec?.rules ?? []).flatMap(
        (rule: {
          matches?: { path?: { type?: string; value?: string } }[];
          backendRefs?: { name: string; port?: number }[];
        }) =>
          (rule.matches ?? []).flatMap((m) =>
            (rule.backendRefs ?? []).map(
              (b) => `${host} ${m.path?.type ?? 'PathPrefix'} ${m.path?.value ?? '/'} -> ${b.name}:${b.port}`,
            ),
          ),
      ),
    ),
  );
}

/** OPS-5: the Gateway API HTTPRoute routes exactly what the Ingress routes (same host, paths, services). */
function checkHttpRoute(resources: Resource[], problems: string[]) {
  const ingress = new Set(ingressRoutes(resources));
  const routes = new Set(httpRoutes(resources));
  if (routes.size === 0) problems.push('no HTTPRoute beside the Ingress');
  for (const route of ingress) if (!routes.has(route)) problems.push(`HTTPRoute: missing ${route}`);
  for (const route of routes)
    if (!ingress.has(route)) problems.push(`HTTPRoute: ${route} is not in the Ingress`);
}

const BARMAN_PLUGIN = 'barman-cloud.cloudnative-pg.io';

/**
 * OPS-5: every database archives its WAL and takes scheduled base backups into an object store
 * (CloudNativePG's Barman Cloud plugin), whose credentials exist. Dev clusters have no object store.
 */
function checkBackups(resources: Resource[], required: boolean, problems: string[]) {
  const secrets = secretKeys(resources);
  for (const store of byKind(resources, 'ObjectStore')) {
    const credentials = store.spec?.configuration?.s3Credentials ?? {};
    for (const ref of [credentials.accessKeyId, credentials.secretAccessKey]) {
      if (ref && !secrets.get(ref.name)?.has(ref.key))
        problems.push(
          `ObjectStore/${store.metadata.name}: reads ${ref.name}/${ref.key}, which nothing creates`,
        );
    }
  }
  if (!required) return;
  for (const cluster of byKind(resources, 'Cluster')) {
    const name = cluster.metadata.name;
    const archiver = (cluster.spec?.plugins ?? []).find(
      (p: { name: string; isWALArchiver?: boolean }) => p.name === BARMAN_PLUGIN && p.isWALArchiver,
    );
    const store = archiver?.parameters?.barmanObjectName;
    if (!archiver) problems.push(`Cluster/${name}: its WAL is not archived (plugin ${BARMAN_PLUGIN})`);
    else if (!find(resources, 'ObjectStore', store))
      problems.push(`Cluster/${name}: archives to ObjectStore ${store}, which does not exist`);
    const scheduled = byKind(resources, 'ScheduledBackup').some(
      (b) =>
        b.spec?.cluster?.name === name &&
        b.spec?.method === 'plugin' &&
        b.spec?.pluginConfiguration?.name === BARMAN_PLUGIN &&
        !b.spec?.suspend,
    );
    if (!scheduled) problems.push(`Cluster/${name}: no ScheduledBackup to the object store`);
  }
}

/**
 * Builds an overlay and checks it: schemas (kubeconform), then what schemas cannot say.
 * `k8sDir` is infra/k8s or a copy of it (the tests break copies on purpose).
 */
export async function checkOverlay(
  k8sDir: string,
  overlay: string,
  options: {
    /** Where the ingress controller and the Gateway API proxies run (public-routes.yaml admits them). */
    entryNamespaces?: string[];
    monitoringNamespace?: string;
    codeTopics?: readonly string[];
  } = {},
): Promise<OverlayReport> {
  const { metrics } = await codeFacts();
  const entry = options.entryNamespaces ?? ['ingress-nginx', 'gateway-system'];
  const stream = kustomizeBuild(join(k8sDir, 'overlays', overlay));
  const resources = parseResources(stream);
  const problems = validateSchemas(stream);
  checkWorkloads(resources, problems);
  checkEnvironment(resources, problems);
  checkTopics(resources, problems, options.codeTopics);
  checkNetwork(resources, entry, options.monitoringNamespace ?? 'monitoring', problems);
  checkRouting(resources, problems);
  checkSites(resources, entry, problems);
  checkHttpRoute(resources, problems);
  checkReplicas(resources, problems);
  checkSubgraphKeys(resources, problems);
  checkMailLinkKey(resources, problems);
  checkKafkaUsers(resources, problems);
  checkEgress(resources, problems);
  checkBackups(resources, overlay !== 'dev', problems);
  checkMonitoring(resources, options.monitoringNamespace ?? 'monitoring', metrics, problems);
  return { resources, problems };
}
