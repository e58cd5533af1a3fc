import { badInput } from './errors.ts';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
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

const encode = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

function decode(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString();
  const offset = raw.startsWith('o:') ? Number(raw.slice(2)) : Number.NaN;
  if (!Number.isInteger(offset) || offset < 0) throw badInput('after', 'is not a cursor from this list');
  return offset;
}

/** Resolved page window: `limit` rows from `offset`. */
export function pageWindow(args: ConnectionArgs): { limit: number; offset: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { limit: first, offset: args.after ? decode(args.after) + 1 : 0 };
}

/**
 * Builds a cursor connection from one page query that also counts (e.g. MikroORM `findAndCount`).
 * Cursors are opaque positions in the filtered, sorted list.
 */
export async function connection<T>(
  args: ConnectionArgs,
  fetchPage: (window: { limit: number; offset: number }) => Promise<[T[], number]>,
): Promise<Connection<T>> {
  const window = pageWindow(args);
  const [rows, totalCount] = await fetchPage(window);
  const edges = rows.map((node, i) => ({ cursor: encode(window.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + rows.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
