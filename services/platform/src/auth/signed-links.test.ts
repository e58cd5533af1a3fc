import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from './signed-links.ts';

const now = new Date('2026-03-02T09:00:00.000Z');
const claims = { userId: 'u1', sessionId: 's1', expiresAt: now.getTime() + 300_000, reportId: 'AGREEMENTS' };

describe('REP-5 signed export links', () => {
  it('REP-5 a link verifies for its user before expiry and gives back its claims', () => {
    expect(verifyLink(signLink(claims, 's'), 's', now, { userId: 'u1', sessionId: 's1' })).toEqual({
      ok: true,
      claims,
    });
  });
  it('REP-5 ACC-4 another user, another session, expiry at the exact millisecond, another secret and tampering are refused', () => {
    const token = signLink(claims, 's');
    expect(verifyLink(token, 's', now, { userId: 'u2', sessionId: 's1' })).toEqual({
      ok: false,
      reason: 'OTHER_USER',
    });
    // ACC-4: the link is bound to the session that asked for it.
    expect(verifyLink(token, 's', now, { userId: 'u1', sessionId: 's2' })).toEqual({
      ok: false,
      reason: 'OTHER_SESSION',
    });
    expect(verifyLink(token, 's', new Date(claims.expiresAt), { userId: 'u1', sessionId: 's1' })).toEqual({
      ok: false,
      reason: 'EXPIRED',
    });
    expect(verifyLink(token, 'other', now, { userId: 'u1', sessionId: 's1' })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    const forged = `${Buffer.from(JSON.stringify({ ...claims, reportId: 'X' })).toString('base64url')}.${token.split('.')[1]}`;
    expect(verifyLink(forged, 's', now, { userId: 'u1', sessionId: 's1' })).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(verifyLink('garbage', 's', now, { userId: 'u1', sessionId: 's1' })).toEqual({
      ok: false,
      reason: 'MALFORMED',
    });
    expect(verifyLink('a.b.c', 's', now, { userId: 'u1', sessionId: 's1' })).toEqual({
      ok: false,
      reason: 'MALFORMED',
    });
  });
  it('REP-5 an empty secret is a misconfiguration, not a link', () => {
    expect(() => signLink(claims, '')).toThrow(RangeError);
  });
});
