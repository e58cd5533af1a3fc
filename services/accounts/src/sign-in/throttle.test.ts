import { createLogger, type Database, openDatabase } from '@bc/platform';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  addressKey,
  clearAfterSuccess,
  countTry,
  returnTry,
  SignInThrottleSchema,
  throttleKeys,
} from './throttle.ts';

let orm: Database;
beforeEach(async () => {
  orm = await openDatabase({
    name: 'test',
    url: 'sqlite::memory:',
    entities: [SignInThrottleSchema],
    migrationsPath: '.',
    logger: createLogger('test', 'silent'),
  });
});
afterEach(async () => {
  await orm.close();
});

const T0 = Date.parse('2026-03-01T10:00:00.000Z');
const seq = async (key: string, times: number, now: number) => {
  const verdicts = [];
  for (let i = 0; i < times; i++) verdicts.push(await countTry(orm.em.fork(), key, ACCOUNT_LIMIT, now));
  return verdicts;
};

describe('ACC-4 API-2 sign-in throttle', () => {
  it('ACC-4 4 tries at once, then one a minute; refused tries count but do not push the wait out', async () => {
    const verdicts = await seq('k', 6, T0);
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, true, false, false]);
    expect(verdicts.map((v) => v.attempts)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(verdicts[4]!.retryAfterSeconds).toBe(60);
    expect((await countTry(orm.em.fork(), 'k', ACCOUNT_LIMIT, T0 + 59_500)).retryAfterSeconds).toBe(1);
    expect((await countTry(orm.em.fork(), 'k', ACCOUNT_LIMIT, T0 + 60_000)).allowed).toBe(true);
    expect((await countTry(orm.em.fork(), 'k', ACCOUNT_LIMIT, T0 + 61_000)).allowed).toBe(false);
    expect((await countTry(orm.em.fork(), 'k', ACCOUNT_LIMIT, T0 + 120_000)).allowed).toBe(true);
  });

  it('ACC-4 concurrent tries each count: 25 at once allow exactly 4', async () => {
    const verdicts = await Promise.all(
      Array.from({ length: 25 }, () => countTry(orm.em.fork(), 'k', ACCOUNT_LIMIT, T0)),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(4);
    expect(verdicts.map((v) => v.attempts).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it('ACC-4 a key is forgotten 15 minutes after its last try', async () => {
    await seq('k', 6, T0);
    expect((await countTry(orm.em.fork(), 'k', ACCOUNT_LIMIT, T0 + 14 * 60_000)).allowed).toBe(true);
    const later = T0 + 14 * 60_000 + 15 * 60_000 + 1;
    expect((await seq('k', 4, later)).map((v) => [v.allowed, v.attempts])).toEqual([
      [true, 1],
      [true, 2],
      [true, 3],
      [true, 4],
    ]);
  });

  it('ACC-4 a success clears the account key and gives the address its try back', async () => {
    const keys = throttleKeys('ann@contoso.example', '198.51.100.7', 'r1');
    for (let i = 0; i < 4; i++) await countTry(orm.em.fork(), keys.account, ACCOUNT_LIMIT, T0);
    for (let i = 0; i < 3; i++) await countTry(orm.em.fork(), keys.address, ADDRESS_LIMIT, T0);
    await clearAfterSuccess(orm.em.fork(), keys);
    const rows = await orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; attempts: number; next_at: unknown }[]>(
        'select id, attempts, next_at from sign_in_throttle order by id',
      );
    expect(
      rows.map((r: { id: string; attempts: number; next_at: unknown }) => [
        r.id,
        Number(r.attempts),
        r.next_at,
      ]),
    ).toEqual([
      ['account:ann@contoso.example|198.51.100.7', 0, null],
      ['address:198.51.100.7', 2, null],
    ]);
  });

  it('API-2 a try refused for load is given back: the 4th try that would start the wait does not', async () => {
    const keys = throttleKeys('ann@contoso.example', '198.51.100.7', 'r1');
    for (let i = 0; i < 4; i++) await countTry(orm.em.fork(), keys.account, ACCOUNT_LIMIT, T0);
    await returnTry(orm.em.fork(), keys);
    const verdict = await countTry(orm.em.fork(), keys.account, ACCOUNT_LIMIT, T0);
    expect([verdict.allowed, verdict.attempts]).toEqual([true, 4]);
  });

  it('API-2 keys: per request, per address (IPv6 by /64) and per account and address', () => {
    expect(throttleKeys('ann@contoso.example', '2001:db8:0:1:aaaa::7', 'r1')).toEqual({
      request: 'request:r1',
      address: 'address:2001:db8:0:1::/64',
      account: 'account:ann@contoso.example|2001:db8:0:1::/64',
    });
    expect(addressKey('2001:0db8:0000:0001:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey(undefined)).toBe('unknown');
    expect(throttleKeys('a@b.example', undefined, '').request).toBeNull();
  });
});
