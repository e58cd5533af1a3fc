import { describe, expect, it } from 'vitest';
import { descriptionGaps } from './descriptions.ts';

describe('API-4 descriptions for outside developers', () => {
  it('API-4 lists types, fields, arguments and enum values without a description or naming a requirement ID', () => {
    const gaps = descriptionGaps([
      {
        service: 'a',
        sdl: `"An order." type Order { "Its id." id: ID! total(currency: String): Int status: Status }
              enum Status { "Open." OPEN CLOSED }
              type Query { "ACC-1: orders." orders("How many." first: Int): [Order!]! }`,
      },
      {
        service: 'b',
        sdl: 'type Order { "The total." total(currency: String): Int } "A status." enum Status { OPEN }',
      },
    ]);
    expect(gaps.map((g) => `${g.problem} ${g.coordinate} ${g.services.join('+')}`)).toEqual([
      'missing Order.status a',
      'missing Order.total(currency:) a+b',
      'requirement id Query.orders a',
      'missing Status.CLOSED a',
    ]);
  });
});
