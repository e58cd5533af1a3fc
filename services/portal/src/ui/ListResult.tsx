import type { ReactNode } from 'react';
import { Empty, ErrorState, Loading } from './states.tsx';

/** What a list page shows of one connection. */
interface Shown {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { hasNextPage: boolean };
}

/**
 * A filtered list's result, the same on every list page: the error with Try again, loading, the
 * empty state, the count (announced, "Updating…" while a newer answer comes), the table with its
 * caption for screen readers, and "Show more <noun>" while there are more pages.
 */
export function ListResult({
  error,
  retry,
  loading,
  shown,
  loadingWhat,
  noun,
  empty,
  caption,
  head,
  onMore,
  children,
}: {
  error: unknown;
  retry: () => void;
  loading: boolean;
  /** The connection to show; undefined before the first answer. */
  shown: Shown | undefined;
  loadingWhat: string;
  /** Plural, as in "12 agreements" and "Show more agreements". */
  noun: string;
  empty: ReactNode;
  caption: string;
  /** The header cells (`<th scope="col">`). */
  head: ReactNode;
  onMore: () => void;
  /** The rows. */
  children: ReactNode;
}) {
  if (error) return <ErrorState error={error} retry={retry} />;
  if (!shown) return <Loading what={loadingWhat} />;
  if (shown.edges.length === 0) return <Empty>{empty}</Empty>;
  return (
    <>
      <p className="subtle" aria-live="polite">
        {loading ? 'Updating…' : countOf(shown.totalCount, noun)}
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
      {shown.pageInfo.hasNextPage && (
        <button type="button" className="button secondary" onClick={onMore}>
          Show more {noun}
        </button>
      )}
    </>
  );
}

/** "1 change", "2 changes", "1 delivery": the list's plural noun, singular for one. */
export function countOf(count: number, plural: string): string {
  if (count !== 1) return `${count.toLocaleString()} ${plural}`;
  return `1 ${plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.replace(/s$/, '')}`;
}
