import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { infraDir } from './paths.ts';

const versions = new Map(
  readFileSync(join(infraDir, 'tools.env'), 'utf8')
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => line.split('=', 2) as [string, string]),
);

/** Where scripts/setup.sh installed a tool; a missing tool fails the caller (tests never skip). */
export function toolPath(name: 'kustomize' | 'kubeconform'): string {
  const version = versions.get(`${name.toUpperCase()}_VERSION`);
  const cache = process.env.BC_CACHE_DIR || join(homedir(), '.cache', 'business-center');
  const path = join(cache, 'tools', `${name}-${version}`, name);
  if (!version || !existsSync(path)) {
    throw new Error(`${name} ${version} is not installed at ${path}: run \`bash scripts/setup.sh\``);
  }
  return path;
}
