/**
 * BEN-7 from the partner's side: where it stands with one customer, from its benefit permissions
 * (newest first, as the API lists them). A partner may ask again after a denial or a removal; while
 * a request is pending or approved it may not (the API answers CONFLICT); only APPROVED lets it act.
 */
export type Standing = 'NONE' | 'PENDING' | 'APPROVED' | 'DENIED' | 'REMOVED';

export interface PermissionLike {
  customerOrganizationId: string;
  status: string;
  requestedAt: string;
}

export function standingWith(permissions: readonly PermissionLike[], customerId: string): Standing {
  const mine = permissions.filter((p) => p.customerOrganizationId === customerId);
  // At most one is open (pending or approved) and a new request needs none open, so an open one is
  // the newest even when the clock gave two requests the same instant.
  const open = mine.find((p) => p.status === 'PENDING' || p.status === 'APPROVED');
  const latest =
    open ??
    mine.reduce<PermissionLike | null>((a, p) => (a === null || p.requestedAt > a.requestedAt ? p : a), null);
  return (latest?.status as Standing | undefined) ?? 'NONE';
}

export const canRequest = (s: Standing) => s === 'NONE' || s === 'DENIED' || s === 'REMOVED';
export const canAct = (s: Standing) => s === 'APPROVED';

/** The words the page shows for each standing. */
export const STANDING_WORDS: Record<Standing, string> = {
  NONE: 'Not requested',
  PENDING: 'Request pending',
  APPROVED: 'Approved',
  DENIED: 'Denied',
  REMOVED: 'Removed by the customer',
};
