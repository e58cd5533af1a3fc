import { isIPv6 } from 'node:net';

/**
 * API-2: the address a throttle or rate limit counts by: IPv4 as is; IPv6 by its /64, which one subscriber usually
 * holds whole. No address (a caller without the gateway's) counts as one shared address.
 */
export function addressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
