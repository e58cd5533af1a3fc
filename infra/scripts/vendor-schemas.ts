import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { infraDir, repoRoot } from '../lib/paths.ts';

/**
 * Writes infra/schemas/: the JSON schemas kubeconform validates the rendered manifests against, so
 * `pnpm test` needs no network. Only the kinds the manifests use, without descriptions. Sources are
 * registry packages, pinned below:
 * - Kubernetes: the PyPI package kubernetes-validate (the upstream OpenAPI as JSON schemas, strict:
 *   unknown fields are errors), one self-contained file per kind.
 * - Strimzi: the CRDs its build generates, shipped in the Maven artifact io.strimzi:api (tests jar).
 * - CloudNativePG (and its Barman Cloud plugin), External Secrets, the Prometheus Operator and the
 *   Gateway API: the CRDs in their Go modules, through the Go module proxy.
 * CRD schemas are made strict the way kubeconform's openapi2jsonschema does (additionalProperties:
 * false wherever properties are listed and unknown fields are not preserved).
 * Needs pip, mvn, go and unzip; run `pnpm infra:schemas` after changing a version or a kind, and commit.
 */

const KUBERNETES = { package: 'kubernetes-validate', version: '1.37.0', kubernetes: 'v1.33.0' };
const STRIMZI = { artifact: 'io.strimzi:api', version: '0.51.0' };
const CNPG = { module: 'github.com/cloudnative-pg/cloudnative-pg', version: 'v1.29.1' };
const EXTERNAL_SECRETS = { module: 'github.com/external-secrets/external-secrets', version: 'v0.16.2' };
const BARMAN_CLOUD = { module: 'github.com/cloudnative-pg/plugin-barman-cloud', version: 'v0.15.0' };
const PROMETHEUS_OPERATOR = {
  module: 'github.com/prometheus-operator/prometheus-operator',
  version: 'v0.85.0',
};
const GATEWAY_API = { module: 'sigs.k8s.io/gateway-api', version: 'v1.6.3' };

/** Kubernetes kinds the manifests use: file name as kubeconform's `{{.ResourceKind}}{{.KindSuffix}}`. */
const kubernetesKinds = [
  'configmap-v1',
  'secret-v1',
  'service-v1',
  'namespace-v1',
  'deployment-apps-v1',
  'job-batch-v1',
  'horizontalpodautoscaler-autoscaling-v2',
  'poddisruptionbudget-policy-v1',
  'networkpolicy-networking-v1',
  'ingress-networking-v1',
];

/** Custom resources the manifests use: where the CRD lies in its package, and the version served. */
const crds = [
  { source: 'strimzi', path: 'crds/v1/040-Crd-kafka.yaml', version: 'v1' },
  { source: 'strimzi', path: 'crds/v1/045-Crd-kafkanodepool.yaml', version: 'v1' },
  { source: 'strimzi', path: 'crds/v1/043-Crd-kafkatopic.yaml', version: 'v1' },
  { source: 'strimzi', path: 'crds/v1/044-Crd-kafkauser.yaml', version: 'v1' },
  { source: 'cnpg', path: 'config/crd/bases/postgresql.cnpg.io_clusters.yaml', version: 'v1' },
  { source: 'cnpg', path: 'config/crd/bases/postgresql.cnpg.io_scheduledbackups.yaml', version: 'v1' },
  { source: 'barman-cloud', path: 'config/crd/bases/barmancloud.cnpg.io_objectstores.yaml', version: 'v1' },
  {
    source: 'prometheus-operator',
    path: 'example/prometheus-operator-crd/monitoring.coreos.com_podmonitors.yaml',
    version: 'v1',
  },
  {
    source: 'prometheus-operator',
    path: 'example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml',
    version: 'v1',
  },
  {
    source: 'gateway-api',
    path: 'config/crd/standard/gateway.networking.k8s.io_httproutes.yaml',
    version: 'v1',
  },
  {
    source: 'external-secrets',
    path: 'config/crds/bases/external-secrets.io_externalsecrets.yaml',
    version: 'v1',
  },
] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const out = join(infraDir, 'schemas');
const work = mkdtempSync(join(tmpdir(), 'bc-schemas-'));
const run = (cmd: string, args: string[], cwd = work) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const unzip = (zip: string, member: string) =>
  execFileSync('unzip', ['-p', zip, member], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function stripDescriptions(node: Json): Json {
  if (Array.isArray(node)) return node.map(stripDescriptions);
  if (node && typeof node === 'object') {
    const copy: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      // Only the schema keyword: a property that happens to be named "description" stays.
      if (key === 'description' && typeof value === 'string') continue;
      copy[key] = stripDescriptions(value);
    }
    return copy;
  }
  return node;
}

/** One kind as a self-contained schema: the definitions it references, copied into its own $defs. */
function standalone(kindSchema: JsonObject, definitions: JsonObject): JsonObject {
  const used: JsonObject = {};
  const rewrite = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    const copy: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.split('#/$defs/')[1];
        if (!name || !definitions[name]) throw new Error(`unresolved $ref ${value}`);
        if (!(name in used)) {
          used[name] = {};
          used[name] = rewrite(definitions[name]);
        }
        copy[key] = `#/$defs/${name}`;
      } else copy[key] = rewrite(value);
    }
    return copy;
  };
  const { $id: _id, ...rest } = rewrite(kindSchema) as JsonObject;
  return stripDescriptions({ ...rest, $defs: used }) as JsonObject;
}

