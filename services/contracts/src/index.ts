export * as accounts from './accounts.ts';
export * as agreements from './agreements.ts';
export * as benefits from './benefits.ts';
export { type ProductNameParts, productDisplayName, repeatsAWord } from './display-name.ts';
export * from './envelope.ts';
export * as inventory from './inventory.ts';
export { deadLettered } from './platform.ts';

import { accountsEvents } from './accounts.ts';
import { agreementsEvents } from './agreements.ts';
import { benefitsEvents } from './benefits.ts';
import { inventoryEvents } from './inventory.ts';
import { deadLettered } from './platform.ts';

/** Every topic the system uses: the one list infra and tests check against. */
export const allEvents = [
  ...accountsEvents,
  ...agreementsEvents,
  ...inventoryEvents,
  ...benefitsEvents,
  deadLettered,
];
export const allTopics = allEvents.map((e) => e.topic);
/** Kafka `retention.ms` per topic (-1: forever). */
export const topicRetention: Record<string, number> = Object.fromEntries(
  allEvents.map((e) => [e.topic, e.retentionMs]),
);
