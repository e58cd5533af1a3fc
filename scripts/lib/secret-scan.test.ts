import { describe, expect, it } from 'vitest';
import { secretsIn } from './secret-scan.ts';

describe('secret scan of event envelopes', () => {
  it('OPS-3 finds credentials by name and by shape, anywhere in the envelope', () => {
    const envelope = {
      id: 'e1',
      payload: {
        temporaryPassword: 'Tmp-abc-7q',
        link: 'https://portal.example/register?token=abcdefgh12345678',
        nested: [{ refreshToken: 'r' }, { note: 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJlMTIz' }],
        webhook: { signing: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' },
        header: 'Bearer abcdefghijklmnopqrstuvwx',
      },
    };
    expect(secretsIn(envelope).map((f) => f.path)).toEqual([
      'payload.temporaryPassword',
      'payload.link',
      'payload.nested[0].refreshToken',
      'payload.nested[1].note',
      'payload.webhook.signing',
      'payload.header',
    ]);
  });

  it('OPS-3 ids of, pages for and counts of credentials are not credentials', () => {
    expect(
      secretsIn({
        payload: {
          passwordSetupId: 's1',
          setPasswordPage: 'https://portal.example/set-password',
          linkPage: 'https://portal.example/register',
          tokenCount: 3,
          secretRotatedAt: '2026-03-01T00:00:00.000Z',
          reason: 'PASSWORD_RESET',
          password: '',
        },
      }),
    ).toEqual([]);
  });
});
