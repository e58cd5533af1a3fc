import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

/**
 * NOT-2 (issue 11 §5): which URLs an outbound call (a partner's webhook) may reach. Ranges come from
 * ipaddr.js (`unicast`, `loopback`, `private`, `linkLocal`, `uniqueLocal`, `carrierGradeNat`,
 * `multicast`, `unspecified`, `reserved`, …); IPv4-mapped IPv6 is classified as the IPv4 it carries.
 */
export type AddressRange = string;

/** IPv6 global unicast; everything outside 2000::/3 (IPv4-compatible ::/96 included) is refused. */
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/** The range of one address in canonical form, or null when it is not an IP address. */
export function addressRange(address: string): AddressRange | null {
  if (!ipaddr.isValid(address)) return null;
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (ip.kind() === 'ipv6' && range === 'unicast' && !ip.match(GLOBAL_UNICAST_V6)) return 'reserved';
  return range;
}

export type Protocol = 'http:' | 'https:';

/** The allow-list decision, injectable so tests and development can loosen it in one place. */
export interface OutboundPolicy {
  /** Plain http is refused before any look-up. */
  readonly httpsOnly: boolean;
  /** May an address of this range be reached over this protocol? */
  allows(range: AddressRange, protocol: Protocol): boolean;
}

/** Production: https to public unicast addresses only. */
export const publicOnly: OutboundPolicy = {
  httpsOnly: true,
  allows: (range, protocol) => protocol === 'https:' && range === 'unicast',
};

/** Development and tests: also loopback, over http too (local receivers); still no private ranges. */
export const publicOrLoopback: OutboundPolicy = {
  httpsOnly: false,
  allows: (range, protocol) => range === 'loopback' || (protocol === 'https:' && range === 'unicast'),
};

/**
 * `BC_WEBHOOK_PUBLIC_ONLY=true` turns the production rule on outside production (a test proves it end
 * to end); in production the rule is always on.
 */
export const outboundConfigSchema = z.object({
  BC_WEBHOOK_PUBLIC_ONLY: z.enum(['true', 'false']).default('false'),
});

export function outboundPolicyFor(config: { NODE_ENV: string; BC_WEBHOOK_PUBLIC_ONLY: string }) {
  return config.NODE_ENV === 'production' || config.BC_WEBHOOK_PUBLIC_ONLY === 'true'
    ? publicOnly
    : publicOrLoopback;
}

export type OutboundRefusal =
  | 'must be a URL'
  | 'must use https'
  | 'address not public'
  | 'host does not resolve';

/** A URL the policy refuses; never retried, and no connection was made. */
export class OutboundRefused extends Error {
  constructor(readonly reason: OutboundRefusal) {
    super(`refused: ${reason}`);
  }
}

/** Every address a host name resolves to (all of them are checked, not only the first). */
export type Resolve = (host: string) => Promise<string[]>;

export const systemResolve: Resolve = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Throws OutboundRefused unless the policy allows every address over this protocol. */
export function checkAddresses(addresses: string[], protocol: Protocol, policy: OutboundPolicy): void {
  if (addresses.length === 0) throw new OutboundRefused('host does not resolve');
  for (const address of addresses) {
    const range = addressRange(address) ?? 'invalid';
    if (policy.allows(range, protocol)) continue;
    throw new OutboundRefused(policy.allows(range, 'https:') ? 'must use https' : 'address not public');
  }
}

/**
 * Parses and checks an outbound URL; returns it with the addresses that were checked, which is what
 * the caller must connect to (a second look-up could answer differently: DNS rebinding). The WHATWG
 * parser already turns decimal, octal and hex hosts (`2130706433`, `0177.0.0.1`, `0x7f.1`) into dotted
 * decimal, so those spellings are checked as the address they mean.
 */
export async function checkOutboundUrl(
  raw: string,
  policy: OutboundPolicy,
  resolve: Resolve = systemResolve,
): Promise<{ url: URL; addresses: string[] }> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new OutboundRefused('must be a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new OutboundRefused('must use https');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const literal = ipaddr.isValid(host);
  // An address that is not public is named as such, whatever the protocol.
  if (literal) checkAddresses([host], 'https:', policy);
  if (policy.httpsOnly && url.protocol !== 'https:') throw new OutboundRefused('must use https');
  let addresses: string[];
  if (literal) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new OutboundRefused('host does not resolve');
    }
  }
  checkAddresses(addresses, url.protocol, policy);
  return { url, addresses };
}
