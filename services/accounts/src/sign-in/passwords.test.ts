import { describe, expect, it } from 'vitest';
import { admitPasswordCheck, hashPassword, PASSWORD_CHECK_QUEUE, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('hashes and verifies a burst beyond the concurrent-derivation limit (every waiter gets its turn)', async () => {
    const passwords = Array.from({ length: 6 }, (_, i) => `Burst-Passw0rd-${i}`);
    const hashes = await Promise.all(passwords.map(hashPassword));
    const checks = await Promise.all([
      ...passwords.map((p, i) => verifyPassword(p, hashes[i]!)),
      verifyPassword('Wrong-Passw0rd', hashes[0]!),
    ]);
    expect(checks).toEqual([true, true, true, true, true, true, false]);
  });
});

describe('API-2 bounded sign-in hashing queue', () => {
  it('API-2 admits 2 running + 8 waiting checks; the next is refused with TOO_MANY_REQUESTS and Retry-After 1 until one is released', () => {
    const held = Array.from({ length: 2 + PASSWORD_CHECK_QUEUE }, () => admitPasswordCheck());
    let refusal: unknown;
    try {
      admitPasswordCheck();
    } catch (error) {
      refusal = error;
    }
    expect((refusal as { extensions?: unknown }).extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      reason: 'SIGN_IN_BUSY',
      retryAfterSeconds: 1,
    });
    held[0]!.release();
    held[0]!.release(); // idempotent: gives back one place, not two
    const next = admitPasswordCheck();
    expect(() => admitPasswordCheck()).toThrow(/Too many sign-ins/);
    for (const check of [...held, next]) check.release();
  });
});
