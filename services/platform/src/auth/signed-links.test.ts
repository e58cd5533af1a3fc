import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { RevocationList } from './revocations.ts';
import { signedLinkRoute, signLink, verifyLink } from './signed-links.ts';

const now = new Date('2026-03-02T09:00:00.000Z');
const claims = {
  userId: 'u1',
  sessionId: 's1',
  securityStamp: 3,
  expiresAt: now.getTime() + 300_000,
  reportId: 'AGREEMENTS',
};

describe('REP-5 INV-5 signed links', () => {
  it('REP-5 a link verifies before expiry and gives back its claims', () => {
    expect(verifyLink(signLink(claims, 's'), 's', now)).toEqual({ ok: true, claims });
  });

  it('REP-5 expiry at the exact millisecond, another secret, tampering and a missing stamp are refused', () => {
    const token = signLink(claims, 's');
    expect(verifyLink(token, 's', new Date(claims.expiresAt))).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(verifyLink(token, 'other', now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    const forged = `${Buffer.from(JSON.stringify({ ...claims, reportId: 'X' })).toString('base64url')}.${token.split('.')[1]}`;
    expect(verifyLink(forged, 's', now)).toEqual({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(verifyLink('garbage', 's', now)).toEqual({ ok: false, reason: 'MALFORMED' });
    expect(verifyLink('a.b.c', 's', now)).toEqual({ ok: false, reason: 'MALFORMED' });
    const { securityStamp: _, ...unstamped } = claims;
    expect(verifyLink(signLink(unstamped as typeof claims, 's'), 's', now)).toEqual({
      ok: false,
      reason: 'MALFORMED',
    });
  });

  it('REP-5 an empty secret is a misconfiguration, not a link', () => {
    expect(() => signLink(claims, '')).toThrow(RangeError);
  });
});

describe('WEB-6 ACC-4 ACC-5 the link route: no header, refused once its session or user is revoked', () => {
  const clock = new ManualClock(now.toISOString());
  const revocations = new RevocationList(clock);
  const route = signedLinkRoute<typeof claims>({
    what: 'export',
    clock,
    revocations,
    checkLink: (token, at) => verifyLink(token, 's', at),
    serve: (served, res) => void res.end(served.reportId),
  });
  /** Calls the route with a fake request and response; gives status and body. */
  async function follow(token: string, method = 'GET') {
    let status = 200;
    let body = '';
    const res = {
      setHeader() {},
      writeHead(code: number) {
        status = code;
        return res;
      },
      end(chunk?: string) {
        body = chunk ?? '';
      },
    };
    const url = new URL(`http://gateway/exports/file?token=${token}`);
    await route({ method, headers: {} } as never, res as never, url);
    return { status, body };
  }

  it('WEB-6 serves a good link to a plain GET; 405 for other methods, 400 forged, 410 expired', async () => {
    const token = signLink(claims, 's');
    expect(await follow(token)).toEqual({ status: 200, body: 'AGREEMENTS' });
    expect((await follow(token, 'POST')).status).toBe(405);
    expect((await follow(`${token}x`)).status).toBe(400);
    expect((await follow(signLink({ ...claims, expiresAt: now.getTime() }, 's'))).status).toBe(410);
  });

  it('ACC-4 ACC-5 401 once the session ended or the user’s stamp moved past the link’s', async () => {
    const until = new Date(now.getTime() + 660_000).toISOString();
    const other = signLink({ ...claims, sessionId: 's2' }, 's');
    revocations.apply({ userId: 'u1', sessionIds: ['s1'], securityStamp: null, until });
    expect((await follow(signLink(claims, 's'))).status).toBe(401);
    expect((await follow(other)).status).toBe(200);
    revocations.apply({ userId: 'u1', sessionIds: [], securityStamp: 4, until });
    expect((await follow(other)).status).toBe(401);
  });
});
