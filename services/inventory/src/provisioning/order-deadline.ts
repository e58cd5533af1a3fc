/** INV-4: a self-provisioned service without an order is cancelled after this many days unless configured otherwise. */
export const DEFAULT_ORDER_DAYS = 30;

const MS_PER_DAY = 86_400_000;
const MIN_ORDER_DAYS = 1;
const MAX_ORDER_DAYS = 365;

function requireOrderDays(days: number): void {
  if (!Number.isInteger(days) || days < MIN_ORDER_DAYS || days > MAX_ORDER_DAYS) {
    throw new RangeError(
      `order deadline days must be an integer from ${MIN_ORDER_DAYS} to ${MAX_ORDER_DAYS}, got ${days}`,
    );
  }
}

function requireDate(name: string, date: Date): void {
  // An invalid date would make every comparison false, so the service would never be cancelled.
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is not a valid date`);
}

/** The moment a self-provisioned service without an order is cancelled: provisionedAt + days (exact, in UTC). */
export function orderDeadline(provisionedAt: Date, days = DEFAULT_ORDER_DAYS): Date {
  requireOrderDays(days);
  requireDate('provisionedAt', provisionedAt);
  // Exact 24-hour days: UTC has no daylight-saving shifts to account for.
  return new Date(provisionedAt.getTime() + days * MS_PER_DAY);
}

/** True once the deadline has come (day 30 cancels, day 29 keeps). */
export function isPastOrderDeadline(provisionedAt: Date, now: Date, days = DEFAULT_ORDER_DAYS): boolean {
  requireDate('now', now);
  return now.getTime() >= orderDeadline(provisionedAt, days).getTime();
}
