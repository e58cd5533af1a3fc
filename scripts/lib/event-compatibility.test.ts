import { describe, expect, it } from 'vitest';
import { breakingChanges, type JsonSchema } from './event-compatibility.ts';

const base = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  description: 'an order',
  properties: {
    orderId: { type: 'string', minLength: 1 },
    status: { type: 'string', enum: ['OPEN', 'CLOSED'] },
    note: { type: 'string' },
    partnerId: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    lines: {
      type: 'array',
      items: { type: 'object', properties: { sku: { type: 'string' } }, required: ['sku'] },
    },
  },
  required: ['orderId', 'status', 'partnerId', 'lines'],
} satisfies JsonSchema;

/** The base schema with one change applied to a copy. */
function changed(edit: (schema: typeof base) => void): JsonSchema {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

describe('API-4 an event schema that keeps its version changes only compatibly', () => {
  it('API-4 the same schema has no breaking change', () => {
    expect(breakingChanges(base, structuredClone(base))).toEqual([]);
  });

  it('API-4 adding optional fields, at the top or nested, is compatible', () => {
    const after = changed((s) => {
      (s.properties as Record<string, unknown>).cancelledAt = { type: 'string', format: 'date-time' };
      (s.properties.lines.items.properties as Record<string, unknown>).quantity = { type: 'integer' };
    });
    expect(breakingChanges(base, after)).toEqual([]);
  });

  it('API-4 rewording descriptions and titles is compatible', () => {
    const after = changed((s) => {
      s.description = 'an order, as placed';
      (s.properties.orderId as Record<string, unknown>).title = 'Order id';
    });
    expect(breakingChanges(base, after)).toEqual([]);
  });

  it.each([
    [
      'a field removed',
      (s: typeof base) => delete (s.properties as Partial<typeof s.properties>).note,
      '$.note: removed',
    ],
    [
      'a required field added',
      (s: typeof base) => {
        (s.properties as Record<string, unknown>).total = { type: 'integer' };
        s.required.push('total');
      },
      '$.total: added as required',
    ],
    [
      'an optional field made required',
      (s: typeof base) => s.required.push('note'),
      '$.note: optional became required',
    ],
    [
      'a required field made optional',
      (s: typeof base) => s.required.splice(0, 1),
      '$.orderId: required became optional',
    ],
    [
      'a type changed',
      (s: typeof base) => {
        (s.properties.note as Record<string, unknown>).type = 'integer';
      },
      '$.note.type: "string" became "integer"',
    ],
    [
      'an enum value added',
      (s: typeof base) => s.properties.status.enum.push('VOID'),
      '$.status.enum: ["OPEN","CLOSED"] became ["OPEN","CLOSED","VOID"]',
    ],
    [
      'an enum value removed',
      (s: typeof base) => s.properties.status.enum.pop(),
      '$.status.enum: ["OPEN","CLOSED"] became ["OPEN"]',
    ],
    [
      'a constraint added',
      (s: typeof base) => {
        (s.properties.note as Record<string, unknown>).maxLength = 10;
      },
      '$.note: "maxLength" 10 was added',
    ],
    [
      'a constraint removed',
      (s: typeof base) => {
        delete (s.properties.orderId as Partial<typeof s.properties.orderId>).minLength;
      },
      '$.orderId: "minLength" 1 was removed',
    ],
    [
      'a nullable field made non-null',
      (s: typeof base) => {
        (s.properties as Record<string, unknown>).partnerId = { type: 'string' };
      },
      '$.partnerId: "anyOf" [{"type":"string"},{"type":"null"}] was removed',
    ],
    [
      'a nested field removed',
      (s: typeof base) => {
        (s.properties.lines.items.properties as Record<string, unknown>) = {};
      },
      '$.lines.items.sku: removed',
    ],
  ])('API-4 %s is breaking', (_name, edit, expected) => {
    expect(breakingChanges(base, changed(edit))).toContain(expected);
  });
});
