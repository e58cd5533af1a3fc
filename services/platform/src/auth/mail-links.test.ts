import { describe, expect, it } from 'vitest';
import { mailLinkSecret, mailLinkToken } from './mail-links.ts';

describe('mail links', () => {
  const secret = 's'.repeat(32);

  it('OPS-3 a token is fixed by key, purpose and id, and differs when any of them does', () => {
    const token = mailLinkToken(secret, 'set-password', 'a1');
    expect(token).toBe(mailLinkToken(secret, 'set-password', 'a1'));
    expect(token.startsWith('a1.')).toBe(true);
    expect(mailLinkToken(secret, 'invitation', 'a1')).not.toBe(token);
    expect(mailLinkToken(secret, 'set-password', 'a2').split('.')[1]).not.toBe(token.split('.')[1]);
    expect(mailLinkToken('t'.repeat(32), 'set-password', 'a1')).not.toBe(token);
    expect(() => mailLinkToken('', 'invitation', 'a1')).toThrow(RangeError);
  });

  it('OPS-3 the key is the configured one, else derived from the subgraph secret (never the secret itself)', () => {
    expect(mailLinkSecret({ BC_MAIL_LINK_SECRET: secret, BC_SUBGRAPH_SECRET: 'x'.repeat(32) })).toBe(secret);
    const derived = mailLinkSecret({ BC_SUBGRAPH_SECRET: 'x'.repeat(32) });
    expect(derived).not.toBe('x'.repeat(32));
    expect(derived).toBe(
      mailLinkSecret({ BC_MAIL_LINK_SECRET: undefined, BC_SUBGRAPH_SECRET: 'x'.repeat(32) }),
    );
  });
});
