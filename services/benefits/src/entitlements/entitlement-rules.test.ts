import { describe, expect, it } from 'vitest';
import { benefitByCode } from '../catalog/benefit-catalog.ts';
import { availableOf, type CoveredQuantity, entitlementOf } from './entitlement-rules.ts';

const today = '2026-03-02';
const lic = (family: string, quantity: number, over: Partial<CoveredQuantity> = {}): CoveredQuantity => ({
  family,
  quantity,
  softwareAssurance: true,
  active: true,
  expiresOn: '2027-01-01',
  ...over,
});

describe('BEN-2 entitlement arithmetic', () => {
  it.each([
    ['E_LEARNING', [lic('Applications', 120)], 120],
    ['E_LEARNING', [lic('Applications', 10), lic('Operating Systems', 5)], 15],
    ['E_LEARNING', [lic('Servers', 40)], 0],
    ['E_LEARNING', [lic('Applications', 10, { softwareAssurance: false })], 0],
    ['E_LEARNING', [lic('Applications', 10, { active: false })], 0],
    ['E_LEARNING', [lic('Applications', 10, { expiresOn: '2026-03-01' })], 0],
    ['E_LEARNING', [lic('Applications', 10, { expiresOn: '2026-03-02' })], 10],
    ['TRAINING_VOUCHERS', [lic('Servers', 49)], 1],
    ['TRAINING_VOUCHERS', [lic('Servers', 24)], 0],
    ['TRAINING_VOUCHERS', [lic('Servers', 30), lic('Applications', 20)], 2],
    ['SUPPORT_24X7_PHONE', [lic('Servers', 100)], 2],
    ['PLANNING_SERVICES', [lic('Servers', 499)], 1],
    ['DYNAMICS_CUSTOMERSOURCE', [lic('Business Applications', 10)], null],
  ] as const)('BEN-2 %s from %j gives %s', (code, licenses, units) => {
    expect(entitlementOf(benefitByCode(code)!, [...licenses], today)).toBe(units);
  });

  it.each([
    [10, 3, 3, 7],
    [10, 0, 0, 10],
    [10, 12, 10, 0],
    [10, -2, 0, 10],
    [0, 5, 0, 0],
  ])('BEN-8 entitled %i, used %i: counts %i used and %i available', (entitled, used, counted, available) => {
    expect(availableOf(entitled, used)).toEqual({ used: counted, available });
  });

  it('BEN-8 a benefit that is not measured has no available amount', () => {
    expect(availableOf(null, 4)).toEqual({ used: 4, available: null });
  });
});
