import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { services } from '@bc/system';
import { parse } from 'graphql';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const supergraphPath = `${root}schema/supergraph.graphql`;

/** GW-1: composes the supergraph from each subgraph's SDL; throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    // Each service's own SDL file and its default URL (the gateway's BC_SUBGRAPH_URL_<NAME> overrides it).
    services.map((s) => ({
      name: s.name,
      url: `http://127.0.0.1:${s.port}/graphql`,
      typeDefs: parse(readFileSync(s.sdlPath, 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(
      `supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
