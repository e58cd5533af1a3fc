import { useEffect, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { formatNumber } from '../ui/format.ts';
import { alignsRight, type CellType, formatCell, pageOf } from './cells.ts';

/** Rows per page: the result is held whole (at most 10,000 rows), the document gets one page of it. */
export const ROWS_PER_PAGE = 50;
const LIMIT = 10_000;

export const ReportResultFields = graphql(`
  fragment ReportResult_result on ReportResult {
    columns {
      key
      label
      type
    }
    rows {
      values
    }
    rowCount
    truncated
  }
`);

/**
 * WEB-9: a report's rows, 50 a page with Previous/Next, numbers and dates in the browser's locale;
 * the guide's 10,000-record warning when rows were left out (REP-4).
 */
export function ReportResultTable({
  result,
  caption,
}: {
  result: FragmentType<typeof ReportResultFields>;
  caption: string;
}) {
  const r = getFragmentData(ReportResultFields, result);
  const [index, setIndex] = useState(0);
  // A new result starts on its first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the rows change
  useEffect(() => setIndex(0), [r.rows]);
  const page = pageOf(r.rowCount, index, ROWS_PER_PAGE);
  const types = r.columns.map((c) => c.type as CellType);
  const rows = r.rows.slice(page.from - 1, page.to);
  return (
    <section className="report-result" aria-label="Report results">
      {r.truncated && (
        <div className="notice warning" role="note">
          The report is limited to {formatNumber(LIMIT)} records, so some records are not shown. You can use
          filters to narrow results.
        </div>
      )}
      {r.rowCount === 0 ? (
        <p className="state state-empty">No records match these filters.</p>
      ) : (
        <>
          <Pager page={page} onPage={setIndex} label="Report pages, top" />
          <div className="table-scroll">
            <table className="report-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  {r.columns.map((c, i) => (
                    <th key={c.key} scope="col" className={alignsRight(types[i]!) ? 'number' : undefined}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, n) => (
                  // Rows have no id of their own; their place in the result is stable while it is shown.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <tr key={page.from + n}>
                    {row.values.map((value, i) => (
                      <td
                        // biome-ignore lint/suspicious/noArrayIndexKey: one cell per column, in the columns' order
                        key={i}
                        className={cellClass(types[i]!)}
                      >
                        {formatCell(types[i]!, value ?? null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {page.count > 1 && <Pager page={page} onPage={setIndex} label="Report pages, bottom" />}
        </>
      )}
    </section>
  );
}

/** Numbers and amounts line up on the right; neither they nor dates break across lines. */
function cellClass(type: CellType): string | undefined {
  if (alignsRight(type)) return 'number nowrap';
  return type === 'DATE' ? 'nowrap' : undefined;
}

function Pager({
  page,
  onPage,
  label,
}: {
  page: ReturnType<typeof pageOf>;
  onPage: (index: number) => void;
  label: string;
}) {
  return (
    <nav className="pager" aria-label={label}>
      <p>
        Rows {formatNumber(page.from)}–{formatNumber(page.to)} of {formatNumber(page.total)}
      </p>
      {page.count > 1 && (
        <div className="actions">
          <button
            type="button"
            className="button secondary small"
            disabled={page.index === 0}
            onClick={() => onPage(page.index - 1)}
          >
            Previous page
          </button>
          <span className="subtle-inline">
            Page {formatNumber(page.index + 1)} of {formatNumber(page.count)}
          </span>
          <button
            type="button"
            className="button secondary small"
            disabled={page.index >= page.count - 1}
            onClick={() => onPage(page.index + 1)}
          >
            Next page
          </button>
        </div>
      )}
    </nav>
  );
}
