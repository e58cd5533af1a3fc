import { describe, expect, it } from 'vitest';
import {
  decimalAmount,
  fieldOfCoercionError,
  MAX_MINOR_UNITS,
  MinorUnitsScalar,
  productWithinBound,
  RANGE_MESSAGE,
} from './money.ts';

describe('API-5 MinorUnits', () => {
  it('API-5 is written as a decimal string and read from strings or integers, exactly up to 2^53 - 1', () => {
    expect(MinorUnitsScalar.serialize(3_000_000_000)).toBe('3000000000');
    expect(MinorUnitsScalar.serialize(MAX_MINOR_UNITS)).toBe('9007199254740991');
    expect(MinorUnitsScalar.parseValue('3000000000')).toBe(3_000_000_000);
    expect(MinorUnitsScalar.parseValue(3_000_000_000)).toBe(3_000_000_000);
    expect(MinorUnitsScalar.parseValue('-9007199254740991')).toBe(-MAX_MINOR_UNITS);
    expect(MinorUnitsScalar.parseLiteral({ kind: 'IntValue', value: '3000000000' } as never)).toBe(
      3_000_000_000,
    );
  });

  it.each([
    '9007199254740992',
    '99999999999999999999',
    9_007_199_254_740_992,
    1e20,
    12.5,
    '12.50',
    '1e3',
    ' 1',
    '',
    true,
    null,
    {},
  ])('API-5 refuses %j with a coded error', (value) => {
    expect(() => MinorUnitsScalar.parseValue(value)).toThrow(RANGE_MESSAGE);
  });

  it('API-5 never answers an amount it cannot state exactly', () => {
    expect(() => MinorUnitsScalar.serialize(MAX_MINOR_UNITS + 1)).toThrow();
    expect(() => MinorUnitsScalar.serialize(1.5)).toThrow();
  });

  it('API-5 products are checked exactly, not in floating point', () => {
    expect(productWithinBound(4_503_599_627_370_495, 2)).toBe(true);
    expect(productWithinBound(4_503_599_627_370_496, 2)).toBe(false);
    expect(productWithinBound(3_000_000_000, 1_000_000)).toBe(true);
  });

  it.each([
    [300_000_000_099, 'USD', '3000000000.99'],
    [MAX_MINOR_UNITS, 'USD', '90071992547409.91'],
    [5, 'EUR', '0.05'],
    [-1_999, 'USD', '-19.99'],
    [1_250, 'JPY', '1250'],
    [1_250, 'KWD', '1.250'],
  ])('API-5 %i minor units of %s read %s', (minor, currency, text) => {
    expect(decimalAmount(minor, currency)).toBe(text);
  });

  it('API-5 names the input field of a refused value from the coercion path', () => {
    const message = (at: string) =>
      `Variable "$input" got invalid value "1e99" at "${at}"; ${RANGE_MESSAGE} (got "1e99")`;
    expect(fieldOfCoercionError(message('input.lines[0].listUnitPrice.amountMinor'))).toBe(
      'lines[0].listUnitPrice.amountMinor',
    );
    expect(fieldOfCoercionError(`Variable "$amount" got invalid value "x"; ${RANGE_MESSAGE}`)).toBe('amount');
    expect(fieldOfCoercionError('Variable "$input" got invalid value 1 at "input.x"; other')).toBeNull();
  });
});
