/** API-1: a client lives at most this long (accounts refuses more). */
export const MAX_DAYS = 730;
export const DEFAULT_DAYS = 90;

/** `YYYY-MM-DD` in the browser's own calendar, `days` after `from`. */
export function dayAfter(from: Date, days: number): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The end of a chosen day in the browser's time zone, as the instant the API takes; null when not a day. */
export function endOfDay(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [y, m, d] = day.split('-').map(Number);
  const at = new Date(y!, m! - 1, d!, 23, 59, 59);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}
