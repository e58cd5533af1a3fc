import { mutationCallers as accounts } from '@bc/accounts/mutation-callers';
import { mutationCallers as agreements } from '@bc/agreements/mutation-callers';
import { mutationCallers as benefits } from '@bc/benefits/mutation-callers';
import { mutationCallers as inventory } from '@bc/inventory/mutation-callers';
import { mutationCallers as notifications } from '@bc/notifications/mutation-callers';
import { admittedKinds, type Caller, type OrganizationKind } from '@bc/platform';
import { mutationCallers as reporting } from '@bc/reporting/mutation-callers';

/** Every subgraph's own declaration of who may call its mutations (what `guardMutations` enforces), by mutation name. */
export const declaredCallers: Record<string, readonly Caller[]> = Object.fromEntries(
  [accounts, agreements, inventory, benefits, reporting, notifications].flatMap((c) => Object.entries(c)),
);

/** Whether a signed-in user of this kind of organization gets past a mutation's declaration. */
export function admits(mutation: string, kind: OrganizationKind): boolean {
  const callers = declaredCallers[mutation] ?? [];
  return callers.includes('PUBLIC') || admittedKinds(callers).includes(kind);
}
