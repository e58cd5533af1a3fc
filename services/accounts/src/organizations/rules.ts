import { badInput } from '@bc/platform';

const DOMAIN_NAME = /^(?=.{4,253}$)(?!-)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Lower-cases and checks a public domain name (ACC-3). */
export function normalizeDomainName(field: string, raw: string): string {
  const name = raw.trim().toLowerCase().replace(/\.$/, '');
  if (!DOMAIN_NAME.test(name)) throw badInput(field, `"${raw}" is not a valid domain name`);
  return name;
}

/** ACC-2: `contoso` + platform domain gives the initial domain `contoso.<platform domain>`. */
export function initialDomainName(field: string, prefix: string, platformDomain: string): string {
  const label = prefix.trim().toLowerCase();
  if (!DOMAIN_LABEL.test(label))
    throw badInput(field, 'must be letters, digits and hyphens (1-63), like "contoso"');
  return `${label}.${platformDomain}`;
}

export type DomainStatus = 'PENDING' | 'VERIFIED' | 'CLAIMED_ELSEWHERE';

/**
 * ACC-3: a claim is VERIFIED once its TXT record was found; a pending claim whose name another
 * organization verified first is CLAIMED_ELSEWHERE for good (one verified domain per name).
 */
export function domainStatus(verified: boolean, nameVerifiedByAnyone: boolean): DomainStatus {
  if (verified) return 'VERIFIED';
  return nameVerifiedByAnyone ? 'CLAIMED_ELSEWHERE' : 'PENDING';
}

/** A domain is proven when one of its TXT records carries the expected value. */
export function txtRecordsProve(records: string[][], expected: string): boolean {
  return records.some((chunks) => chunks.join('').trim() === expected);
}

export function requireName(field: string, raw: string, max = 200): string {
  const value = raw.trim();
  if (value.length === 0) throw badInput(field, 'must not be empty');
  if (value.length > max) throw badInput(field, `must be at most ${max} characters`);
  return value;
}
