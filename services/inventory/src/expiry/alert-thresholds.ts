import { CRITICAL_DAYS, daysUntil, EXPIRING_SOON_DAYS } from './expiry-status.ts';

export type AlertThreshold = 'DAYS_90' | 'DAYS_30' | 'EXPIRED';

export interface AlertedThreshold {
  threshold: AlertThreshold;
  /** The expiry date the alert was sent for; a renewal moves the item to a new date. */
  expiresOn: Date;
}

export interface DueAlertsInput {
  expiresOn: Date;
  now: Date;
  cancelled: boolean;
  alreadyAlerted: AlertedThreshold[];
}

/** Same UTC calendar day: expiry is counted in whole UTC days (INV-3), so a time-of-day change is not a renewal. */
function sameUtcDay(a: Date, b: Date): boolean {
  return daysUntil(a, b) === 0;
}

/** Thresholds the item has crossed by `now` for its current expiry date, minus those already alerted for that same date. */
export function dueAlerts(input: DueAlertsInput): AlertThreshold[] {
  const { expiresOn, now, cancelled, alreadyAlerted } = input;
  if (cancelled) return [];

  const daysLeft = daysUntil(expiresOn, now);
  // Listed in the order the alerts go out, so a late run still sends them in sequence.
  const crossed: AlertThreshold[] = [];
  if (daysLeft <= EXPIRING_SOON_DAYS) crossed.push('DAYS_90');
  if (daysLeft <= CRITICAL_DAYS) crossed.push('DAYS_30');
  if (daysLeft < 0) crossed.push('EXPIRED');

  // Alerts recorded for an older expiry date do not count: a renewed item alerts again (INV-7).
  const alerted = new Set(
    alreadyAlerted.filter((a) => sameUtcDay(a.expiresOn, expiresOn)).map((a) => a.threshold),
  );
  return crossed.filter((threshold) => !alerted.has(threshold));
}
