/**
 * WEB-12 for the Account pages: instants (`DateTime`, UTC ISO text) in the browser's locale and time
 * zone, money (`Money.amount` is exact decimal text) in the locale with its currency.
 */
export function formatInstant(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatInstantDay(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/**
 * `amount` is exact decimal text ("1234.50"); Intl formats it as a string (no float rounding for
 * amounts beyond 2^53 in minor units, which Number would lose).
 */
export function formatMoney(money: { amount: string; currency: string }, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    money.amount as unknown as number,
  );
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Month names 1-12 in the browser's locale (the anniversary month). */
export function monthName(month: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

export const ALL_MONTHS = MONTHS;
