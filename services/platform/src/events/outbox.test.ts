import { defineEvent } from '@bc/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ManualClock } from '../clock.ts';
import { randomIds } from '../ids.ts';
import { createLogger } from '../logger.ts';
import { type Database, openDatabase } from '../orm/database.ts';
import { EventConsumer } from './consumer.ts';
import { OutboxMessage, ProcessedEvent } from './entities.ts';
import { InProcessTransport } from './in-process.ts';
import { Outbox, OutboxRelay, withinBytes } from './outbox.ts';
import { type EventTransport, partitionLag, type Subscription } from './transport.ts';

/** The test contract: thing `n`'s events are keyed by it; platform-level (no tenant). */
const pinged = defineEvent('test.thing.pinged', 1, z.object({ n: z.number() }), {
  key: (p) => `thing-${p.n}`,
  tenant: () => null,
});
/** A tenant's event: key and tenant from the payload. */
const tagged = defineEvent('test.thing.tagged', 1, z.object({ thingId: z.string(), orgId: z.string() }), {
  key: (p) => p.thingId,
  tenant: (p) => p.orgId,
});
const logger = createLogger('test', 'silent');

/** A valid `pinged` event as the transport carries it. */
const pingedMessage = (n: number, id: string = crypto.randomUUID()) => ({
  topic: pinged.topic,
  key: 'k',
  value: JSON.stringify({
    id,
    type: pinged.type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'test',
    tenant: null,
    key: 'k',
    payload: { n },
  }),
});
let orm: Database | null = null;

async function setup() {
  orm = await openDatabase({
    name: 'test',
    url: 'sqlite::memory:',
    entities: [],
    migrationsPath: '.',
    logger,
  });
  const clock = new ManualClock();
  const transport = new InProcessTransport();
  const outbox = new Outbox('test', clock, randomIds);
  const relay = new OutboxRelay(orm.em, transport, clock, logger);
  outbox.attach(relay);
  return { orm, clock, transport, outbox, relay };
}

afterEach(async () => {
  await orm?.close();
  orm = null;
});

