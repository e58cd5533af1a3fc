import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { schemasDir } from './paths.ts';
import { toolPath } from './tools.ts';

export type Labels = Record<string, string>;

export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: {
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }[];
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    secretKeyRef?: { name: string; key: string; optional?: boolean };
    configMapKeyRef?: { name: string; key: string; optional?: boolean };
  };
}

export interface Container {
  name: string;
  image?: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: { httpGet?: { path?: string; port?: number | string } };
  readinessProbe?: { httpGet?: { path?: string; port?: number | string } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean };
  volumeMounts?: { name: string; mountPath: string }[];
}

export interface PodTemplate {
  metadata?: { labels?: Labels };
  spec: {
    containers: Container[];
    securityContext?: { runAsNonRoot?: boolean };
    volumes?: { name: string; secret?: { secretName: string; items?: { key: string; path: string }[] } }[];
  };
}

/** One rendered object; `spec` is read per kind by the checks. */
export interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Labels };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  // biome-ignore lint/suspicious/noExplicitAny: every kind has its own spec; the checks read what they need
  spec?: any;
}

/** `kustomize build <dir>`: the overlay as one YAML stream, or an error with kustomize's message. */
export function kustomizeBuild(dir: string): string {
  try {
    return execFileSync(toolPath('kustomize'), ['build', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(`kustomize build ${dir} failed: ${stderr || (error as Error).message}`);
  }
}

export function parseResources(stream: string): Resource[] {
  return parseAllDocuments(stream)
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`invalid YAML: ${doc.errors[0]?.message}`);
      return doc.toJS() as Resource | null;
    })
    .filter((r): r is Resource => r !== null);
}

/** kubeconform's places for schemas: only the vendored ones, so validation never reaches the network. */
export const schemaLocations = [
  join(schemasDir, 'kubernetes', '{{ .ResourceKind }}{{ .KindSuffix }}.json'),
  join(schemasDir, 'crds', '{{ .Group }}', '{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json'),
];

interface KubeconformResult {
  resources?: { kind: string; name: string; status: string; msg: string }[];
  summary?: { valid: number };
}

/**
 * Validates every object against its Kubernetes or CRD schema, strictly (an unknown field is an
 * error); a kind without a vendored schema is an error too, never skipped. Returns the problems.
 */
export function validateSchemas(stream: string): string[] {
  const args = ['-strict', '-summary', '-output', 'json'];
  for (const location of schemaLocations) args.push('-schema-location', location);
  const run = spawnSync(toolPath('kubeconform'), [...args, '-'], {
    input: stream,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  let result: KubeconformResult;
  try {
    result = JSON.parse(run.stdout) as KubeconformResult;
  } catch {
    throw new Error(`kubeconform failed (exit ${run.status}): ${run.stderr || run.stdout}`);
  }
  const problems = (result.resources ?? [])
    .filter((r) => r.status !== 'statusValid')
    .map(
      (r) => `${r.kind}/${r.name}: ${r.msg.replace(/^.*jsonschema validation failed with '[^']*' - /, '')}`,
    );
  if (problems.length === 0 && !result.summary?.valid) problems.push('kubeconform validated nothing');
  return problems;
}
