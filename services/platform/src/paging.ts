import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { badInput } from './errors.ts';

/** The Relay cursor connection arguments: `first/after` forwards, `last/before` backwards. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type SortDirection = 'asc' | 'desc';

/**
 * A list's order, stated once per list: `[field, direction]` pairs, the last one unique (the id, or
 * another unique column) so that every row has its own position and a cursor names exactly one.
 */
export type SortKeys<T> = readonly (readonly [field: keyof T & string, direction: SortDirection])[];

/** A sort key's value as a cursor holds it: no nulls (sort keys are required columns). */
export type KeyValue = string | number | Date;

/** What a page asks for once the arguments are checked. */
export interface PageRequest {
  /** Rows wanted on the page. */
  limit: number;
  /** `last/before`: the page is read in reverse order and turned round. */
  backward: boolean;
  /** The sort key values of the cursor row; null for the first (or, backwards, the last) page. */
  cursor: KeyValue[] | null;
}

// Version prefix: a later cursor format gets another one, and an old cursor is refused, not misread.
const PREFIX = 'k1:';

const signature = (sort: readonly (readonly [string, SortDirection])[]) =>
  sort.map(([f, d]) => `${f}:${d}`).join(',');

/** The opaque cursor of a row: its sort key values (and the list's order, so another list's is refused). */
export function encodeCursor<T>(sort: SortKeys<T>, values: readonly KeyValue[]): string {
  const v = values.map((x) => (x instanceof Date ? { d: x.toISOString() } : x));
  return Buffer.from(PREFIX + JSON.stringify({ s: signature(sort), v })).toString('base64url');
}

/** The values a cursor holds, or BAD_USER_INPUT naming `field` when it is not one of this list's. */
export function decodeCursor<T>(sort: SortKeys<T>, cursor: string, field: string): KeyValue[] {
  const refuse = () => badInput(field, 'is not a cursor from this list');
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw refuse();
  const raw = Buffer.from(cursor, 'base64url').toString();
  if (!raw.startsWith(PREFIX)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.slice(PREFIX.length));
  } catch {
    throw refuse();
  }
  const { s, v } = (parsed ?? {}) as { s?: unknown; v?: unknown };
  if (s !== signature(sort) || !Array.isArray(v) || v.length !== sort.length) throw refuse();
  return v.map((x: unknown) => {
    if (typeof x === 'string') return x;
    if (typeof x === 'number' && Number.isFinite(x)) return x;
    const d = (x as { d?: unknown } | null)?.d;
    if (typeof d === 'string' && !Number.isNaN(Date.parse(d))) return new Date(d);
    throw refuse();
  });
}

