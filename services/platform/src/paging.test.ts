import { describe, expect, it } from 'vitest';
import {
  type Connection,
  type ConnectionArgs,
  decodeCursor,
  encodeCursor,
  keysetOrderBy,
  keysetWhere,
  pageOfList,
  pageRequest,
  type SortKeys,
} from './paging.ts';

interface Row {
  id: string;
  name: string;
  at: Date;
}

const sort: SortKeys<Row> = [
  ['at', 'desc'],
  ['name', 'asc'],
  ['id', 'asc'],
];
const row = (i: number): Row => ({
  id: `id-${String(i).padStart(3, '0')}`,
  name: `n${i % 3}`,
  at: new Date(Date.UTC(2026, 0, 1 + (i % 7))),
});

function walk(
  list: () => Row[],
  size: number,
  backward: boolean,
  between?: (page: number) => void,
  onPage?: (nodes: Row[]) => void,
): Row[] {
  const seen: Row[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const args: ConnectionArgs = backward ? { last: size, before: cursor } : { first: size, after: cursor };
    const result: Connection<Row> = pageOfList(list(), args, sort);
    const nodes = result.edges.map((e) => e.node);
    onPage?.(nodes);
    if (backward) seen.unshift(...nodes);
    else seen.push(...nodes);
    const more = backward ? result.pageInfo.hasPreviousPage : result.pageInfo.hasNextPage;
    if (!more) return seen;
    cursor = backward ? result.pageInfo.startCursor : result.pageInfo.endCursor;
    between?.(page);
  }
  throw new Error('paging never ended');
}

describe('keyset cursors', () => {
  it('API-6 a cursor round-trips its sort key values (dates included) and is opaque base64url', () => {
    const values = [new Date('2026-03-01T09:30:00.000Z'), 'Ada', 'id-1'];
    const cursor = encodeCursor(sort, values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(sort, cursor, 'after')).toEqual(values);
  });

  it('API-6 refuses tampered, foreign and old-format cursors with BAD_USER_INPUT naming the field', () => {
    const good = encodeCursor(sort, [new Date(0), 'a', 'b']);
    const other: SortKeys<Row> = [
      ['name', 'asc'],
      ['id', 'asc'],
    ];
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    for (const bad of [
      `${good}x!`,
      good.slice(0, -4),
      encodeCursor(other, ['a', 'b']),
      b64('o:3'),
      b64('k1:{"s":"at:desc,name:asc,id:asc","v":[null,"a","b"]}'),
      b64('k1:{"s":"at:desc,name:asc,id:asc","v":[{"d":"yesterday"},"a","b"]}'),
      b64('k1:not json'),
      '',
    ]) {
      expect(() => decodeCursor(sort, bad, 'before'), bad).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'before' }),
        }),
      );
    }
  });

  it('API-6 checks the arguments: one direction at a time, 1-100 rows', () => {
    const code = (args: ConnectionArgs) => {
      try {
        pageRequest(args, sort);
        return null;
      } catch (e) {
        return (e as { extensions: { field: string } }).extensions.field;
      }
    };
    expect(code({ first: 2, last: 2 })).toBe('last');
    expect(code({ first: 2, before: encodeCursor(sort, [new Date(0), 'a', 'b']) })).toBe('before');
    expect(code({ first: 0 })).toBe('first');
    expect(code({ last: 101 })).toBe('last');
    expect(pageRequest({}, sort)).toEqual({ limit: 20, backward: false, cursor: null });
    expect(pageRequest({ last: 5 }, sort)).toEqual({ limit: 5, backward: true, cursor: null });
  });

  it('API-6 builds the keyset condition (k1, k2, id) > (v1, v2, vid) with each key direction, flipped backwards', () => {
    const at = new Date(0);
    expect(keysetWhere(sort, [at, 'a', 'x'])).toEqual({
      $and: [
        { at: { $lte: at } },
        {
          $or: [
            { at: { $lt: at } },
            {
              $and: [
                { at },
                { $or: [{ name: { $gt: 'a' } }, { $and: [{ name: 'a' }, { id: { $gt: 'x' } }] }] },
              ],
            },
          ],
        },
      ],
    });
    expect(keysetWhere(sort, [at, 'a', 'x'], true)).toEqual({
      $and: [
        { at: { $gte: at } },
        {
          $or: [
            { at: { $gt: at } },
            {
              $and: [
                { at },
                { $or: [{ name: { $lt: 'a' } }, { $and: [{ name: 'a' }, { id: { $lt: 'x' } }] }] },
              ],
            },
          ],
        },
      ],
    });
    const byId: SortKeys<Row> = [['id', 'asc']];
    expect(keysetWhere(byId, ['x'])).toEqual({ id: { $gt: 'x' } });
    expect(keysetOrderBy(sort)).toEqual({ at: 'desc', name: 'asc', id: 'asc' });
    expect(keysetOrderBy(sort, true)).toEqual({ at: 'asc', name: 'desc', id: 'desc' });
  });

  it('API-6 walks a list forwards and backwards with no row skipped or repeated while rows are inserted ahead of the cursor', () => {
    const rows = Array.from({ length: 23 }, (_, i) => row(i));
    const expected = pageOfList(rows, { first: 100 }, sort).edges.map((e) => e.node.id);
    const forward = walk(() => rows, 4, false);
    expect(forward.map((r) => r.id)).toEqual(expected);

    // Newer rows go to the front of this newest-first list, i.e. behind a forward cursor.
    const growing = [...rows];
    const seen = walk(
      () => growing,
      4,
      false,
      (page) => growing.push({ id: `new-${page}`, name: 'n0', at: new Date(Date.UTC(2027, 0, 1 + page)) }),
    );
    expect(seen.map((r) => r.id)).toEqual(expected);

    // Backwards, older rows go to the end, i.e. behind a backward cursor.
    const growingBack = [...rows];
    const back = walk(
      () => growingBack,
      4,
      true,
      (page) =>
        growingBack.push({ id: `old-${page}`, name: 'n0', at: new Date(Date.UTC(2020, 0, 1 + page)) }),
    );
    expect(back.map((r) => r.id)).toEqual(expected);
  });

  it('API-6 a deleted row just vanishes, even the one a cursor names: the walk goes on after its values', () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(i));
    const expected = pageOfList(rows, { first: 100 }, sort).edges.map((e) => e.node.id);
    const shrinking = [...rows];
    const deleted: string[] = [];
    // After each page, delete that page's last row (the cursor's own row).
    let last: string | null = null;
    const seen = walk(
      () => shrinking,
      3,
      false,
      () => {
        const gone = shrinking.findIndex((r) => r.id === last);
        deleted.push(...shrinking.splice(gone, 1).map((r) => r.id));
      },
      (page) => {
        last = page.at(-1)?.id ?? null;
      },
    );
    expect(deleted.length).toBeGreaterThan(0);
    expect(seen.map((r) => r.id)).toEqual(expected);
  });

  it('API-6 page info: next/previous pages and the totalCount of the whole list', () => {
    const rows = Array.from({ length: 5 }, (_, i) => row(i));
    const first = pageOfList(rows, { first: 2 }, sort);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = pageOfList(rows, { last: 2 }, sort);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.edges.map((e) => e.node.id)).toEqual(
      pageOfList(rows, { first: 5 }, sort)
        .edges.slice(3)
        .map((e) => e.node.id),
    );
    const empty = pageOfList([], { first: 2 }, sort);
    expect(empty.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
