import { describe, expect, it } from 'vitest';
import { daysUntil, type ExpiryStatus, expiryStatus } from './expiry-status.ts';

const at = (iso: string): Date => new Date(iso);

/** Today is 2026-03-15 (UTC) unless a row says otherwise. */
const now = at('2026-03-15T12:00:00Z');

describe('INV-3 expiry status', () => {
  it.each([
    ['2026-06-14T12:00:00Z', 91, 'ACTIVE'],
    ['2026-06-13T12:00:00Z', 90, 'EXPIRING_SOON'],
    ['2026-04-15T12:00:00Z', 31, 'EXPIRING_SOON'],
    ['2026-04-14T12:00:00Z', 30, 'CRITICAL'],
    ['2026-03-16T12:00:00Z', 1, 'CRITICAL'],
    ['2026-03-15T12:00:00Z', 0, 'CRITICAL'],
    ['2026-03-14T12:00:00Z', -1, 'EXPIRED'],
  ] as const)('INV-3 expiring %s: %i days left is %s', (expiresOn, days, status) => {
    expect(daysUntil(at(expiresOn), now)).toBe(days);
    expect(expiryStatus(at(expiresOn), now)).toBe(status);
  });

  it.each([
    // The expiry day itself counts as valid until its last millisecond.
    ['expiry day, late evening', '2026-03-15T00:00:00Z', '2026-03-15T23:59:59.999Z', 0, 'CRITICAL'],
    ['day after expiry, just after midnight', '2026-03-15T23:59:59Z', '2026-03-16T00:00:00Z', -1, 'EXPIRED'],
    [
      '90 days ahead, early morning vs late evening',
      '2026-06-13T00:00:00Z',
      '2026-03-15T23:59:00Z',
      90,
      'EXPIRING_SOON',
    ],
    [
      '91 days ahead, late evening vs early morning',
      '2026-06-14T23:59:00Z',
      '2026-03-15T00:01:00Z',
      91,
      'ACTIVE',
    ],
    ['30 days ahead, early morning expiry', '2026-04-14T00:00:00Z', '2026-03-15T23:30:00Z', 30, 'CRITICAL'],
    [
      '31 days ahead, late evening expiry',
      '2026-04-15T23:59:59Z',
      '2026-03-15T00:00:00Z',
      31,
      'EXPIRING_SOON',
    ],
  ] as const)('INV-3 time of day is ignored: %s', (_label, expiresOn, today, days, status) => {
    expect(daysUntil(at(expiresOn), at(today))).toBe(days);
    expect(expiryStatus(at(expiresOn), at(today))).toBe<ExpiryStatus>(status);
  });

  it('INV-3 an item expiring on D is CRITICAL on D-1 and all of D, EXPIRED from the first moment of D+1', () => {
    const d = at('2026-04-30T00:00:00Z');
    expect(expiryStatus(d, at('2026-04-29T23:59:59.999Z'))).toBe('CRITICAL'); // D-1
    expect(expiryStatus(d, at('2026-04-30T00:00:00.000Z'))).toBe('CRITICAL'); // D
    expect(expiryStatus(d, at('2026-04-30T23:59:59.999Z'))).toBe('CRITICAL'); // D, last moment
    expect(expiryStatus(d, at('2026-05-01T00:00:00.000Z'))).toBe('EXPIRED'); // D+1
    expect(daysUntil(d, at('2026-04-30T12:00:00Z'))).toBe(0);
  });

  it('INV-3 a span over 29 February counts the leap day', () => {
    // 2028 is a leap year: 2028-02-01 .. 2028-03-01 is 29 days, not 28.
    expect(daysUntil(at('2028-03-01T00:00:00Z'), at('2028-02-01T00:00:00Z'))).toBe(29);
    expect(daysUntil(at('2028-05-30T00:00:00Z'), at('2028-03-01T00:00:00Z'))).toBe(90);
    expect(daysUntil(at('2029-01-01T00:00:00Z'), at('2028-01-01T00:00:00Z'))).toBe(366);
    // Counted from 2028-02-28, 2028-05-28 is 90 days away only because of the leap day.
    expect(expiryStatus(at('2028-05-28T08:00:00Z'), at('2028-02-28T20:00:00Z'))).toBe('EXPIRING_SOON');
    expect(expiryStatus(at('2028-05-29T08:00:00Z'), at('2028-02-28T20:00:00Z'))).toBe('ACTIVE');
  });

  it('INV-3 dates are read in UTC, not in the local time zone', () => {
    // 23:30 at UTC-5 on 14 March is already 15 March in UTC.
    expect(daysUntil(at('2026-03-15T00:00:00Z'), at('2026-03-14T23:30:00-05:00'))).toBe(0);
  });

  it('INV-3 an invalid date is refused rather than counted as ACTIVE', () => {
    expect(() => expiryStatus(new Date(Number.NaN), now)).toThrow(RangeError);
    expect(() => daysUntil(now, new Date('not a date'))).toThrow(RangeError);
  });
});
