import { currencyDigits, decimalAmount } from '@bc/platform';
import type { ColumnDefinition, RowValue } from './report-definition.ts';

export { currencyDigits };

/**
 * Minor units to the amount a person reads (1999 USD → 19.99), as a number for spreadsheets: the
 * double nearest the exact decimal (platform `decimalAmount`). Within the API-5 bound of 2^53 − 1
 * minor units, `toFixed(digits)` of it gives back that exact decimal in views and CSV.
 */
export function amountOf(minor: number, currency: string): number {
  return Number(decimalAmount(minor, currency));
}

/** A database value as the report's column type: numbers from PostgreSQL sums arrive as strings, booleans from SQLite as 0/1. */
export function typedValue(column: ColumnDefinition, raw: RowValue, currency: string | null): RowValue {
  if (raw === null || raw === undefined) return null;
  switch (column.type) {
    case 'NUMBER':
      return Number(raw);
    case 'AMOUNT':
      return amountOf(Number(raw), currency ?? 'USD');
    case 'BOOLEAN':
      return raw === true || raw === 1 || raw === '1' || raw === 'true';
    default:
      return String(raw);
  }
}

/** How a value shows in the GraphQL view: plain decimals, Yes/No, ISO dates. */
export function viewText(column: ColumnDefinition, value: RowValue, currency: string | null): string | null {
  if (value === null) return null;
  if (column.type === 'BOOLEAN') return value ? 'Yes' : 'No';
  if (column.type === 'AMOUNT') return (value as number).toFixed(currencyDigits(currency ?? 'USD'));
  return String(value);
}

interface CsvConventions {
  decimal: string;
  delimiter: string;
  date: Intl.DateTimeFormat;
}

/** Intl objects are costly to make: one set per locale, not one per cell. */
const conventionsCache = new Map<string, CsvConventions>();

/** REP-5: the separators and date order a locale's spreadsheet users expect in a CSV file. */
export function csvConventions(locale: string): CsvConventions {
  let conventions = conventionsCache.get(locale);
  if (!conventions) {
    const decimal =
      new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    const date = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    conventions = { decimal, delimiter: decimal === ',' ? ';' : ',', date };
    conventionsCache.set(locale, conventions);
  }
  return conventions;
}

/** A cell of a CSV export in the caller's locale; text that a spreadsheet would run as a formula is quoted. */
export function csvText(
  column: ColumnDefinition,
  value: RowValue,
  currency: string | null,
  locale: string,
): string {
  if (value === null) return '';
  switch (column.type) {
    case 'AMOUNT':
      return (value as number)
        .toFixed(currencyDigits(currency ?? 'USD'))
        .replace('.', csvConventions(locale).decimal);
    case 'NUMBER':
      return String(value).replace('.', csvConventions(locale).decimal);
    case 'BOOLEAN':
      return value ? 'Yes' : 'No';
    case 'DATE':
      return csvConventions(locale).date.format(new Date(`${value}T00:00:00Z`));
    default: {
      const text = String(value);
      return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    }
  }
}
