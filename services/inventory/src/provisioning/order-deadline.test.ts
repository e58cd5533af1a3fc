import { describe, expect, it } from 'vitest';
import { DEFAULT_ORDER_DAYS, isPastOrderDeadline, orderDeadline } from './order-deadline.ts';

const provisionedAt = new Date('2026-03-10T14:30:00.000Z');
const afterDays = (days: number, extraMs = 0): Date =>
  new Date(provisionedAt.getTime() + days * 86_400_000 + extraMs);

describe('INV-4 self-provisioning order deadline', () => {
  it('INV-4 the default is 30 days, exactly, in UTC', () => {
    expect(DEFAULT_ORDER_DAYS).toBe(30);
    expect(orderDeadline(provisionedAt).toISOString()).toBe('2026-04-09T14:30:00.000Z');
  });

  it('INV-4 day 29 keeps: the last millisecond before day 30 is not past the deadline', () => {
    expect(isPastOrderDeadline(provisionedAt, afterDays(29))).toBe(false);
    expect(isPastOrderDeadline(provisionedAt, afterDays(30, -1))).toBe(false);
    expect(isPastOrderDeadline(provisionedAt, new Date('2026-04-09T14:29:59.999Z'))).toBe(false);
  });

  it('INV-4 exactly day 30 cancels', () => {
    expect(isPastOrderDeadline(provisionedAt, afterDays(30))).toBe(true);
  });

  it('INV-4 day 31 cancels', () => {
    expect(isPastOrderDeadline(provisionedAt, afterDays(31))).toBe(true);
  });

  it('INV-4 a configured 10 days: day 9 keeps, day 10 cancels', () => {
    expect(orderDeadline(provisionedAt, 10).toISOString()).toBe('2026-03-20T14:30:00.000Z');
    expect(isPastOrderDeadline(provisionedAt, afterDays(10, -1), 10)).toBe(false);
    expect(isPastOrderDeadline(provisionedAt, afterDays(10), 10)).toBe(true);
  });

  it('INV-4 the limits 1 and 365 days are allowed', () => {
    expect(orderDeadline(provisionedAt, 1).toISOString()).toBe('2026-03-11T14:30:00.000Z');
    expect(orderDeadline(provisionedAt, 365).toISOString()).toBe('2027-03-10T14:30:00.000Z');
  });

  it.each([0, -1, 366, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'INV-4 an invalid number of days (%s) throws RangeError',
    (days) => {
      expect(() => orderDeadline(provisionedAt, days)).toThrow(RangeError);
      expect(() => isPastOrderDeadline(provisionedAt, afterDays(40), days)).toThrow(RangeError);
    },
  );

  it('INV-4 an invalid date throws RangeError instead of never cancelling', () => {
    expect(() => orderDeadline(new Date('nope'))).toThrow(RangeError);
    expect(() => isPastOrderDeadline(provisionedAt, new Date('nope'))).toThrow(RangeError);
  });
});
