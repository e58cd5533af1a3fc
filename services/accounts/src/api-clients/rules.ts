import { badInput, PERMISSIONS, type Permission, permissionsBeyond, type Standing } from '@bc/platform';

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

/**
 * The creator's standing as it is now: null when the creator is gone or not active (then its clients
 * may do nothing). The client's own permissions only ever narrow it.
 */
export function creatorStanding(
  creator: { status: string; roles: Standing['roles']; globalAdmin: boolean } | null,
): Standing | null {
  return creator?.status === 'ACTIVE'
    ? { roles: [...creator.roles], globalAdmin: creator.globalAdmin }
    : null;
}

/**
 * API-1 (trust rule): what a client may do now — its permissions within its creator's current ones
 * (`permissionsBeyond`, the grant rule). Computed at every token issue; tokens already out are ended
 * when the creator loses one of them (`clientsOutrunBy`).
 */
export function effectivePermissions(client: readonly Permission[], creator: Standing | null): Permission[] {
  if (!creator) return [];
  const beyond = new Set(permissionsBeyond(creator, client));
  return client.filter((p) => !beyond.has(p));
}

/**
 * The clients whose tokens must end when their creator goes from `before` to `after`: those holding a
 * permission the creator had and no longer has (their tokens may carry it).
 */
export function clientsOutrunBy<C extends { permissions: readonly Permission[] }>(
  clients: readonly C[],
  before: Standing | null,
  after: Standing | null,
): C[] {
  return clients.filter((c) => {
    const had = new Set(effectivePermissions(c.permissions, before));
    const has = new Set(effectivePermissions(c.permissions, after));
    return [...had].some((p) => !has.has(p));
  });
}

/** API-1 audit: a client's token issues and uses are counted per client and hour, one entry each. */
export const CLIENT_ACTIVITY = ['API_CLIENT_TOKEN', 'API_CLIENT_USE'] as const;
export type ClientActivity = (typeof CLIENT_ACTIVITY)[number];
export const ACTIVITY_WINDOW_MS = 60 * 60 * 1000;
/** Distinct names (operations, scopes) and addresses one rolled-up entry lists; the rest are counted as `(other)`. */
export const MAX_TALLIED_NAMES = 20;
export const MAX_TALLIED_ADDRESSES = 10;

export type ActivityTally = {
  /** The hour the entry counts (UTC, its start). */
  hour: string;
  /** Occurrences by operation name (uses) or scope (tokens). */
  counts: Record<string, number>;
  /** The first distinct client addresses seen in the hour; `moreAddresses` when there were others. */
  addresses: string[];
  moreAddresses?: true;
};

/** The start of the hour `now` falls in (the entry's window). */
export const activityHour = (now: Date) =>
  new Date(Math.floor(now.getTime() / ACTIVITY_WINDOW_MS) * ACTIVITY_WINDOW_MS).toISOString();

/** Folds one occurrence into an hour's tally, within the bounds above (so an entry stays small). */
export function tallyActivity(
  tally: ActivityTally | null,
  hour: string,
  name: string,
  address: string | null,
): ActivityTally {
  const next: ActivityTally = tally
    ? { ...tally, counts: { ...tally.counts }, addresses: [...tally.addresses] }
    : { hour, counts: {}, addresses: [] };
  const label = name.slice(0, 200) || '(anonymous)';
  const key = label in next.counts || Object.keys(next.counts).length < MAX_TALLIED_NAMES ? label : '(other)';
  next.counts[key] = (next.counts[key] ?? 0) + 1;
  if (address && !next.addresses.includes(address)) {
    if (next.addresses.length < MAX_TALLIED_ADDRESSES) next.addresses.push(address);
    else next.moreAddresses = true;
  }
  return next;
}
