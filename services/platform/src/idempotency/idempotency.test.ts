import { defineEntity, p } from '@mikro-orm/core';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.ts';
import { Outbox } from '../events/outbox.ts';
import { randomIds } from '../ids.ts';
import { createLogger } from '../logger.ts';
import { type Database, openDatabase } from '../orm/database.ts';
import { IDEMPOTENCY_TTL_MS, IdempotencyRecordSchema, idempotent, requestHash } from './idempotency.ts';

const ThingSchema = defineEntity({
  name: 'Thing',
  properties: { id: p.string().primary(), n: p.integer() },
});
class Thing extends ThingSchema.class {}
ThingSchema.setClass(Thing);

let orm: Database | null = null;
afterEach(async () => {
  await orm?.close();
  orm = null;
});

async function setup() {
  orm = await openDatabase({
    name: 'test',
    url: 'sqlite::memory:',
    entities: [ThingSchema, IdempotencyRecordSchema],
    migrationsPath: '.',
    logger: createLogger('test', 'silent'),
  });
  const clock = new ManualClock();
  const outbox = new Outbox('test', clock, randomIds);
  const em = orm.em.fork();
  let made = 0;
  const write = (key: string | null, request: unknown) =>
    idempotent<Thing>({
      em,
      tx: outbox.runner(orm!.em),
      clock,
      organizationId: 'org-1',
      operation: 'make',
      key,
      request,
      run: async ({ em }) => {
        made += 1;
        const thing = Object.assign(new Thing(), { id: crypto.randomUUID(), n: made });
        em.persist(thing);
        return thing;
      },
      idOf: (t) => t.id,
      load: (tx, id) => tx.findOne(Thing, { id }),
    });
  // Concurrent retries need two connections: `orders.scenario.test.ts` races them on PostgreSQL.
  return { clock, write, count: () => orm!.em.fork().count(Thing) };
}

describe('API-5 idempotency keys', () => {
  it('API-5 the request hash ignores field order and absent fields', () => {
    expect(requestHash({ a: 1, b: { c: [1, 2], d: undefined } })).toBe(
      requestHash({ b: { c: [1, 2] }, a: 1 }),
    );
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
  });

  it('API-5 the request hash tells instants apart (a DateTime argument arrives as a Date)', () => {
    const at = (iso: string) => ({ signer: { name: 'P', signedAt: new Date(iso) } });
    expect(requestHash(at('2026-03-01T09:30:00Z'))).not.toBe(requestHash(at('2026-03-01T09:31:00Z')));
    expect(requestHash(at('2026-03-01T09:30:00Z'))).toBe(requestHash(at('2026-03-01T10:30:00+01:00')));
  });

  it('API-5 a retry answers the first result; another request with the key is a CONFLICT; no key runs every time', async () => {
    const { write, count } = await setup();
    const first = await write('k1', { n: 1 });
    expect((await write('k1', { n: 1 })).id).toBe(first.id);
    await expect(write('k1', { n: 2 })).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', field: 'idempotencyKey' },
    });
    await expect(write('bad key', { n: 1 })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await write(null, { n: 1 });
    await write(null, { n: 1 });
    expect(await count()).toBe(3);
  });

  it('API-5 a key is kept 24 hours, then it may be used afresh', async () => {
    const { write, clock } = await setup();
    const first = await write('k3', { n: 1 });
    clock.advance(IDEMPOTENCY_TTL_MS - 1);
    expect((await write('k3', { n: 1 })).id).toBe(first.id);
    clock.advance(1);
    expect((await write('k3', { n: 2 })).id).not.toBe(first.id);
  });
});