/** Checks the arguments (one direction at a time, 1..100 rows, cursors of this list). */
export function pageRequest<T>(args: ConnectionArgs, sort: SortKeys<T>): PageRequest {
  const forward = args.first != null || args.after != null;
  const backward = args.last != null || args.before != null;
  if (args.first != null && args.last != null) throw badInput('last', 'cannot be combined with first');
  if (forward && backward) {
    throw badInput(args.before != null ? 'before' : 'last', 'cannot be combined with first or after');
  }
  const sizeField = backward ? 'last' : 'first';
  const limit = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput(sizeField, `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const cursorField = backward ? 'before' : 'after';
  const given = backward ? args.before : args.after;
  return { limit, backward, cursor: given != null ? decodeCursor(sort, given, cursorField) : null };
}

/** Which way a key is read: backwards pages flip every direction. */
const readDirection = (direction: SortDirection, backward: boolean): SortDirection =>
  backward ? (direction === 'asc' ? 'desc' : 'asc') : direction;

/**
 * The MikroORM condition "row comes strictly after `values` in this order" (`backward`: strictly
 * before), i.e. `(k1, k2, id) > (v1, v2, vid)` with each key's own direction, expanded as
 * `k1 >= v1 AND (k1 > v1 OR (k1 = v1 AND (k2 > v2 OR (k2 = v2 AND id > vid))))`.
 */
export function keysetWhere<T>(
  sort: SortKeys<T>,
  values: readonly KeyValue[],
  backward = false,
): FilterQuery<T> {
  let condition: Record<string, unknown> | null = null;
  for (let i = sort.length - 1; i >= 0; i--) {
    const [field, direction] = sort[i]!;
    const op = readDirection(direction, backward) === 'asc' ? '$gt' : '$lt';
    const beyond = { [field]: { [op]: values[i] } };
    condition = condition ? { $or: [beyond, { $and: [{ [field]: values[i] }, condition] }] } : beyond;
  }
  if (!condition || sort.length < 2) return (condition ?? {}) as FilterQuery<T>;
  // The same rows, plus `k1 >= v1` on its own: PostgreSQL turns that into an index range on the
  // list's index instead of scanning it from the start and filtering (the OR alone it cannot).
  const [first, direction] = sort[0]!;
  const from = readDirection(direction, backward) === 'asc' ? '$gte' : '$lte';
  return { $and: [{ [first]: { [from]: values[0] } }, condition] } as FilterQuery<T>;
}

/** The `orderBy` of a page query: the list's order, reversed for a backwards page. */
export function keysetOrderBy<T>(sort: SortKeys<T>, backward = false): Record<string, SortDirection> {
  return Object.fromEntries(sort.map(([field, direction]) => [field, readDirection(direction, backward)]));
}

/**
 * The connection from the rows a page query read (`limit + 1` of them in read order: the extra one
 * only tells whether more rows lie beyond) and the count of the whole filtered list.
 */
export function toConnection<T>(
  request: PageRequest,
  sort: SortKeys<T>,
  read: readonly T[],
  totalCount: number,
): Connection<T> {
  const more = read.length > request.limit;
  const page = read.slice(0, request.limit);
  if (request.backward) page.reverse();
  const edges = page.map((node) => ({
    cursor: encodeCursor(
      sort,
      sort.map(([field]) => node[field] as KeyValue),
    ),
    node,
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      // The far side is known only as "a cursor was given" (Relay allows this when it is not cheap).
      hasNextPage: request.backward ? request.cursor !== null : more,
      hasPreviousPage: request.backward ? more : request.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One page of entities by keyset: rows strictly after (`last/before`: before) the cursor row's sort
 * key values, so rows inserted or deleted elsewhere in the list never shift the page.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  sort: SortKeys<T>,
): Promise<Connection<T>> {
  const request = pageRequest(args, sort);
  const keyset = request.cursor ? keysetWhere(sort, request.cursor, request.backward) : null;
  const [read, totalCount] = await Promise.all([
    em.find(entity, (keyset ? { $and: [where, keyset] } : where) as never, {
      orderBy: keysetOrderBy(sort, request.backward) as never,
      limit: request.limit + 1,
    }),
    em.count(entity, where as never),
  ]);
  return toConnection(request, sort, read as T[], totalCount);
}

const compareValues = (a: KeyValue, b: KeyValue): number => {
  // Text as people read it (the order these lists always had); distinct strings never compare equal here.
  if (typeof a === 'string' && typeof b === 'string')
    return a.localeCompare(b) || (a < b ? -1 : a > b ? 1 : 0);
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Compares two rows (or a row and a cursor's values) in the list's order. */
export function compareByKeys<T>(sort: SortKeys<T>, a: readonly KeyValue[], b: readonly KeyValue[]): number {
  for (let i = 0; i < sort.length; i++) {
    const c = compareValues(a[i]!, b[i]!);
    if (c !== 0) return sort[i]![1] === 'asc' ? c : -c;
  }
  return 0;
}

/**
 * The same keyset rule for a list built in memory: sorted by the keys (text by `localeCompare`), then the rows strictly after (or before) the cursor's values.
 */
export function pageOfList<T>(rows: readonly T[], args: ConnectionArgs, sort: SortKeys<T>): Connection<T> {
  const request = pageRequest(args, sort);
  const keysOf = (row: T) => sort.map(([field]) => row[field] as KeyValue);
  const sorted = [...rows].sort((a, b) => compareByKeys(sort, keysOf(a), keysOf(b)));
  if (request.backward) sorted.reverse();
  const cursor = request.cursor;
  const beyond = cursor
    ? sorted.filter((row) => {
        const c = compareByKeys(sort, keysOf(row), cursor);
        return request.backward ? c < 0 : c > 0;
      })
    : sorted;
  return toConnection(request, sort, beyond.slice(0, request.limit + 1), rows.length);
}

/** The same page with other nodes (e.g. a link row's organization), cursors kept; missing ones dropped. */
export function mapConnection<T, U>(
  page: Connection<T>,
  nodes: readonly (U | null | undefined)[],
): Connection<U> {
  const edges = page.edges.flatMap((edge, i) =>
    nodes[i] == null ? [] : [{ cursor: edge.cursor, node: nodes[i]! }],
  );
  return { ...page, edges };
}
