import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { breakingChanges, type JsonSchema } from './event-compatibility.ts';
import { EVENTS_GENERATED_DIR, EVENTS_PUBLISHED_DIR } from './event-schemas.ts';
import { root } from './supergraph.ts';

/**
 * API-4: what CI refuses. The public GraphQL API (the supergraph's API schema, without federation's
 * join directives) is compared with the last published one (`schema/published/api.graphql`) by
 * GraphQL Inspector; each event payload schema with the last published one of the same topic
 * (`schema/published/events/`). A breaking change fails unless `schema/intended-changes.yaml` lists it
 * with a reason (GraphQL changes and retired topics only: an event schema that keeps its version
 * never breaks, it gets a new version instead).
 */
/**
 * graphql as Node loads it for GraphQL Inspector and federation (CommonJS): under vitest an `import`
 * would load graphql's ES module build, a second copy whose types the other refuses.
 */
const { buildSchema, printSchema }: typeof import('graphql') = createRequire(import.meta.url)('graphql');

export const API_PUBLISHED_PATH = 'schema/published/api.graphql';
export const INTENDED_CHANGES_PATH = 'schema/intended-changes.yaml';

/** The schema clients see: the supergraph less federation's machinery. */
export function apiSchemaSdl(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()).trimEnd()}\n`;
}

const reason = z.string().trim().min(10, 'say why, in a sentence');
const intendedSchema = z.object({
  graphql: z.array(z.object({ type: z.string(), path: z.string(), reason })).nullish(),
  events: z.array(z.object({ topic: z.string(), reason })).nullish(),
});
export type IntendedChanges = z.infer<typeof intendedSchema>;

export function readIntendedChanges(text: string): IntendedChanges {
  return intendedSchema.parse(parseYaml(text) ?? {});
}

export interface Break {
  /** How to list it in the intended-changes file, when that is allowed. */
  entry?: string;
  message: string;
}

/** GraphQL Inspector's breaking changes between two API schemas (SDL), less the intended ones. */
export async function graphqlBreaks(
  before: string,
  after: string,
  intended: IntendedChanges,
): Promise<Break[]> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter(
      (change) =>
        !intended.graphql?.some((entry) => entry.type === change.type && entry.path === change.path),
    )
    .map((change) => ({
      entry: `graphql: - { type: ${change.type}, path: ${change.path ?? ''}, reason: … }`,
      message: change.message,
    }));
}

/** Breaking changes of event payload schemas (published → generated, by topic). */
export function eventBreaks(
  published: Map<string, JsonSchema>,
  current: Map<string, JsonSchema>,
  intended: IntendedChanges,
): Break[] {
  const breaks: Break[] = [];
  for (const [topic, before] of published) {
    const after = current.get(topic);
    if (after === undefined) {
      if (!intended.events?.some((entry) => entry.topic === topic))
        breaks.push({
          entry: `events: - { topic: ${topic}, reason: … }`,
          message: `${topic}: the topic's contract was removed (consumers of it remain)`,
        });
      continue;
    }
    for (const change of breakingChanges(before, after))
      breaks.push({ message: `${topic} ${change} (a breaking change is a new version: a new topic)` });
  }
  return breaks;
}

/** Payload schemas of a folder by topic (`<topic>.schema.json`). */
export function readEventSchemas(dir: string): Map<string, JsonSchema> {
  const path = `${root}${dir}`;
  if (!existsSync(path)) return new Map();
  return new Map(
    readdirSync(path)
      .filter((file) => file.endsWith('.schema.json'))
      .map((file) => [
        file.replace(/\.schema\.json$/, ''),
        JSON.parse(readFileSync(`${path}/${file}`, 'utf8')),
      ]),
  );
}

/** Everything the check compares, read from the working tree. */
export async function findBreakingChanges(
  supergraphSdl: string,
): Promise<{ graphql: Break[]; events: Break[] }> {
  const intended = readIntendedChanges(
    existsSync(`${root}${INTENDED_CHANGES_PATH}`)
      ? readFileSync(`${root}${INTENDED_CHANGES_PATH}`, 'utf8')
      : '',
  );
  const published = readFileSync(`${root}${API_PUBLISHED_PATH}`, 'utf8');
  return {
    graphql: await graphqlBreaks(published, apiSchemaSdl(supergraphSdl), intended),
    events: eventBreaks(
      readEventSchemas(EVENTS_PUBLISHED_DIR),
      readEventSchemas(`${EVENTS_GENERATED_DIR}/payloads`),
      intended,
    ),
  };
}
