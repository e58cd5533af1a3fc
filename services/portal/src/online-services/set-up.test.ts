import { describe, expect, it } from 'vitest';
import { quantityProblem, STEPS } from './set-up.ts';

describe('WEB-5 set up online services', () => {
  it('WEB-5 the steps follow the guide: service, plan and quantity, verify, confirmation', () => {
    expect(STEPS.map((s) => s.id)).toEqual(['service', 'plan', 'verify', 'done']);
  });

  it('WEB-5 a quantity is a whole number from 1 to the plan maximum', () => {
    expect(quantityProblem('1', 300)).toBeNull();
    expect(quantityProblem(' 300 ', 300)).toBeNull();
    expect(quantityProblem('', 300)).toBe('Enter a quantity.');
    expect(quantityProblem('0', 300)).toMatch(/from 1 to 300/);
    expect(quantityProblem('301', 300)).toMatch(/from 1 to 300/);
    for (const bad of ['2.5', '-3', 'ten', '1e3'])
      expect(quantityProblem(bad, 300), bad).toMatch(/whole number/);
  });
});
