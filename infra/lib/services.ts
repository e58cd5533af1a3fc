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

export const deployables: Deployable[] = [
  { name: 'gateway', dir: 'gateway', role: 'gateway', database: false },
  { name: 'accounts', dir: 'services/accounts', role: 'subgraph', database: true },
  { name: 'agreements', dir: 'services/agreements', role: 'subgraph', database: true },
  { name: 'inventory', dir: 'services/inventory', role: 'subgraph', database: true },
  { name: 'benefits', dir: 'services/benefits', role: 'subgraph', database: true },
  { name: 'reporting', dir: 'services/reporting', role: 'subgraph', database: true },
  { name: 'notifications', dir: 'services/notifications', role: 'worker', database: true },
];
