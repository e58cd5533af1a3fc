import { benefitsService } from '@bc/benefits';
import { benefits as events } from '@bc/contracts';
import { buildService } from '@bc/platform';

/**
 * A benefits process that commits events to its outbox and never publishes them (its relay is not
 * started), then waits to be killed: the "between commit and publish" moment, made certain.
 * One more transaction records an event and rolls back. Prints the committed event ids.
 */
const count = Number(process.argv[2] ?? 20);
const service = await buildService(benefitsService);
const { tx } = service.runtime;
const committed: string[] = [];
const payload = (n: number) => ({
  benefitUserId: `crash-${n}`,
  organizationId: 'org-crash',
  benefitCode: 'E_LEARNING',
  benefitName: 'e-Learning',
  name: `Crash ${n}`,
  email: `crash-${n}@mail.example`,
  instructions: 'Sign in with the access code.',
});
for (let n = 0; n < count; n++) {
  // Key `crash-<n>` (the benefit user) and tenant `org-crash` come from the contract.
  const envelope = await tx(async ({ emit }) => emit(events.instructionsSent, payload(n)));
  committed.push(envelope.id);
}
let rolledBack = '';
await tx(async ({ emit }) => {
  rolledBack = emit(events.instructionsSent, payload(-1)).id;
  throw new Error('rolled back on purpose');
}).catch(() => undefined);
console.log(`READY ${JSON.stringify({ committed, rolledBack })}`);
await new Promise(() => {});
