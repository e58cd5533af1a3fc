import { describe, expect, it } from 'vitest';
import { connection, pageWindow } from './paging.ts';

const rows = Array.from({ length: 45 }, (_, i) => i);
const fetchPage = async ({
  limit,
  offset,
}: {
  limit: number;
  offset: number;
}): Promise<[number[], number]> => [rows.slice(offset, offset + limit), rows.length];

describe('cursor connections', () => {
  it('ACC-7 walks every row exactly once, page by page', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof connection<number>>> = await connection(
        { first: 20, after },
        fetchPage,
      );
      seen.push(...page.edges.map((e: { node: number }) => e.node));
      expect(page.totalCount).toBe(45);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(rows);
  });

  it('ACC-7 rejects bad page sizes and foreign cursors with BAD_USER_INPUT naming the field', () => {
    expect(() => pageWindow({ first: 0 })).toThrow(/first/);
    expect(() => pageWindow({ first: 101 })).toThrow(/first/);
    expect(() => pageWindow({ after: 'bm90LWEtY3Vyc29y' })).toThrow(/after/);
  });
});
