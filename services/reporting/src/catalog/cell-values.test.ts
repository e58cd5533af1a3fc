import { describe, expect, it } from 'vitest';
import { amountOf, csvConventions, csvText, typedValue, viewText } from './cell-values.ts';
import type { ColumnDefinition } from './report-definition.ts';

const col = (type: ColumnDefinition['type']): ColumnDefinition => ({ key: 'k', label: 'K', type });

describe('REP-5 cell values', () => {
  it.each([
    [1999, 'USD', 19.99],
    [1999, 'EUR', 19.99],
    [1999, 'JPY', 1999],
    [1999, 'KWD', 1.999],
    [-500, 'USD', -5],
    [0, 'GBP', 0],
  ])('REP-5 %i minor units of %s are the amount %d', (minor, currency, amount) => {
    expect(amountOf(minor, currency)).toBe(amount);
  });

  it('REP-5 database values take the column type: PostgreSQL sums, SQLite booleans', () => {
    expect(typedValue(col('NUMBER'), '42', null)).toBe(42);
    expect(typedValue(col('AMOUNT'), '1250', 'EUR')).toBe(12.5);
    expect(typedValue(col('BOOLEAN'), 1, null)).toBe(true);
    expect(typedValue(col('BOOLEAN'), 0, null)).toBe(false);
    expect(typedValue(col('TEXT'), null, null)).toBeNull();
  });

  it('REP-5 the view shows amounts with the currency digits and booleans as Yes/No', () => {
    expect(viewText(col('AMOUNT'), 12.5, 'EUR')).toBe('12.50');
    expect(viewText(col('AMOUNT'), 1999, 'JPY')).toBe('1999');
    expect(viewText(col('BOOLEAN'), true, null)).toBe('Yes');
  });

  it('REP-5 CSV follows the locale: decimal comma and semicolons in de-DE, points and commas in en-US', () => {
    expect(csvConventions('de-DE')).toMatchObject({ decimal: ',', delimiter: ';' });
    expect(csvConventions('en-US')).toMatchObject({ decimal: '.', delimiter: ',' });
    expect(csvText(col('AMOUNT'), 1234.5, 'EUR', 'de-DE')).toBe('1234,50');
    expect(csvText(col('AMOUNT'), 1234.5, 'USD', 'en-US')).toBe('1234.50');
    expect(csvText(col('DATE'), '2026-03-02', null, 'de-DE')).toBe('02.03.2026');
    expect(csvText(col('DATE'), '2026-03-02', null, 'en-US')).toBe('03/02/2026');
  });

  it('REP-5 text that a spreadsheet would run as a formula is quoted', () => {
    expect(csvText(col('TEXT'), '=HYPERLINK("x")', null, 'en-US')).toBe(`'=HYPERLINK("x")`);
    expect(csvText(col('TEXT'), 'Contoso', null, 'en-US')).toBe('Contoso');
  });
});