/** openAPIV3Schema → JSON schema: strict objects, nullable as a null type, int-or-string as either. */
function strict(node: Json): Json {
  if (Array.isArray(node)) return node.map(strict);
  if (!node || typeof node !== 'object') return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, strict(schema)]))
        : strict(value);
  }
  if (
    copy.properties &&
    copy.additionalProperties === undefined &&
    !copy['x-kubernetes-preserve-unknown-fields']
  )
    copy.additionalProperties = false;
  if (copy.nullable === true && typeof copy.type === 'string') copy.type = [copy.type, 'null'];
  if (copy['x-kubernetes-int-or-string'] === true && !copy.anyOf && !copy.oneOf)
    copy.oneOf = [{ type: 'string' }, { type: 'integer' }];
  return copy;
}

function writeJson(path: string, value: JsonObject) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

rmSync(out, { recursive: true, force: true });

// Kubernetes
run('pip', ['download', '--quiet', '--no-deps', `${KUBERNETES.package}==${KUBERNETES.version}`, '-d', work]);
const wheel = join(work, `${KUBERNETES.package.replace('-', '_')}-${KUBERNETES.version}-py3-none-any.whl`);
const schemaDir = `kubernetes_validate/kubernetes-json-schema/${KUBERNETES.kubernetes}-local-strict`;
const definitions = (JSON.parse(unzip(wheel, `${schemaDir}/_definitions.json`)) as JsonObject)
  .$defs as JsonObject;
for (const kind of kubernetesKinds) {
  const schema = JSON.parse(unzip(wheel, `${schemaDir}/${kind}.json`)) as JsonObject;
  writeJson(join(out, 'kubernetes', `${kind}.json`), standalone(schema, definitions));
}

// CRDs
run('mvn', [
  '-B',
  '-q',
  'dependency:copy',
  `-Dartifact=${STRIMZI.artifact}:${STRIMZI.version}:jar:tests`,
  `-DoutputDirectory=${work}`,
]);
const goZip = (module: string, version: string) =>
  (JSON.parse(run('go', ['mod', 'download', '-json', `${module}@${version}`])) as { Zip: string }).Zip;
const packages = {
  strimzi: { zip: join(work, `api-${STRIMZI.version}-tests.jar`), prefix: '' },
  cnpg: { zip: goZip(CNPG.module, CNPG.version), prefix: `${CNPG.module}@${CNPG.version}/` },
  'external-secrets': {
    zip: goZip(EXTERNAL_SECRETS.module, EXTERNAL_SECRETS.version),
    prefix: `${EXTERNAL_SECRETS.module}@${EXTERNAL_SECRETS.version}/`,
  },
  'barman-cloud': {
    zip: goZip(BARMAN_CLOUD.module, BARMAN_CLOUD.version),
    prefix: `${BARMAN_CLOUD.module}@${BARMAN_CLOUD.version}/`,
  },
  'prometheus-operator': {
    zip: goZip(PROMETHEUS_OPERATOR.module, PROMETHEUS_OPERATOR.version),
    prefix: `${PROMETHEUS_OPERATOR.module}@${PROMETHEUS_OPERATOR.version}/`,
  },
  'gateway-api': {
    zip: goZip(GATEWAY_API.module, GATEWAY_API.version),
    prefix: `${GATEWAY_API.module}@${GATEWAY_API.version}/`,
  },
};
for (const crd of crds) {
  const { zip, prefix } = packages[crd.source];
  const doc = parse(unzip(zip, prefix + crd.path)) as {
    spec: {
      group: string;
      names: { kind: string };
      versions: { name: string; schema: { openAPIV3Schema: Json } }[];
    };
  };
  const version = doc.spec.versions.find((v) => v.name === crd.version);
  if (!version) throw new Error(`${crd.path} has no version ${crd.version}`);
  const schema = stripDescriptions(strict(version.schema.openAPIV3Schema)) as JsonObject;
  const file = `${doc.spec.names.kind.toLowerCase()}_${crd.version}.json`;
  writeJson(join(out, 'crds', doc.spec.group, file), schema);
}

writeJson(join(out, 'sources.json'), {
  '//': 'Written by `pnpm infra:schemas` (infra/scripts/vendor-schemas.ts); do not edit.',
  kubernetes: { ...KUBERNETES, kinds: kubernetesKinds },
  strimzi: STRIMZI,
  cloudnativePg: CNPG,
  externalSecrets: EXTERNAL_SECRETS,
  barmanCloud: BARMAN_CLOUD,
  prometheusOperator: PROMETHEUS_OPERATOR,
  gatewayApi: GATEWAY_API,
  crds: crds.map((c) => `${c.source}: ${c.path} (${c.version})`),
});
// Committed files pass the repository's formatter as written.
run('pnpm', ['exec', 'biome', 'format', '--write', out], repoRoot);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${out}`);
