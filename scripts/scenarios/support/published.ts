import type { EventContract, EventEnvelope } from '@bc/contracts';
import type { PublishedEvent, RunningSystem } from '../../harness/system.ts';

/** One message as it is on its topic: what a redelivery publishes again. */
export interface PublishedMessage<P> extends PublishedEvent {
  envelope: EventEnvelope<P>;
}

/**
 * OPS-3: what was published of one contract, read from its topic (Kafka, or the in-process
 * transport's log) after the system settled, never from the outbox, whose rows are pruned once
 * published. A topic's partitions are read in no set order, so messages come in the order they
 * occurred (`occurredAt`); at the same instant they keep their topic order, which is theirs per key.
 */
export async function published<P>(
  system: RunningSystem,
  contract: EventContract<P>,
): Promise<PublishedMessage<P>[]> {
  return (await system.publishedEvents())
    .filter((m) => m.topic === contract.topic)
    .map((m) => ({ ...m, envelope: JSON.parse(m.value) as EventEnvelope<P> }))
    .sort((a, b) => a.envelope.occurredAt.localeCompare(b.envelope.occurredAt));
}

/** The payloads published of one contract, in the order they occurred. */
export async function publishedPayloads<P>(system: RunningSystem, contract: EventContract<P>): Promise<P[]> {
  return (await published(system, contract)).map((m) => m.envelope.payload);
}