describe('outbox, relay and inbox', () => {
  it('EVT-1 an event recorded in a rolled-back transaction is never published', async () => {
    const { orm, transport, outbox, relay } = await setup();
    const received: string[] = [];
    await transport.subscribe({
      groupId: 'g',
      topics: [pinged.topic],
      handle: async (m) => void received.push(m.key),
    });
    await expect(
      outbox.tx(orm.em.fork(), async ({ emit }) => {
        emit(pinged, { n: 1 });
        throw new Error('change refused');
      }),
    ).rejects.toThrow('change refused');
    await outbox.tx(orm.em.fork(), async ({ emit }) => {
      emit(pinged, { n: 2 });
    });
    await relay.drain();
    await transport.settled();
    expect(received).toEqual(['thing-2']);
    expect(await orm.em.fork().count(OutboxMessage, { publishedAt: null })).toBe(0);
  });

  it('EVT-1 a payload that breaks its contract cannot be recorded', async () => {
    const { orm, outbox } = await setup();
    await expect(
      outbox.tx(orm.em.fork(), async ({ emit }) => {
        emit(pinged, { n: 'one' } as never);
      }),
    ).rejects.toThrow();
    expect(await orm.em.fork().count(OutboxMessage, {})).toBe(0);
  });

  it('EVT-1 emit takes key and tenant from the contract, and the relay publishes after commit unasked', async () => {
    const { orm, transport, outbox, relay } = await setup();
    const received: { key: string; tenant: string | null; payload: unknown }[] = [];
    await transport.subscribe({
      groupId: 'g',
      topics: [tagged.topic],
      handle: async (m) => void received.push(JSON.parse(m.value)),
    });
    relay.start();
    try {
      const envelope = await outbox.tx(orm.em.fork(), async ({ emit }) =>
        emit(tagged, { thingId: 'thing-7', orgId: 'org-1' }),
      );
      expect(envelope).toMatchObject({ key: 'thing-7', tenant: 'org-1', producer: 'test' });
      // No drain: the commit woke the relay (its poll is 500 ms away).
      await expect.poll(() => received.length, { timeout: 400, interval: 10 }).toBe(1);
      expect(received[0]).toMatchObject({
        key: 'thing-7',
        tenant: 'org-1',
        payload: { thingId: 'thing-7', orgId: 'org-1' },
      });
    } finally {
      await relay.stop();
    }
  });

  it('EVT-2 a redelivered event is handled once', async () => {
    const { orm, clock, transport, outbox, relay } = await setup();
    let handled = 0;
    const consumer = new EventConsumer({ name: 'c', em: orm.em, transport, clock, logger }).on(
      pinged,
      async () => {
        handled += 1;
      },
    );
    await consumer.start();
    await outbox.tx(orm.em.fork(), async ({ emit }) => {
      emit(pinged, { n: 1 });
    });
    await relay.drain();
    await transport.settled();
    const [message] = await orm.em.fork().find(OutboxMessage, {});
    await transport.publish([{ topic: message!.topic, key: message!.key, value: message!.envelope }]);
    await transport.settled();
    expect(handled).toBe(1);
    expect(await orm.em.fork().count(ProcessedEvent, { consumer: 'c' })).toBe(1);
  });

  it('NOT-5 an invalid event goes to the dead-letter topic without blocking the next one', async () => {
    const { orm, clock, transport } = await setup();
    const dead: string[] = [];
    await transport.subscribe({
      groupId: 'dlq',
      topics: ['platform.event.dead-lettered.v1'],
      handle: async (m) => void dead.push(JSON.parse(m.value).payload.reason),
    });
    let handled = 0;
    await new EventConsumer({ name: 'c', em: orm.em, transport, clock, logger })
      .on(pinged, async () => {
        handled += 1;
      })
      .start();
    await transport.publish([
      { topic: pinged.topic, key: 'k', value: '{"not":"an envelope"}' },
      pingedMessage(3),
    ]);
    await transport.settled();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatch(/invalid event/);
    expect(handled).toBe(1);
  });

  it('EVT-2 a batch handler gets a fetched batch in order, without the events handled before', async () => {
    const { orm, clock } = await setup();
    // A transport that hands the consumer whole batches, as Kafka's eachBatch does.
    let subscription: Subscription | null = null;
    const transport: EventTransport = {
      kind: 'in-process',
      start: async () => {},
      publish: async () => {},
      subscribe: async (sub) => {
        subscription = sub;
        return async () => {};
      },
      isReady: async () => true,
      stop: async () => {},
    };
    const seen: number[][] = [];
    await new EventConsumer({ name: 'c', em: orm.em, transport, clock, logger })
      .onBatch(pinged, async (events) => void seen.push(events.map((e) => e.payload.n)))
      .start();
    const message = pingedMessage;
    const first = [message(1), message(2), message(3)];
    await subscription!.handleBatch!(first);
    // Redelivered after a crash: 2 and 3 again, then 4, and 4 twice within the batch.
    const four = crypto.randomUUID();
    await subscription!.handleBatch!([first[1]!, first[2]!, message(4, four), message(4, four)]);
    expect(seen).toEqual([[1, 2, 3], [4]]);
    expect(await orm.em.fork().count(ProcessedEvent, { consumer: 'c' })).toBe(4);
  });

  it('OPS-4 the consumer reports its lag per partition as the transport gives it, on /metrics as events_consumer_lag', async () => {
    const { orm, clock } = await setup();
    let subscription: Subscription | null = null;
    const transport: EventTransport = {
      kind: 'kafka',
      start: async () => {},
      publish: async () => {},
      subscribe: async (sub) => {
        subscription = sub;
        return async () => {};
      },
      isReady: async () => true,
      stop: async () => {},
    };
    const consumer = new EventConsumer({ name: 'c', em: orm.em, transport, clock, logger }).on(
      pinged,
      async () => {},
    );
    await consumer.start();
    // Offsets as kafkajs gives them: strings; the high watermark is the offset the next write gets.
    subscription!.onLag!(pinged.topic, 0, partitionLag('120', '19'));
    subscription!.onLag!(pinged.topic, 2, partitionLag('7', '6'));
    const values = (await consumer.lag.get()).values.map((v) => [v.labels.partition, v.value]);
    expect(values).toEqual([
      ['0', 100],
      ['2', 0],
    ]);
    expect(partitionLag('5', '9')).toBe(0);
  });

  it('EVT-1 the relay publishes at most a size limit of envelopes at once, and always at least one', () => {
    const rows = ['a'.repeat(400), 'b'.repeat(400), 'c'.repeat(400)].map((envelope) => ({ envelope }));
    expect(withinBytes(rows, 1000)).toHaveLength(2);
    expect(withinBytes(rows, 1200)).toHaveLength(3);
    expect(withinBytes(rows, 100)).toHaveLength(1);
    expect(withinBytes([], 100)).toHaveLength(0);
  });

  it('EVT-2 the in-process transport keeps the last messages for late subscribers, not all of them', async () => {
    const transport = new InProcessTransport(10);
    for (let n = 0; n < 30; n++) await transport.publish([{ topic: 't', key: 'k', value: String(n) }]);
    const late: string[] = [];
    await transport.subscribe({
      groupId: 'late',
      topics: ['t'],
      handle: async (m) => void late.push(m.value),
    });
    await transport.settled();
    expect(late.length).toBeGreaterThanOrEqual(10);
    expect(late.length).toBeLessThanOrEqual(11);
    expect(late.at(-1)).toBe('29');
  });
});
