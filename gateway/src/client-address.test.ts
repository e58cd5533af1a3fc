import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.ts';

describe('API-2 client address', () => {
  it('API-2 without trusted proxies (the default) the socket peer is the client, whatever X-Forwarded-For says', () => {
    expect(clientAddress('198.51.100.7', undefined, 0)).toBe('198.51.100.7');
    expect(clientAddress('198.51.100.7', '203.0.113.1', 0)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.1', 0)).toBe('127.0.0.1');
    expect(clientAddress('2001:DB8::1', undefined, 0)).toBe('2001:db8::1');
    expect(clientAddress(undefined, undefined, 0)).toBeUndefined();
  });

  it('API-2 with N trusted proxies the address N hops from the right of the chain is the client', () => {
    // The caller forged "1.1.1.1"; the one trusted proxy appended what it saw.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.2', ['1.1.1.1', '203.0.113.9, 10.0.0.1'], 2)).toBe('203.0.113.9');
    // More hops trusted than there are entries: the leftmost one.
    expect(clientAddress('10.0.0.2', '203.0.113.9', 5)).toBe('203.0.113.9');
    // No header: the peer. A garbage entry: the peer.
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', 'not-an-ip', 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '::ffff:203.0.113.9', 1)).toBe('203.0.113.9');
  });
});
