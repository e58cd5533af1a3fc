import { describe, expect, it } from 'vitest';
import {
  type Money,
  type PriceProtectionInput,
  type ProtectedPrice,
  protectedUnitPrice,
  serviceYearStart,
} from './price-protection.ts';

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const at = (iso: string): Date => new Date(iso);

/** Service year 2025-07-01 .. 2026-07-01 (UTC) unless a case says otherwise. */
const anniversary = at('2026-07-01T00:00:00Z');

interface Case {
  title: string;
  input: PriceProtectionInput;
  expected: ProtectedPrice;
}

/** AGR-7 as the guide words it, one row per promise. */
const cases: Case[] = [
  {
    title: 'AGR-7 first purchase lower than what a new subscription costs today: the lower price is kept',
    input: {
      now: at('2026-03-15T10:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(1000), purchasedAt: at('2025-09-10T08:00:00Z') },
    },
    expected: { unitPrice: usd(1000), protected: true, reason: 'FIRST_PURCHASE_LOWER' },
  },
  {
    title: "AGR-7 first purchase higher than today's price: today's lower price applies",
    input: {
      now: at('2026-03-15T10:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1000),
      firstPurchaseThisServiceYear: { unitPrice: usd(1200), purchasedAt: at('2025-09-10T08:00:00Z') },
    },
    expected: { unitPrice: usd(1000), protected: false, reason: 'TODAY_PRICE_LOWER_OR_EQUAL' },
  },
  {
    title: "AGR-7 first purchase equal to today's price: today's price, nothing to protect",
    input: {
      now: at('2026-03-15T10:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1000),
      firstPurchaseThisServiceYear: { unitPrice: usd(1000), purchasedAt: at('2025-09-10T08:00:00Z') },
    },
    expected: { unitPrice: usd(1000), protected: false, reason: 'TODAY_PRICE_LOWER_OR_EQUAL' },
  },
  {
    title: "AGR-7 no earlier purchase in the service year: today's price",
    input: {
      now: at('2026-03-15T10:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: null,
    },
    expected: { unitPrice: usd(1200), protected: false, reason: 'NO_EARLIER_PURCHASE' },
  },
  {
    title: 'AGR-7 a purchase from before the service year started does not count',
    input: {
      now: at('2026-03-15T10:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(800), purchasedAt: at('2025-06-30T23:59:59.999Z') },
    },
    expected: { unitPrice: usd(1200), protected: false, reason: 'NO_EARLIER_PURCHASE' },
  },
  {
    title: 'AGR-7 a purchase on the first instant of the service year counts',
    input: {
      now: at('2026-03-15T10:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(800), purchasedAt: at('2025-07-01T00:00:00Z') },
    },
    expected: { unitPrice: usd(800), protected: true, reason: 'FIRST_PURCHASE_LOWER' },
  },
  {
    title: 'AGR-7 the day before the anniversary the price is still protected',
    input: {
      now: at('2026-06-30T12:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(1000), purchasedAt: at('2025-09-10T08:00:00Z') },
    },
    expected: { unitPrice: usd(1000), protected: true, reason: 'FIRST_PURCHASE_LOWER' },
  },
  {
    title: 'AGR-7 the last moment before the anniversary the price is still protected',
    input: {
      now: at('2026-06-30T23:59:59.999Z'),
      anniversary,
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(1000), purchasedAt: at('2025-09-10T08:00:00Z') },
    },
    expected: { unitPrice: usd(1000), protected: true, reason: 'FIRST_PURCHASE_LOWER' },
  },
  {
    title: "AGR-7 exactly on the anniversary the next year's price applies and may increase",
    input: {
      now: at('2026-07-01T00:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(1000), purchasedAt: at('2025-09-10T08:00:00Z') },
    },
    expected: { unitPrice: usd(1200), protected: false, reason: 'NEXT_ANNIVERSARY_YEAR' },
  },
  {
    title: "AGR-7 after the anniversary additional seats are at today's price",
    input: {
      now: at('2026-08-01T00:00:00Z'),
      anniversary,
      todayUnitPrice: usd(1300),
      firstPurchaseThisServiceYear: { unitPrice: usd(1000), purchasedAt: at('2025-09-10T08:00:00Z') },
    },
    expected: { unitPrice: usd(1300), protected: false, reason: 'NEXT_ANNIVERSARY_YEAR' },
  },
  {
    title: 'AGR-7 anniversary on Feb 29: the service year starts Feb 28, and a purchase that day counts',
    input: {
      now: at('2028-01-10T00:00:00Z'),
      anniversary: at('2028-02-29T00:00:00Z'),
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(900), purchasedAt: at('2027-02-28T00:00:00Z') },
    },
    expected: { unitPrice: usd(900), protected: true, reason: 'FIRST_PURCHASE_LOWER' },
  },
  {
    title: 'AGR-7 anniversary on Feb 29: a purchase on Feb 27 of the year before does not count',
    input: {
      now: at('2028-01-10T00:00:00Z'),
      anniversary: at('2028-02-29T00:00:00Z'),
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(900), purchasedAt: at('2027-02-27T23:59:59Z') },
    },
    expected: { unitPrice: usd(1200), protected: false, reason: 'NO_EARLIER_PURCHASE' },
  },
  {
    title: 'AGR-7 service year over a leap day: a purchase on Feb 29 counts',
    input: {
      now: at('2025-01-10T00:00:00Z'),
      anniversary: at('2025-03-01T00:00:00Z'),
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(900), purchasedAt: at('2024-03-01T00:00:00Z') },
    },
    expected: { unitPrice: usd(900), protected: true, reason: 'FIRST_PURCHASE_LOWER' },
  },
  {
    title: 'AGR-7 on Feb 29 itself, when that is the anniversary, the next year starts',
    input: {
      now: at('2028-02-29T00:00:00Z'),
      anniversary: at('2028-02-29T00:00:00Z'),
      todayUnitPrice: usd(1200),
      firstPurchaseThisServiceYear: { unitPrice: usd(900), purchasedAt: at('2027-03-01T00:00:00Z') },
    },
    expected: { unitPrice: usd(1200), protected: false, reason: 'NEXT_ANNIVERSARY_YEAR' },
  },
];

describe('AGR-7 renewal price protection', () => {
  it.each(cases)('$title', ({ input, expected }) => {
    expect(protectedUnitPrice(input)).toEqual(expected);
  });

  it('AGR-7 never returns more than today’s price inside the service year', () => {
    for (const first of [500, 1000, 1500]) {
      const result = protectedUnitPrice({
        now: at('2026-03-15T10:00:00Z'),
        anniversary,
        todayUnitPrice: usd(1000),
        firstPurchaseThisServiceYear: { unitPrice: usd(first), purchasedAt: at('2025-09-10T08:00:00Z') },
      });
      expect(result.unitPrice.amountMinor).toBeLessThanOrEqual(1000);
      expect(result.unitPrice.amountMinor).toBe(Math.min(first, 1000));
    }
  });

  const valid: PriceProtectionInput = {
    now: at('2026-03-15T10:00:00Z'),
    anniversary,
    todayUnitPrice: usd(1200),
    firstPurchaseThisServiceYear: { unitPrice: usd(1000), purchasedAt: at('2025-09-10T08:00:00Z') },
  };

  it.each<{ title: string; input: PriceProtectionInput; error: RegExp }>([
    {
      title: 'AGR-7 currency mismatch throws',
      input: {
        ...valid,
        firstPurchaseThisServiceYear: {
          unitPrice: { amountMinor: 1000, currency: 'EUR' },
          purchasedAt: at('2025-09-10T08:00:00Z'),
        },
      },
      error: /^currency mismatch$/,
    },
    {
      title: "AGR-7 negative amount in today's price throws",
      input: { ...valid, todayUnitPrice: usd(-1) },
      error: /invalid money/,
    },
    {
      title: 'AGR-7 negative amount in the first purchase throws',
      input: {
        ...valid,
        firstPurchaseThisServiceYear: { unitPrice: usd(-500), purchasedAt: at('2025-09-10T08:00:00Z') },
      },
      error: /invalid money/,
    },
    {
      title: 'AGR-7 non-integer minor units throw',
      input: { ...valid, todayUnitPrice: usd(12.5) },
      error: /invalid money/,
    },
    {
      title: 'AGR-7 an anniversary more than a year away is not the next anniversary',
      input: { ...valid, anniversary: at('2027-07-01T00:00:00Z') },
      error: /next anniversary/,
    },
    {
      title: 'AGR-7 an invalid clock time throws',
      input: { ...valid, now: new Date(Number.NaN) },
      error: /invalid date/,
    },
  ])('$title', ({ input, error }) => {
    expect(() => protectedUnitPrice(input)).toThrow(error);
  });
});

describe('AGR-7 service year start', () => {
  it.each([
    ['2026-07-01T00:00:00.000Z', '2025-07-01T00:00:00.000Z'],
    ['2026-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'],
    ['2028-02-29T00:00:00.000Z', '2027-02-28T00:00:00.000Z'],
    ['2025-02-28T00:00:00.000Z', '2024-02-28T00:00:00.000Z'],
    ['2025-03-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'],
    ['2026-12-31T23:59:59.999Z', '2025-12-31T23:59:59.999Z'],
  ])('AGR-7 anniversary %s starts the service year at %s', (anniversaryIso, startIso) => {
    expect(serviceYearStart(new Date(anniversaryIso)).toISOString()).toBe(startIso);
  });
});
