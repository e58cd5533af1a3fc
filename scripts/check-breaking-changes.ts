import { readFileSync } from 'node:fs';
import { findBreakingChanges, INTENDED_CHANGES_PATH } from './lib/breaking-changes.ts';
import { supergraphPath } from './lib/supergraph.ts';

/**
 * API-4, in `pnpm test:static`: fails on a breaking change to the public GraphQL API or to an event
 * payload that keeps its version, against the published baselines in schema/published/.
 */
const { graphql, events } = await findBreakingChanges(readFileSync(supergraphPath, 'utf8'));
for (const change of graphql)
  console.error(
    `GraphQL API, breaking: ${change.message}\n  if intended, list it in ${INTENDED_CHANGES_PATH}: ${change.entry}`,
  );
for (const change of events)
  console.error(
    `Event contract, breaking: ${change.message}${change.entry ? `\n  if intended, list it in ${INTENDED_CHANGES_PATH}: ${change.entry}` : ''}`,
  );
if (graphql.length + events.length > 0) process.exit(1);
console.log('no breaking change to the GraphQL API or the event contracts against schema/published/');
