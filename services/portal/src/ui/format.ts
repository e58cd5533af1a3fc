/**
 * Dates in the browser's locale (WEB-12). Calendar dates (`YYYY-MM-DD`, e.g. an expiration) are days,
 * not instants: they are shown as that day whatever the browser's time zone.
 */
export function formatDay(day: string, locale?: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

export function formatNumber(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** `ACCOUNT_VIEWER` → `Account viewer`. */
export function humanize(code: string): string {
  // Acronyms stay capitals (API_CLIENT_USE: "API client use").
  const words = code
    .toLowerCase()
    .split('_')
    .join(' ')
    .replace(/\b(api|url|id|sku)\b/g, (w) => w.toUpperCase());
  return words.charAt(0).toUpperCase() + words.slice(1);
}
