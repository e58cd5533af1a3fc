import { describe, expect, it } from 'vitest';
import { type AlertedThreshold, type AlertThreshold, dueAlerts } from './alert-thresholds.ts';

const at = (iso: string): Date => new Date(iso);

/** Today is 2026-03-15 (UTC); expiry dates are given as days from today. */
const now = at('2026-03-15T09:00:00Z');
const inDays = (days: number): Date => new Date(Date.UTC(2026, 2, 15 + days, 18, 0, 0));

const alerted = (expiresOn: Date, ...thresholds: AlertThreshold[]): AlertedThreshold[] =>
  thresholds.map((threshold) => ({ threshold, expiresOn }));

interface Case {
  title: string;
  expiresOn: Date;
  cancelled?: boolean;
  alreadyAlerted?: AlertedThreshold[];
  expected: AlertThreshold[];
}

const oldExpiry = inDays(-5);

const cases: Case[] = [
  { title: 'INV-7 91 days left: no alert yet', expiresOn: inDays(91), expected: [] },
  { title: 'INV-7 90 days left: the 90-day alert', expiresOn: inDays(90), expected: ['DAYS_90'] },
  {
    title: 'INV-7 30 days left with the 90-day alert sent: the 30-day alert',
    expiresOn: inDays(30),
    alreadyAlerted: alerted(inDays(30), 'DAYS_90'),
    expected: ['DAYS_30'],
  },
  {
    title: 'INV-7 10 days left, never alerted: both the 90-day and the 30-day alert, in that order',
    expiresOn: inDays(10),
    expected: ['DAYS_90', 'DAYS_30'],
  },
  {
    title: 'INV-7 0 days left (expiry day): still the 30-day alert, not yet expired',
    expiresOn: inDays(0),
    alreadyAlerted: alerted(inDays(0), 'DAYS_90'),
    expected: ['DAYS_30'],
  },
  {
    title: 'INV-7 expired after both earlier alerts: the expired alert',
    expiresOn: inDays(-1),
    alreadyAlerted: alerted(inDays(-1), 'DAYS_90', 'DAYS_30'),
    expected: ['EXPIRED'],
  },
  {
    title: 'INV-7 expired, never alerted: all three, in order',
    expiresOn: inDays(-40),
    expected: ['DAYS_90', 'DAYS_30', 'EXPIRED'],
  },
  {
    title: 'INV-7 everything already alerted: nothing twice',
    expiresOn: inDays(-3),
    alreadyAlerted: alerted(inDays(-3), 'DAYS_90', 'DAYS_30', 'EXPIRED'),
    expected: [],
  },
  {
    title: 'INV-7 an alert recorded at another time of the same UTC day counts as the same date',
    expiresOn: inDays(20),
    alreadyAlerted: alerted(new Date(inDays(20).getTime() - 17 * 3_600_000), 'DAYS_90', 'DAYS_30'),
    expected: [],
  },
  {
    title: 'INV-7 renewed to a date 60 days away: alerts again at 90 days for the new date',
    expiresOn: inDays(60),
    alreadyAlerted: alerted(oldExpiry, 'DAYS_90', 'DAYS_30', 'EXPIRED'),
    expected: ['DAYS_90'],
  },
  {
    title: 'INV-7 renewed, new date 25 days away, 90-day alert already sent for it: the 30-day alert',
    expiresOn: inDays(25),
    alreadyAlerted: [...alerted(oldExpiry, 'DAYS_90', 'DAYS_30'), ...alerted(inDays(25), 'DAYS_90')],
    expected: ['DAYS_30'],
  },
  {
    title: 'INV-7 renewed to a date more than 90 days away: no alert',
    expiresOn: inDays(365),
    alreadyAlerted: alerted(oldExpiry, 'DAYS_90', 'DAYS_30', 'EXPIRED'),
    expected: [],
  },
  {
    title: 'INV-7 cancelled item, expired: never alerts',
    expiresOn: inDays(-2),
    cancelled: true,
    expected: [],
  },
  {
    title: 'INV-7 cancelled item, 10 days left: never alerts',
    expiresOn: inDays(10),
    cancelled: true,
    expected: [],
  },
];

describe('INV-7 expiry alert thresholds', () => {
  it.each(cases)('$title', ({ expiresOn, cancelled = false, alreadyAlerted = [], expected }) => {
    expect(dueAlerts({ expiresOn, now, cancelled, alreadyAlerted })).toEqual(expected);
  });
});
