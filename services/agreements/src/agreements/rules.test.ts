import { describe, expect, it } from 'vitest';
import { endDateOf, requireDate, requireOffers, requireTransition } from './rules.ts';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { extensions: { code: string } }).extensions.code;
  }
};

describe('AGR-2 sales package rules', () => {
  it.each([
    ['DRAFT', 'SENT', null],
    ['SENT', 'SIGNED', null],
    ['SENT', 'DECLINED', null],
    ['DRAFT', 'SIGNED', 'CONFLICT'],
    ['SIGNED', 'SIGNED', 'CONFLICT'],
    ['SIGNED', 'DECLINED', 'CONFLICT'],
    ['DECLINED', 'SIGNED', 'CONFLICT'],
    ['SIGNED', 'DRAFT', 'CONFLICT'],
  ] as const)('AGR-2 %s → %s: %s', (from, to, code) => {
    expect(codeOf(() => requireTransition(from, to))).toBe(code);
  });

  it.each([
    ['2026-03-01', 36, '2029-02-28'],
    ['2026-01-31', 12, '2027-01-30'],
    ['2024-02-29', 12, '2025-02-27'],
    ['2026-07-15', 24, '2028-07-14'],
  ])('AGR-3 a term from %s of %i months ends %s', (start, months, end) => {
    expect(endDateOf(start, months)).toBe(end);
  });

  it('AGR-2 dates and offers are validated naming the field', () => {
    expect(codeOf(() => requireDate('startDate', '2026-02-30'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireDate('startDate', '2026-2-3'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requireOffers('offers', []))).toBe('BAD_USER_INPUT');
    const offer = { code: 'a1', name: 'Office', productPool: 'Applications', priceLevel: 'A' };
    expect(codeOf(() => requireOffers('offers', [offer, { ...offer, code: 'A1' }]))).toBe('BAD_USER_INPUT');
    expect(requireOffers('offers', [offer])[0]!.code).toBe('A1');
  });
});
