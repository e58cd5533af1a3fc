import { addDays } from '@bc/platform';
import type { PasswordSetupPurpose } from './password-setup.ts';

/** A new user has a week to set a first password; a reset link lives a day (it follows a request). */
export const WELCOME_LINK_VALID_DAYS = 7;
export const RESET_LINK_VALID_HOURS = 24;

export type PasswordSetupState = 'PENDING' | 'USED' | 'SUPERSEDED' | 'EXPIRED';

export function passwordSetupExpiry(purpose: PasswordSetupPurpose, issuedAt: Date): Date {
  return purpose === 'WELCOME'
    ? addDays(issuedAt, WELCOME_LINK_VALID_DAYS)
    : new Date(issuedAt.getTime() + RESET_LINK_VALID_HOURS * 3_600_000);
}

/** Used and superseded win over expired: they say more about why the link no longer works. */
export function passwordSetupState(
  setup: { usedAt: Date | null; supersededAt: Date | null; expiresAt: Date },
  now: Date,
): PasswordSetupState {
  if (setup.usedAt) return 'USED';
  if (setup.supersededAt) return 'SUPERSEDED';
  if (now.getTime() >= setup.expiresAt.getTime()) return 'EXPIRED';
  return 'PENDING';
}
