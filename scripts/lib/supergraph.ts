import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const supergraphPath = `${root}schema/supergraph.graphql`;

interface SubgraphEntry {
  name: string;
  sdl: string;
  url: string;
}

export function subgraphList(): SubgraphEntry[] {
  return JSON.parse(readFileSync(`${root}schema/subgraphs.json`, 'utf8')).subgraphs;
}

/** GW-1: composes the supergraph from each subgraph's SDL; throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    subgraphList().map((s) => ({
      name: s.name,
      url: s.url,
      typeDefs: parse(readFileSync(`${root}${s.sdl}`, 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(
      `supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
