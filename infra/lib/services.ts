import { services } from '@bc/system';

/**
 * Every process deployed to Kubernetes. One name for folder, package (@bc/<name>), container image,
 * Deployment, Service and (with a database) the migration Job <name>-migrate and the CloudNativePG
 * Cluster <name>-db (ARCHITECTURE.md).
 */
export interface Deployable {
  name: string;
  /** Package folder from the repository root. */
  dir: string;
  /** gateway and subgraphs scale on CPU (HorizontalPodAutoscaler); the worker does not. */
  role: 'gateway' | 'subgraph' | 'worker';
  database: boolean;
}

/** The gateway, then every service of the system's list (services/system/src/services.ts). */
export const deployables: Deployable[] = [
  { name: 'gateway', dir: 'gateway', role: 'gateway', database: false },
  ...services.map((s) => ({ name: s.name, dir: `services/${s.name}`, role: s.role, database: true })),
];

/**
 * The node flags of every image's server process (Dockerfile CMD: `node <flags> dist/main.js`, checked
 * by infra/tests/images.test.ts); the benchmarks start processes with the same flags. Source maps name
 * the TypeScript in stack traces. The heap limits keep each process within 200 MiB resident under the
 * dashboard load (scripts/bench/README.md): V8 otherwise grows a busy process's heap to ~190–230 MiB
 * total for 60–140 MiB used; a smaller young generation (8 MiB semi-spaces instead of 16) is what
 * caps it, and the old-space limit stops a slow leak at 192 MiB instead of the container's limit.
 */
export const IMAGE_NODE_FLAGS = [
  '--enable-source-maps',
  '--max-semi-space-size=8',
  '--max-old-space-size=192',
];

/**
 * Static sites: built files served by nginx, not Node processes (no configuration schema, database or
 * migrations). Deployment, Service and budget named like a process; the Ingress sends `/` to the portal
 * on the gateway's host, so the browser reaches `/graphql`, `/auth`, `/downloads` and `/exports` same-origin.
 */
export interface Site {
  name: string;
  dir: string;
  /** Paths of the Ingress host the gateway must keep (everything else is the site's). */
  gatewayPaths: string[];
}

export const sites: Site[] = [
  {
    name: 'portal',
    dir: 'services/portal',
    gatewayPaths: ['/graphql', '/auth', '/downloads', '/exports', '/documents'],
  },
];
