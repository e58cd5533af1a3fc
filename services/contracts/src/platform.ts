import { z } from 'zod';
import { defineEvent } from './envelope.ts';

/** NOT-5: an event a consumer could not handle (invalid, or failing after bounded retries). */
export const deadLettered = defineEvent(
  'platform.event.dead-lettered',
  1,
  z.object({
    consumer: z.string(),
    topic: z.string(),
    key: z.string(),
    value: z.string(),
    reason: z.string(),
    attempts: z.number().int(),
  }),
  { key: (p) => p.key || 'none', tenant: () => null },
);
