import { describe, expect, it } from 'vitest';
import { formatCell, moveColumns, pageOf, shiftColumns } from './cells.ts';

describe('report cells in the browser locale', () => {
  it('WEB-12 REP-5 dates, numbers and amounts follow the locale; amounts keep their exact digits and no currency sign', () => {
    expect(formatCell('DATE', '2026-03-01', 'en-US')).toBe('Mar 1, 2026');
    expect(formatCell('DATE', '2026-03-01', 'de-DE')).toBe('01.03.2026');
    expect(formatCell('NUMBER', '12345', 'en-US')).toBe('12,345');
    expect(formatCell('NUMBER', '12345', 'de-DE')).toBe('12.345');
    expect(formatCell('AMOUNT', '1234.50', 'en-US')).toBe('1,234.50');
    expect(formatCell('AMOUNT', '1234.50', 'de-DE')).toBe('1.234,50');
    expect(formatCell('AMOUNT', '1500', 'ja-JP')).toBe('1,500');
    // Beyond a double's 15-16 digits the text is formatted as a decimal, not rounded.
    expect(formatCell('AMOUNT', '90071992547409.91', 'en-US')).toBe('90,071,992,547,409.91');
    expect(formatCell('CURRENCY', 'EUR', 'de-DE')).toBe('EUR');
    expect(formatCell('TEXT', null)).toBe('');
  });
});

describe('WEB-9 paging a result held in memory', () => {
  it('shows 50 rows a page and keeps the page within the result', () => {
    expect(pageOf(10_000, 0, 50)).toEqual({ index: 0, count: 200, from: 1, to: 50, total: 10_000 });
    expect(pageOf(10_000, 199, 50)).toMatchObject({ from: 9951, to: 10_000 });
    expect(pageOf(10_000, 500, 50)).toMatchObject({ index: 199 });
    expect(pageOf(0, 3, 50)).toEqual({ index: 0, count: 1, from: 0, to: 0, total: 0 });
    expect(pageOf(51, 1, 50)).toMatchObject({ from: 51, to: 51, count: 2 });
  });
});

describe('REP-3 WEB-9 Select Columns', () => {
  const required = new Set(['product']);
  it('adds to the end in the order given, removes all but required columns, and says which stayed', () => {
    expect(moveColumns(['product', 'sku'], ['status', 'quantity'], 'add', required).selected).toEqual([
      'product',
      'sku',
      'status',
      'quantity',
    ]);
    expect(moveColumns(['product', 'sku', 'status'], ['product', 'sku'], 'remove', required)).toEqual({
      selected: ['product', 'status'],
      refused: ['product'],
    });
  });
  it('moves a block up or down, and not past either end', () => {
    expect(shiftColumns(['a', 'b', 'c', 'd'], ['c', 'd'], -1)).toEqual(['a', 'c', 'd', 'b']);
    expect(shiftColumns(['a', 'b', 'c', 'd'], ['a', 'b'], 1)).toEqual(['c', 'a', 'b', 'd']);
    expect(shiftColumns(['a', 'b'], ['a'], -1)).toEqual(['a', 'b']);
    expect(shiftColumns(['a', 'b'], ['b'], 1)).toEqual(['a', 'b']);
  });
});
