import { badInput, conflict } from '@bc/platform';
import type { Address, Contact } from '../purchasing-accounts/purchasing-account.ts';
import type { AgreementStatus, Offer } from './agreement.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const COUNTRY = /^[A-Z]{2}$/;

export function requireText(field: string, raw: string | null | undefined, max = 200): string {
  const value = (raw ?? '').trim();
  if (!value) throw badInput(field, 'must not be empty');
  if (value.length > max) throw badInput(field, `must be at most ${max} characters`);
  return value;
}

export function requireEmail(field: string, raw: string): string {
  const value = raw.trim().toLowerCase();
  if (!EMAIL.test(value)) throw badInput(field, `"${raw}" is not a valid email address`);
  return value;
}

/** A real calendar date as YYYY-MM-DD. */
export function requireDate(field: string, raw: string): string {
  const date = new Date(`${raw}T00:00:00.000Z`);
  if (!ISO_DATE.test(raw) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
    throw badInput(field, 'must be a date as YYYY-MM-DD');
  }
  return raw;
}

export function requireMonth(field: string, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw badInput(field, 'must be a month from 1 to 12');
  return month;
}

export function requireTerm(field: string, months: number): number {
  if (!Number.isInteger(months) || months < 12 || months > 60)
    throw badInput(field, 'must be 12 to 60 months');
  return months;
}

/** The last day of the term: start + months − 1 day (a 36-month term from 2026-03-01 ends 2029-02-28). */
export function endDateOf(startDate: string, termMonths: number): string {
  const start = new Date(`${startDate}T00:00:00.000Z`);
  const end = new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + termMonths, start.getUTCDate()),
  );
  // Day overflow (Jan 31 + 1 month) rolls into the next month: clamp back to the month's last day.
  if (end.getUTCDate() !== start.getUTCDate()) end.setUTCDate(0);
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function requireOffers(field: string, offers: Offer[]): Offer[] {
  if (offers.length === 0) throw badInput(field, 'add at least one offer');
  const seen = new Set<string>();
  return offers.map((offer, i) => {
    const code = requireText(`${field}[${i}].code`, offer.code, 40).toUpperCase();
    if (seen.has(code)) throw badInput(`${field}[${i}].code`, `offer ${code} is listed twice`);
    seen.add(code);
    return {
      code,
      name: requireText(`${field}[${i}].name`, offer.name),
      productPool: requireText(`${field}[${i}].productPool`, offer.productPool, 60),
      priceLevel: requireText(`${field}[${i}].priceLevel`, offer.priceLevel, 20),
    };
  });
}

/** AGR-4: addresses are validated field by field; country is ISO 3166-1 alpha-2. */
export function requireAddress(field: string, address: Address): Address {
  const country = address.country.trim().toUpperCase();
  if (!COUNTRY.test(country))
    throw badInput(`${field}.country`, 'must be a two-letter country code like "US"');
  return {
    line1: requireText(`${field}.line1`, address.line1),
    line2: address.line2?.trim() || null,
    city: requireText(`${field}.city`, address.city, 100),
    region: address.region?.trim() || null,
    postalCode: requireText(`${field}.postalCode`, address.postalCode, 20),
    country,
  };
}

export function requireContacts(field: string, contacts: Contact[]): Contact[] {
  if (contacts.length === 0) throw badInput(field, 'add at least one contact');
  return contacts.map((c, i) => ({
    name: requireText(`${field}[${i}].name`, c.name, 100),
    email: requireEmail(`${field}[${i}].email`, c.email),
    phone: c.phone?.trim() || null,
    role: requireText(`${field}[${i}].role`, c.role, 60),
  }));
}

/** AGR-2 state machine: which status may follow which. Anything else is a CONFLICT. */
const NEXT: Record<AgreementStatus, AgreementStatus[]> = {
  DRAFT: ['DRAFT', 'SENT'],
  SENT: ['SIGNED', 'DECLINED'],
  SIGNED: [],
  DECLINED: [],
};

export function requireTransition(from: AgreementStatus, to: AgreementStatus): void {
  if (!NEXT[from].includes(to)) {
    throw conflict('status', `a ${from.toLowerCase()} sales package cannot become ${to.toLowerCase()}`);
  }
}

/** Human-readable numbers: a prefix and 8 digits (uniqueness is enforced by the database). */
export function newNumber(prefix: string, random: () => number = Math.random): string {
  return `${prefix}-${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
}
