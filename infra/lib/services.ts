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
