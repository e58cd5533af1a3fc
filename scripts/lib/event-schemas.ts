import { readdirSync, readFileSync } from 'node:fs';
import { allEvents, type EventContract, eventEnvelopeSchema } from '@bc/contracts';
import { stringify } from 'yaml';
import { z } from 'zod';
import { root } from './supergraph.ts';

/**
 * API-4: the published event contracts, generated from the zod contracts (`pnpm generate`, checked
 * fresh by `pnpm test:static`): one JSON Schema (draft-07) per event payload, the envelope's, and one
 * AsyncAPI 3.0 document (channels = topics, messages = envelope + payload, Kafka key).
 */
export const EVENTS_GENERATED_DIR = 'schema/events/generated';
/** The last published payload schemas: the baseline the compatibility check compares against. */
export const EVENTS_PUBLISHED_DIR = 'schema/published/events';

const GENERATED_NOTE = 'Generated from services/contracts by `pnpm generate`; do not edit.';

/** What may change within a version: the promise written into the AsyncAPI document and the README. */
export const COMPATIBILITY_PROMISE = [
  'Each topic is `<type>.v<version>` and carries one event type at one version. Within a version',
  'the payload only changes compatibly: a new field may be added, always optional (consumers treat',
  'its absence as "not known"); nothing is removed, renamed, retyped, narrowed or widened, no field',
  'becomes required or optional, and no enum value is added or removed. Consumers must ignore fields',
  'they do not know. Any other change is a new version on a new topic, published beside the old one.',
  'CI enforces this against the last published schemas (`schema/published/events`).',
].join(' ');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A payload's JSON Schema as consumers validate it (zod's input side: no closed objects). */
export function payloadSchema(contract: EventContract<unknown>): JsonObject {
  const schema = z.toJSONSchema(contract.payload as z.ZodType, {
    io: 'input',
    target: 'draft-7',
  }) as JsonObject;
  return {
    $schema: schema.$schema ?? 'http://json-schema.org/draft-07/schema#',
    $id: `${contract.topic}.schema.json`,
    title: `${contract.type} v${contract.version}`,
    $comment: GENERATED_NOTE,
    ...withoutKey(schema, '$schema'),
  };
}

export function envelopeSchema(): JsonObject {
  const schema = z.toJSONSchema(eventEnvelopeSchema, { io: 'input', target: 'draft-7' }) as JsonObject;
  return {
    $schema: schema.$schema ?? 'http://json-schema.org/draft-07/schema#',
    $id: 'envelope.schema.json',
    title: 'Event envelope',
    $comment: GENERATED_NOTE,
    ...withoutKey(schema, '$schema'),
  };
}

function withoutKey(object: JsonObject, key: string): JsonObject {
  const { [key]: _, ...rest } = object;
  return rest;
}

/** The doc comment above each `defineEvent('<type>', …)` in the contracts' sources, by type. */
function contractComments(): Map<string, string> {
  const dir = `${root}services/contracts/src`;
  const comments = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(`${dir}/${file}`, 'utf8');
    const comment = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export const \w+ = defineEvent\(\s*'([^']+)'/g;
    for (const match of source.matchAll(comment)) {
      // Written for outside consumers: without the product's requirement IDs.
      const text = match[1]!
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter(Boolean)
        .join(' ')
        .replace(/^(?:[A-Z]{2,4}-\d+(?:\/(?:[A-Z]{2,4}-)?\d+)*(?:,\s*|\s+and\s+)?)+:\s*/, '')
        .replace(/\s*\((?:[A-Z]{2,4}-\d+[^)]*)\)/g, '');
      comments.set(match[2]!, text.charAt(0).toUpperCase() + text.slice(1));
    }
  }
  return comments;
}

/** How the key is derived, from the contract's own function (`payload.organizationId`). */
function keyDerivation(contract: EventContract<unknown>): string {
  return contract.keyOf
    .toString()
    .replace(/^\(?\w*\)?\s*=>\s*/, '')
    .replace(/\bp\./g, 'payload.');
}

/** The AsyncAPI 3.0 document: every topic a channel, each message the envelope around its payload. */
export function asyncApiDocument(): JsonObject {
  const comments = contractComments();
  const bare = (schema: JsonObject) =>
    withoutKey(withoutKey(withoutKey(schema, '$schema'), '$id'), '$comment');
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};
  const schemas: JsonObject = { envelope: bare(envelopeSchema()) };
  for (const contract of allEvents as EventContract<unknown>[]) {
    const id = contract.topic;
    const about = comments.get(contract.type);
    schemas[id] = bare(payloadSchema(contract));
    messages[id] = {
      name: contract.type,
      title: `${contract.type} v${contract.version}`,
      ...(about ? { summary: about } : {}),
      contentType: 'application/json',
      payload: {
        allOf: [
          { $ref: '#/components/schemas/envelope' },
          {
            type: 'object',
            properties: {
              type: { const: contract.type },
              version: { const: contract.version },
              producer: { const: contract.producer },
              payload: { $ref: `#/components/schemas/${id}` },
            },
          },
        ],
      },
      bindings: {
        kafka: {
          key: {
            type: 'string',
            description: `The aggregate id, equal to the envelope's \`key\`: ${keyDerivation(contract)}. One key's events stay in order.`,
          },
          bindingVersion: '0.5.0',
        },
      },
    };
    channels[id] = {
      address: id,
      title: `${contract.type} v${contract.version}`,
      ...(about ? { description: about } : {}),
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
      bindings: {
        kafka: {
          topic: id,
          // -1: kept forever (reporting rebuilds its read models from the start of the topics).
          topicConfiguration: { 'retention.ms': contract.retentionMs, 'cleanup.policy': ['delete'] },
          bindingVersion: '0.5.0',
        },
      },
    };
    operations[`publish.${id}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${id}` },
      summary: `${contract.producer} publishes ${contract.type} v${contract.version}`,
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Business Center events',
      version: '1.0.0',
      description: [
        'The domain events the Business Center services publish, for consumers in any language.',
        'Every event travels in one JSON envelope (`id`, `type`, `version`, `occurredAt`, `producer`,',
        '`tenant`: the organization or null, `key`: the aggregate id and the Kafka message key,',
        "`payload`). Topics may carry a deployment's prefix.",
        `\n\nCompatibility: ${COMPATIBILITY_PROMISE}`,
      ]
        .join(' ')
        .replace(' \n', '\n'),
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { schemas, messages },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file (path relative to the repository root → content). */
export function eventContractFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`${EVENTS_GENERATED_DIR}/envelope.schema.json`, json(envelopeSchema()));
  for (const contract of allEvents as EventContract<unknown>[])
    files.set(
      `${EVENTS_GENERATED_DIR}/payloads/${contract.topic}.schema.json`,
      json(payloadSchema(contract)),
    );
  files.set(
    `${EVENTS_GENERATED_DIR}/asyncapi.yaml`,
    `# ${GENERATED_NOTE}\n${stringify(asyncApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false })}`,
  );
  return files;
}
