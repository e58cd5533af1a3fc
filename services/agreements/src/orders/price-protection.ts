/**
 * AGR-7 renewal price protection for online services. Pure: the caller passes the clock's `now`,
 * so the same inputs always give the same price.
 */

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface PriceProtectionInput {
  now: Date;
  /** The subscription's next anniversary (UTC); the service year is the 12 months ending at it. */
  anniversary: Date;
  /** What a new subscription to the service costs today (list price). */
  todayUnitPrice: Money;
  /** The first purchase of this service in the current service year, if any. */
  firstPurchaseThisServiceYear: { unitPrice: Money; purchasedAt: Date } | null;
}

export interface ProtectedPrice {
  unitPrice: Money;
  protected: boolean;
  reason:
    | 'NO_EARLIER_PURCHASE'
    | 'FIRST_PURCHASE_LOWER'
    | 'TODAY_PRICE_LOWER_OR_EQUAL'
    | 'NEXT_ANNIVERSARY_YEAR';
}

/** One calendar year before the anniversary (UTC, same time of day); Feb 29 falls back to Feb 28. */
export function serviceYearStart(anniversary: Date): Date {
  assertValidDate(anniversary, 'anniversary');
  const year = anniversary.getUTCFullYear() - 1;
  const month = anniversary.getUTCMonth();
  // Date.UTC would roll Feb 29 into Mar 1 in a non-leap year, which would shorten the service year.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const start = new Date(0);
  start.setUTCFullYear(year, month, Math.min(anniversary.getUTCDate(), lastDay));
  start.setUTCHours(
    anniversary.getUTCHours(),
    anniversary.getUTCMinutes(),
    anniversary.getUTCSeconds(),
    anniversary.getUTCMilliseconds(),
  );
  return start;
}

export function protectedUnitPrice(input: PriceProtectionInput): ProtectedPrice {
  const { now, anniversary, todayUnitPrice, firstPurchaseThisServiceYear: first } = input;
  assertValidDate(now, 'now');
  assertValidMoney(todayUnitPrice, 'todayUnitPrice');
  if (first) {
    assertValidDate(first.purchasedAt, 'firstPurchaseThisServiceYear.purchasedAt');
    assertValidMoney(first.unitPrice, 'firstPurchaseThisServiceYear.unitPrice');
    // Checked up front so a bad pairing fails the same way whichever rule ends up applying.
    if (first.unitPrice.currency !== todayUnitPrice.currency) throw new Error('currency mismatch');
  }

  const start = serviceYearStart(anniversary);
  if (now.getTime() < start.getTime()) {
    // The caller must pass the *next* anniversary; a later one would silently widen the protection.
    throw new Error('anniversary must be the next anniversary (within a year of now)');
  }

  const today = { ...todayUnitPrice };
  // The protection lasts until the anniversary; from that instant the next year's price applies.
  if (now.getTime() >= anniversary.getTime()) {
    return { unitPrice: today, protected: false, reason: 'NEXT_ANNIVERSARY_YEAR' };
  }

  // Only a purchase made in this service year (and not after now) sets the protected price.
  const purchasedAt = first?.purchasedAt.getTime();
  if (!first || purchasedAt === undefined || purchasedAt < start.getTime() || purchasedAt > now.getTime()) {
    return { unitPrice: today, protected: false, reason: 'NO_EARLIER_PURCHASE' };
  }

  if (first.unitPrice.amountMinor < today.amountMinor) {
    return { unitPrice: { ...first.unitPrice }, protected: true, reason: 'FIRST_PURCHASE_LOWER' };
  }
  // The guide promises the lower price, so a drop in today's price is passed on, never an increase.
  return { unitPrice: today, protected: false, reason: 'TODAY_PRICE_LOWER_OR_EQUAL' };
}

function assertValidDate(value: Date, name: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new Error(`invalid date: ${name}`);
}

function assertValidMoney(money: Money, name: string): void {
  if (!Number.isSafeInteger(money.amountMinor) || money.amountMinor < 0) {
    throw new Error(`invalid money: ${name}.amountMinor must be a non-negative integer (minor units)`);
  }
  // ISO 4217 alphabetic codes; comparing currencies only makes sense if they are spelled one way.
  if (!/^[A-Z]{3}$/.test(money.currency)) {
    throw new Error(`invalid money: ${name}.currency must be an ISO 4217 code`);
  }
}
