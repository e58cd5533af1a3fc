import { fileURLToPath } from 'node:url';

export const infraDir = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const k8sDir = `${infraDir}/k8s`;
export const schemasDir = `${infraDir}/schemas`;
