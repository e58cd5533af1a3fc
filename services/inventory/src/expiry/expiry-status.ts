export type ExpiryStatus = 'ACTIVE' | 'EXPIRING_SOON' | 'CRITICAL' | 'EXPIRED';

const MS_PER_DAY = 86_400_000;

/** Days left at or below which an item is EXPIRING_SOON (INV-3). */
export const EXPIRING_SOON_DAYS = 90;
/** Days left at or below which an item is CRITICAL (INV-3). */
export const CRITICAL_DAYS = 30;

/** Midnight UTC of the date's UTC calendar day: INV-3 counts whole days, so time of day must not matter. */
function utcDay(date: Date, name: string): number {
  const time = date.getTime();
  if (Number.isNaN(time)) {
    // An invalid date would give NaN days and silently fall through to ACTIVE.
    throw new RangeError(`${name} is not a valid date`);
  }
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Whole days from today's UTC date to the expiry's UTC date (negative once past). */
export function daysUntil(expiresOn: Date, now: Date): number {
  // UTC has no daylight-saving shifts, so the difference is an exact multiple of a day.
  return Math.round((utcDay(expiresOn, 'expiresOn') - utcDay(now, 'now')) / MS_PER_DAY);
}

/** An item expiring on date D is still valid on D; it is EXPIRED from the next UTC day. */
export function expiryStatus(expiresOn: Date, now: Date): ExpiryStatus {
  const daysLeft = daysUntil(expiresOn, now);
  if (daysLeft < 0) return 'EXPIRED';
  if (daysLeft <= CRITICAL_DAYS) return 'CRITICAL';
  if (daysLeft <= EXPIRING_SOON_DAYS) return 'EXPIRING_SOON';
  return 'ACTIVE';
}
