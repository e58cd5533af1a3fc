export * as accounts from './accounts.ts';
export * from './envelope.ts';
export { deadLettered } from './platform.ts';

import { accountsEvents } from './accounts.ts';
import { deadLettered } from './platform.ts';

/** Every topic the system uses: the one list infra and tests check against. */
export const allEvents = [...accountsEvents, deadLettered];
export const allTopics = allEvents.map((e) => e.topic);
