import { isIP } from 'node:net';

/**
 * API-2: the caller's IP address, which accounts throttles sign-in by. It is the socket's peer
 * unless `trustedProxyHops` proxies (a load balancer, an ingress) stand in front of the gateway:
 * then it is the address the outermost trusted proxy saw, that many entries from the right of
 * `X-Forwarded-For` (as Express's numeric "trust proxy"). Entries further left are the caller's
 * own claims and never trusted. IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is read as IPv4.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxyHops: number,
): string | undefined {
  const peer = normalize(socketAddress);
  if (trustedProxyHops <= 0 || forwardedFor === undefined) return peer;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? ''];
  const picked = chain[Math.max(0, chain.length - 1 - trustedProxyHops)];
  // A proxy that forwards garbage is misconfigured: fall back to what the socket says.
  return normalize(picked) ?? peer;
}

function normalize(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const bare = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  return isIP(bare) ? bare : undefined;
}
