import { badInput, PERMISSIONS, type Permission } from '@bc/platform';

/** API-1: a client lives at most this long; a new secret (rotation) does not extend it. */
export const MAX_CLIENT_DAYS = 730;
export const MAX_NAME_LENGTH = 100;
/** A partner picks at most this many customers for one client (more: leave it unlimited). */
export const MAX_CUSTOMERS = 500;

/** The checked input of `createApiClient` (each refusal names its field). */
export function checkClientInput(
  input: { name: string; permissions: Permission[]; customerIds?: string[] | null; expiresAt: Date },
  now: Date,
  partner: boolean,
): { name: string; permissions: Permission[]; customerIds: string[] | null; expiresAt: Date } {
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH)
    throw badInput('name', `1-${MAX_NAME_LENGTH} characters`);
  // In the matrix's order, each once.
  const permissions = PERMISSIONS.filter((p) => input.permissions.includes(p));
  if (permissions.length === 0) throw badInput('permissions', 'choose at least one permission');
  if (input.expiresAt.getTime() <= now.getTime()) throw badInput('expiresAt', 'must be in the future');
  if (input.expiresAt.getTime() > now.getTime() + MAX_CLIENT_DAYS * 86_400_000)
    throw badInput('expiresAt', `at most ${MAX_CLIENT_DAYS} days ahead`);
  let customerIds: string[] | null = null;
  if (input.customerIds) {
    if (!partner) throw badInput('customerIds', 'only a partner limits a client to some customers');
    customerIds = [...new Set(input.customerIds)];
    if (customerIds.length === 0)
      throw badInput('customerIds', 'choose at least one customer, or leave it out');
    if (customerIds.length > MAX_CUSTOMERS) throw badInput('customerIds', `at most ${MAX_CUSTOMERS}`);
  }
  return { name, permissions, customerIds, expiresAt: input.expiresAt };
}

/**
 * RFC 6749 §3.3: the permissions a token asks for (`scope`, space-separated) within the client's own.
 * Absent: all of the client's. Returns null when it names something the client lacks (invalid_scope).
 */
export function narrowScope(scope: string | undefined, granted: readonly Permission[]): Permission[] | null {
  if (scope === undefined || scope.trim() === '') return [...granted];
  const asked = [...new Set(scope.trim().split(/ +/))];
  if (asked.some((s) => !(granted as readonly string[]).includes(s))) return null;
  return granted.filter((p) => asked.includes(p));
}
