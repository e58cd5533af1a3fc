import { describe, expect, it } from 'vitest';
import { canAct, canRequest, standingWith } from './standing.ts';

const p = (customerOrganizationId: string, status: string, requestedAt: string) => ({
  customerOrganizationId,
  status,
  requestedAt,
});

describe('a partner standing with a customer (BEN-7)', () => {
  it('BEN-7 the latest request decides, whatever the order of the list', () => {
    const list = [
      p('c1', 'REMOVED', '2026-01-01T00:00:00.000Z'),
      p('c1', 'APPROVED', '2026-02-01T00:00:00.000Z'),
      p('c2', 'PENDING', '2026-03-01T00:00:00.000Z'),
    ];
    expect(standingWith(list, 'c1')).toBe('APPROVED');
    expect(standingWith(list, 'c2')).toBe('PENDING');
    expect(standingWith(list, 'c3')).toBe('NONE');
  });

  it('BEN-7 an open request is the newest even when a closed one has the same instant', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(standingWith([p('c1', 'DENIED', at), p('c1', 'PENDING', at)], 'c1')).toBe('PENDING');
    expect(standingWith([p('c1', 'APPROVED', at), p('c1', 'REMOVED', at)], 'c1')).toBe('APPROVED');
  });

  it('BEN-7 WEB-11 only an approved permission lets the partner act; it may ask again after a denial or removal', () => {
    expect(['NONE', 'PENDING', 'APPROVED', 'DENIED', 'REMOVED'].filter((s) => canAct(s as never))).toEqual([
      'APPROVED',
    ]);
    expect(
      ['NONE', 'PENDING', 'APPROVED', 'DENIED', 'REMOVED'].filter((s) => canRequest(s as never)),
    ).toEqual(['NONE', 'DENIED', 'REMOVED']);
  });
});
