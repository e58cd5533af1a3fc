import { gatewayConfigSchema, subgraphUrlVariable } from '@bc/gateway';
import { migrationConfigSchema } from '@bc/platform';
import { services } from '@bc/system';
import type { z } from 'zod';
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

/** The subgraphs the gateway routes to: each needs BC_SUBGRAPH_URL_<NAME>. */
export function subgraphNames(): string[] {
  return services.map((s) => s.name);
}

/**
 * What each Deployment's container must set, by deployable name: the keys of the process's config
 * schema (the only way the code reads its environment).
 */
export function variablesRead(name: string): Reads {
  if (name === 'gateway') {
    // main.ts also reads every BC_SUBGRAPH_URL_<NAME>; without one the supergraph's loopback URL is used.
    const urls = subgraphNames().map((s) => ({ name: subgraphUrlVariable(s), required: true }));
    const gateway = Object.entries(gatewayConfigSchema.shape).map(([key, field]) => ({
      name: key,
      required: (field as z.ZodType).def.type !== 'optional',
    }));
    return { variables: [...gateway, ...urls] };
  }
  const schema = services.find((s) => s.name === name)?.configSchema as z.ZodObject | undefined;
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
