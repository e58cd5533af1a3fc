import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DOWNLOAD_LINK_TTL_SECONDS,
  type DownloadGrant,
  signDownloadToken,
  verifyDownloadToken,
} from './download-links.ts';

const secret = 'test-download-secret';
const now = new Date('2026-03-15T12:00:00.000Z');
const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_TTL_SECONDS * 1000);

const grant: DownloadGrant = {
  userId: 'user-1',
  sessionId: 'session-1',
  securityStamp: 0,
  organizationId: 'org-1',
  sku: 'OFFICE-PRO-2024',
  language: 'de-DE',
  os: 'WINDOWS_X64',
  fileName: 'Office Professional 2024 (Deutsch).iso',
  expiresAt,
};

/** Swaps in another payload but keeps the original signature, as a tamperer would. */
function withPayload(token: string, payload: unknown): string {
  const signature = token.split('.')[1];
  return `${Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url')}.${signature}`;
}

function payloadOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
}

describe('INV-5 signed download links', () => {
  it('INV-5 a signed link verifies before expiry and returns the grant', () => {
    const token = signDownloadToken(grant, secret);
    expect(verifyDownloadToken(token, secret, now)).toEqual({
      ok: true,
      claims: { ...grant, expiresAt: grant.expiresAt.getTime() },
    });
  });

  it('INV-5 a link whose payload was changed (another SKU) is refused as BAD_SIGNATURE', () => {
    const token = signDownloadToken(grant, secret);
    const tampered = withPayload(token, { ...payloadOf(token), sku: 'WINDOWS-SERVER-2025-DC' });
    expect(verifyDownloadToken(tampered, secret, now)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it('INV-5 a link signed with another secret is refused as BAD_SIGNATURE', () => {
    const token = signDownloadToken(grant, 'another-secret');
    expect(verifyDownloadToken(token, secret, now)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it('INV-5 a link with a truncated signature is refused as BAD_SIGNATURE', () => {
    const token = signDownloadToken(grant, secret);
    expect(verifyDownloadToken(token.slice(0, -1), secret, now)).toEqual({
      ok: false,
      reason: 'BAD_SIGNATURE',
    });
  });

  it('INV-5 a link is refused as EXPIRED at exactly expiresAt, and works one millisecond before', () => {
    const token = signDownloadToken(grant, secret);
    const justBefore = new Date(expiresAt.getTime() - 1);
    expect(verifyDownloadToken(token, secret, justBefore).ok).toBe(true);
    expect(verifyDownloadToken(token, secret, expiresAt)).toEqual({ ok: false, reason: 'EXPIRED' });
    expect(verifyDownloadToken(token, secret, new Date(expiresAt.getTime() + 1))).toEqual({
      ok: false,
      reason: 'EXPIRED',
    });
  });

  it.each([
    ['empty', ''],
    ['no dot', 'garbage'],
    ['three segments', 'a.b.c'],
    ['empty payload', '.abc'],
    ['empty signature', 'abc.'],
    ['characters outside base64url', 'ab+c.de/f'],
    ['padding', 'abc=.def='],
  ])('INV-5 a garbage token (%s) is refused as MALFORMED', (_title, token) => {
    expect(verifyDownloadToken(token, secret, now)).toEqual({
      ok: false,
      reason: 'MALFORMED',
    });
  });

  it('INV-5 a correctly signed payload of the wrong shape is refused as MALFORMED', () => {
    const encoded = Buffer.from(JSON.stringify({ userId: 'user-1' }), 'utf8').toString('base64url');
    const signature = createHmac('sha256', secret).update(encoded).digest('base64url');
    expect(verifyDownloadToken(`${encoded}.${signature}`, secret, now)).toEqual({
      ok: false,
      reason: 'MALFORMED',
    });
  });

  it('INV-5 the token is URL-safe: no "/", "+" or "=" characters', () => {
    // Non-ASCII and slash-heavy values make '/', '+' and padding likely in plain base64.
    for (let i = 0; i < 50; i++) {
      const token = signDownloadToken({ ...grant, fileName: `ü/ß?~>${'x'.repeat(i)}.iso` }, secret);
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(token).not.toMatch(/[/+=]/);
    }
  });

  it('INV-5 signing refuses an empty secret and an invalid expiry', () => {
    expect(() => signDownloadToken(grant, '')).toThrow(RangeError);
    expect(() => signDownloadToken({ ...grant, expiresAt: new Date(Number.NaN) }, secret)).toThrow(
      RangeError,
    );
  });
});
