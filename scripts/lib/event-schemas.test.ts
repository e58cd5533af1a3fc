import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { allEvents } from '@bc/contracts';
import { contractExamples } from '@bc/contracts/examples';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { EVENTS_GENERATED_DIR } from './event-schemas.ts';
import { root } from './supergraph.ts';

/** API-4: the committed (generated) contracts, read as an outside consumer would read them. */
const read = (path: string) => readFileSync(`${root}${EVENTS_GENERATED_DIR}/${path}`, 'utf8');
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats.default(ajv);
const validateEnvelope = ajv.compile(JSON.parse(read('envelope.schema.json')));

describe('API-4 published event contracts', () => {
  it('API-4 the AsyncAPI 3.0 document parses with no error, one channel and message per topic', async () => {
    const { document, diagnostics } = await new Parser().parse(read('asyncapi.yaml'));
    // Severity 0 is an error; warnings and hints are allowed.
    expect(
      diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('.')}: ${d.message}`),
    ).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    expect(
      document
        ?.channels()
        .all()
        .map((c) => c.address())
        .sort(),
    ).toEqual(allEvents.map((e) => e.topic).sort());
    for (const channel of document?.channels().all() ?? []) {
      const [message] = channel.messages().all();
      expect(message?.bindings().get('kafka')?.value().key, channel.id()).toBeDefined();
    }
    expect(document?.info().description()).toContain('Within a version');
    // The parser runs Spectral's rule set over the whole document: seconds on a busy machine.
  }, 60_000);

  it.each(contractExamples.map((e, i) => [`${e.contract.topic} #${i}`, e] as const))(
    'API-4 %s: the producer example is a valid envelope and payload by the JSON Schemas',
    (_name, example) => {
      const { contract } = example;
      const payload = contract.payload.parse(example.payload);
      const envelope = {
        id: randomUUID(),
        type: contract.type,
        version: contract.version,
        occurredAt: '2025-01-01T00:00:00.000Z',
        producer: contract.producer,
        tenant: contract.tenantOf(payload),
        key: contract.keyOf(payload),
        payload,
      };
      expect(validateEnvelope(envelope), ajv.errorsText(validateEnvelope.errors)).toBe(true);
      const schema = JSON.parse(read(`payloads/${contract.topic}.schema.json`));
      const validatePayload = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      expect(validatePayload(envelope.payload), ajv.errorsText(validatePayload.errors)).toBe(true);
      // A payload the zod contract refuses is refused by its JSON Schema too (the schemas are not empty).
      expect(validatePayload({}), `${contract.topic} accepts {}`).toBe(false);
    },
  );
});
