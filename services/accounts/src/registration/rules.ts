import { addDays } from '@bc/platform';

/** The guide: "This link expires in 14 days." */
export const INVITATION_VALID_DAYS = 14;

export type InvitationState = 'PENDING' | 'USED' | 'EXPIRED' | 'SUPERSEDED';

export function invitationExpiry(issuedAt: Date): Date {
  return addDays(issuedAt, INVITATION_VALID_DAYS);
}

/** Used and superseded win over expired: they say more about why the link no longer works. */
export function invitationState(
  invitation: { usedAt: Date | null; supersededAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.usedAt) return 'USED';
  if (invitation.supersededAt) return 'SUPERSEDED';
  if (now.getTime() >= invitation.expiresAt.getTime()) return 'EXPIRED';
  return 'PENDING';
}
