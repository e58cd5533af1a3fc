import { defineEvent } from '@bc/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ManualClock } from '../clock.ts';
import { createLogger } from '../logger.ts';
import { type Database, openDatabase } from '../orm/database.ts';
import { EventConsumer } from './consumer.ts';
import { InProcessTransport } from './in-process.ts';
import type { TransportMessage } from './transport.ts';

const pinged = defineEvent('test.thing.pinged', 1, z.object({ n: z.number() }), {
  key: (p) => String(p.n),
  tenant: () => null,
});
const ponged = defineEvent('test.thing.ponged', 1, z.object({ n: z.number() }), {
  key: (p) => String(p.n),
  tenant: () => null,
});
const logger = createLogger('test', 'silent');

const envelope = (topic: string, type: string, key: string, n: number) => ({
  topic,
  key,
  value: JSON.stringify({
    id: crypto.randomUUID(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'test',
    tenant: null,
    key,
    payload: { n },
  }),
});
const ping = (key: string, n: number) => envelope(pinged.topic, pinged.type, key, n);

let orm: Database | null = null;
afterEach(async () => {
  await orm?.close();
  orm = null;
});

/** A gate the test opens: the handler waits on it so that messages pile up meanwhile. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('in-process transport: one delivery path with Kafka', () => {
  it('EVT-2 waiting messages go to handleBatch together, in publish order, and settled() waits for all', async () => {
    const transport = new InProcessTransport();
    const batches: string[][] = [];
    const first = gate();
    await transport.subscribe({
      groupId: 'g',
      topics: ['t'],
      handle: async () => {
        throw new Error('handle must not be used when handleBatch is given');
      },
      handleBatch: async (messages) => {
        batches.push(messages.map((m) => m.value));
        if (batches.length === 1) await first.opened;
      },
    });
    await transport.publish([{ topic: 't', key: 'a', value: '1' }]);
    // Published while the first batch is being handled: they must still be delivered, together.
    await transport.publish([
      { topic: 't', key: 'a', value: '2' },
      { topic: 't', key: 'b', value: '3' },
    ]);
    await transport.publish([{ topic: 't', key: 'a', value: '4' }]);
    const settled = transport.settled();
    first.open();
    await settled;
    expect(batches).toEqual([['1'], ['2', '3', '4']]);
  });

  it('EVT-2 a rejected batch is delivered again from its first message; messages keep their order per key', async () => {
    const transport = new InProcessTransport();
    const seen: TransportMessage[] = [];
    let failures = 1;
    await transport.subscribe({
      groupId: 'g',
      topics: ['t', 'u'],
      handle: async () => {},
      handleBatch: async (messages) => {
        if (failures-- > 0) throw new Error('try again');
        seen.push(...messages);
      },
    });
    const published = [
      { topic: 't', key: 'a', value: 'a1' },
      { topic: 'u', key: 'b', value: 'b1' },
      { topic: 't', key: 'a', value: 'a2' },
      { topic: 'u', key: 'a', value: 'a3' },
      { topic: 't', key: 'b', value: 'b2' },
    ];
    await transport.publish(published);
    await transport.settled();
    expect(seen.map((m) => m.value)).toEqual(published.map((m) => m.value));
    for (const key of ['a', 'b'])
      expect(seen.filter((m) => m.key === key).map((m) => m.value)).toEqual(
        published.filter((m) => m.key === key).map((m) => m.value),
      );
  });

  it('EVT-2 batches hold at most MAX_BATCH messages; a subscriber without handleBatch gets them one by one', async () => {
    const transport = new InProcessTransport();
    for (let n = 0; n < 1200; n++)
      await transport.publish([{ topic: 't', key: `k${n % 7}`, value: String(n) }]);
    const sizes: number[] = [];
    const values: string[] = [];
    await transport.subscribe({
      groupId: 'batched',
      topics: ['t'],
      handle: async () => {},
      handleBatch: async (messages) => {
        sizes.push(messages.length);
        values.push(...messages.map((m) => m.value));
      },
    });
    const single: string[] = [];
    await transport.subscribe({
      groupId: 'single',
      topics: ['t'],
      handle: async (m) => void single.push(m.value),
    });
    await transport.settled();
    expect(sizes).toEqual([500, 500, 200]);
    const all = Array.from({ length: 1200 }, (_, n) => String(n));
    expect(values).toEqual(all);
    expect(single).toEqual(all);
  });

  it('EVT-2 a consumer on the in-process transport applies several waiting events as one batch', async () => {
    orm = await openDatabase({
      name: 'test',
      url: 'sqlite::memory:',
      entities: [],
      migrationsPath: '.',
      logger,
    });
    const transport = new InProcessTransport();
    // Published before the consumer joins, as during a read-model rebuild: all of them are waiting.
    await transport.publish([ping('a', 1), ping('b', 2), ping('a', 3)]);
    const batches: number[][] = [];
    await new EventConsumer({ name: 'reporting', em: orm.em, transport, clock: new ManualClock(), logger })
      .onBatch(pinged, async (events) => void batches.push(events.map((e) => e.payload.n)))
      .start();
    await transport.settled();
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('a second handler for a topic in one consumer group fails naming the topic and the group', () => {
    const consumer = new EventConsumer({
      name: 'reporting',
      em: {} as never,
      transport: new InProcessTransport(),
      clock: new ManualClock(),
      logger,
    }).on(pinged, async () => {});
    const message = `consumer group "reporting" already has a handler for topic "${pinged.topic}"`;
    expect(() => consumer.on(pinged, async () => {})).toThrow(message);
    expect(() => consumer.onBatch(pinged, async () => {})).toThrow(message);
    // Another topic is fine.
    expect(() => consumer.onBatch(ponged, async () => {})).not.toThrow();
  });
});
