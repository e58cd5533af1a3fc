import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountsConfigSchema } from '@bc/accounts';
import { agreementsConfigSchema } from '@bc/agreements';
import { benefitsConfigSchema } from '@bc/benefits';
import { inventoryConfigSchema } from '@bc/inventory';
import { notificationsConfigSchema } from '@bc/notifications';
import { migrationConfigSchema } from '@bc/platform';
import { reportingConfigSchema } from '@bc/reporting';
import type { z } from 'zod';
import { repoRoot } from './paths.ts';
import { deployables } from './services.ts';

/** A variable a process reads; `required` unless the code treats it as optional (no default either). */
export interface Variable {
  name: string;
  required: boolean;
}

export interface Reads {
  variables: Variable[];
  /** The service's own config schema: literal values in the manifests are checked against it. */
  schema?: z.ZodObject;
}

/** Each service's config schema, as its src/server.ts exports it. */
const serviceSchemas: Record<string, z.ZodObject> = {
  accounts: accountsConfigSchema,
  agreements: agreementsConfigSchema,
  inventory: inventoryConfigSchema,
  benefits: benefitsConfigSchema,
  reporting: reportingConfigSchema,
  notifications: notificationsConfigSchema,
};

/**
 * The gateway's schema is not exported (gateway/src/main.ts builds it and starts the process), so
 * its keys are read from the source: `  NAME: z.…` lines of `configSchema = z.object({ … })`.
 */
function gatewayVariables(): Variable[] {
  const source = readFileSync(join(repoRoot, 'gateway/src/main.ts'), 'utf8');
  const block = /const configSchema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(source)?.[1];
  if (!block) throw new Error('gateway/src/main.ts: configSchema = z.object({ … }) not found');
  const keys = [...block.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)];
  if (keys.length === 0) throw new Error('gateway/src/main.ts: no variables found in configSchema');
  return keys.map((m, i) => {
    const definition = block.slice(m.index, keys[i + 1]?.index);
    return { name: m[1]!, required: !definition.includes('.optional()') || definition.includes('.default(') };
  });
}

/** The subgraphs the gateway routes to (schema/subgraphs.json): each needs BC_SUBGRAPH_URL_<NAME>. */
export function subgraphNames(): string[] {
  const list = JSON.parse(readFileSync(join(repoRoot, 'schema/subgraphs.json'), 'utf8')) as {
    subgraphs: { name: string }[];
  };
  return list.subgraphs.map((s) => s.name);
}

/**
 * What each Deployment's container must set, by deployable name: the keys of the process's config
 * schema (the only way the code reads its environment).
 */
export function variablesRead(name: string): Reads {
  if (name === 'gateway') {
    // main.ts also reads every BC_SUBGRAPH_URL_<NAME>; without one the supergraph's loopback URL is used.
    const urls = subgraphNames().map((s) => ({ name: `BC_SUBGRAPH_URL_${s.toUpperCase()}`, required: true }));
    return { variables: [...gatewayVariables(), ...urls] };
  }
  const schema = serviceSchemas[name];
  if (!schema) throw new Error(`no config schema for ${name}`);
  const variables = Object.entries(schema.shape).map(([key, field]) => ({
    name: key,
    // Defaults are development values (loopback URLs): a deployment sets them; optional means "off".
    required: (field as z.ZodType).def.type !== 'optional',
  }));
  return { variables, schema };
}

/** What a migration Job's container must set: what `migrateService` (platform) reads, the same for every service. */
export function migrationVariables(name: string): string[] {
  if (!deployables.some((d) => d.name === name)) throw new Error(`no deployable ${name}`);
  return Object.keys(migrationConfigSchema.shape);
}
