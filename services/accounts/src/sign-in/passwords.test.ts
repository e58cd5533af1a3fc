import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

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
