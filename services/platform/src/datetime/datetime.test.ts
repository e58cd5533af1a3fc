import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldOfCoercion } from '../errors.ts';
import { DATETIME_MESSAGE, DateTimeScalar } from './datetime.ts';

describe('DateTime scalar', () => {
  it('API-5 writes an instant as toISOString does: UTC with milliseconds', () => {
    const at = new Date('2026-03-01T09:30:00.000Z');
    expect(DateTimeScalar.serialize(at)).toBe(at.toISOString());
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)))).toBe(
      '2026-01-02T03:04:05.006Z',
    );
    // Payloads that already hold ISO text come out in the same form.
    expect(DateTimeScalar.serialize('2026-03-01T09:30:00Z')).toBe('2026-03-01T09:30:00.000Z');
    expect(DateTimeScalar.serialize('2026-03-01T10:30:00.123+01:00')).toBe('2026-03-01T09:30:00.123Z');
  });

  it('API-5 never writes something that is not an instant', () => {
    for (const value of [new Date(Number.NaN), 'soon', '2026-03-01', 1_772_357_400_000, null])
      expect(() => DateTimeScalar.serialize(value)).toThrow('DateTime cannot represent');
  });

  it.each([
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:00.000Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T11:30:00.5+02:00', '2026-03-01T09:30:00.500Z'],
    ['2026-03-01T00:30:00-09:00', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:00.123456789Z', '2026-03-01T09:30:00.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('API-5 reads %s as the instant %s', (text, iso) => {
    expect((DateTimeScalar.parseValue(text) as Date).toISOString()).toBe(iso);
    expect(
      (DateTimeScalar.parseLiteral({ kind: 'StringValue', value: text } as never) as Date).toISOString(),
    ).toBe(iso);
  });

  it.each([
    '2026-03-01',
    '2026-03-01T09:30:00',
    '2026-03-01 09:30:00Z',
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '2026-03-01T09:30:00+2400',
    'Sun, 01 Mar 2026 09:30:00 GMT',
    ' 2026-03-01T09:30:00Z',
    '',
    1_772_357_400_000,
    true,
    null,
    {},
  ])('API-5 refuses %j with BAD_USER_INPUT', (value) => {
    let error: unknown;
    try {
      DateTimeScalar.parseValue(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).toContain(DATETIME_MESSAGE);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('API-5 refuses a literal that is not a string', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: 'IntValue', value: '1' } as never)).toThrow(
      DATETIME_MESSAGE,
    );
  });

  it('API-5 a refusal names its input field the way badInput does', () => {
    const message = (variable: string, at: string) =>
      `Variable "$${variable}" got invalid value "x" at "${at}"; ${DATETIME_MESSAGE} (got "x")`;
    expect(fieldOfCoercion(message('filter', 'filter.from'), DATETIME_MESSAGE)).toBe('from');
    expect(fieldOfCoercion(message('signer', 'signer.signedAt'), DATETIME_MESSAGE)).toBe('signer.signedAt');
    expect(
      fieldOfCoercion(`Variable "$since" got invalid value "x"; ${DATETIME_MESSAGE}`, DATETIME_MESSAGE),
    ).toBe('since');
    expect(
      fieldOfCoercion(message('filter', 'filter.from').replace(DATETIME_MESSAGE, 'other'), DATETIME_MESSAGE),
    ).toBeNull();
  });
});
