import { describe, expect, it } from 'vitest';
import { formatMoney, monthName } from './format.ts';

describe('Account page formatting (WEB-12)', () => {
  it('WEB-12 money keeps every digit of its exact decimal text and follows the locale', () => {
    expect(formatMoney({ amount: '90071992547409.91', currency: 'USD' }, 'en-US')).toBe(
      '$90,071,992,547,409.91',
    );
    expect(formatMoney({ amount: '1234.50', currency: 'EUR' }, 'de-DE')).toBe('1.234,50\u00a0€');
    expect(formatMoney({ amount: '1250', currency: 'JPY' }, 'en-US')).toBe('¥1,250');
  });

  it('WEB-12 anniversary months are named in the locale', () => {
    expect(monthName(7, 'en-US')).toBe('July');
    expect(monthName(1, 'de-DE')).toBe('Januar');
  });
});
