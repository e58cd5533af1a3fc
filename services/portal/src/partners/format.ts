/**
 * WEB-12 for the partner pages: instants in the browser's locale and time zone, money in the locale
 * with its currency (`Money.amount` is exact decimal text, formatted as a string so nothing rounds).
 */
export function formatInstant(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatInstantDay(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatMoney(money: { amount: string; currency: string }, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    money.amount as unknown as number,
  );
}

/** A new idempotency key (API-5): one per distinct submission of a form. */
export const newKey = (): string => crypto.randomUUID();

/**
 * A server refusal shown above a long form names the field in the form's own words
 * ("Purchase order number: Must not be empty."), since the API's message alone leaves it out.
 * `labels` maps a field path (with `[i]` for list positions) to its label; `{n}` is the line number.
 */
export function explain<P extends { message: string; field?: string }>(
  problem: P,
  labels: Record<string, string>,
): P {
  if (!problem.field) return problem;
  const index = /\[(\d+)\]/.exec(problem.field);
  const generic = problem.field.replace(/\[\d+\]/g, '[i]');
  const match = Object.keys(labels)
    .filter((k) => generic === k || generic.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (!match) return problem;
  const label = labels[match]!.replace('{n}', index ? String(Number(index[1]) + 1) : '');
  return { ...problem, message: `${label}: ${problem.message}` };
}
