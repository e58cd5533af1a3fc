import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import { Disclosure } from '../shell/Disclosure.tsx';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { Problem, startDownload } from './fields.tsx';
import { ReportResultTable } from './ReportResultTable.tsx';
import { SelectColumns } from './SelectColumns.tsx';

const CustomReportsQuery = graphql(`
  query CustomReports {
    customReports {
      id
      name
      description
      createdAt
      report {
        id
        name
      }
      ...SelectColumns_customReport
    }
  }
`);

const RunCustomReportQuery = graphql(`
  query RunCustomReport($id: ID!) {
    runCustomReport(id: $id) {
      ...ReportResult_result
    }
  }
`);

const ExportMutation = graphql(`
  mutation ExportCustomReport($input: ExportReportInput!) {
    exportReport(input: $input) {
      url
      fileName
      rowCount
      truncated
    }
  }
`);

const DeleteMutation = graphql(`
  mutation RemoveCustomReport($id: ID!) {
    deleteCustomReport(id: $id)
  }
`);

type Action = { kind: 'columns' | 'remove'; id: string } | null;

/**
 * The Custom reports tab: each saved report with the guide's ACTIONS menu (View Report, Select Columns,
 * Export report to Excel, Remove report). A viewed report is `?tab=custom&custom=<id>`.
 */
export function CustomReports() {
  const [params, setParams] = useSearchParams();
  const viewing = params.get('custom');
  const [action, setAction] = useState<Action>(null);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const { data, error, refetch } = useQuery(CustomReportsQuery);
  const [exportReport] = useMutation(ExportMutation);
  const [remove] = useMutation(DeleteMutation, {
    refetchQueries: ['CustomReports'],
    awaitRefetchQueries: true,
  });

  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading what="your custom reports" />;
  const reports = data.customReports;
  const current = reports.find((r) => r.id === viewing);
  const acting = reports.find((r) => r.id === action?.id);

  const toExcel = async (id: string, name: string) => {
    setProblem(null);
    setMessage('');
    try {
      // The browser's locale goes to the workbook, as the guide says the browser's settings pass to Excel.
      const { data: file } = await exportReport({
        variables: { input: { customReportId: id, format: 'XLSX', locale: navigator.language } },
      });
      if (!file) return;
      startDownload(file.exportReport.url, file.exportReport.fileName);
      setMessage(
        `The download of “${name}” (${file.exportReport.fileName}) has started.${
          file.exportReport.truncated ? ' It holds the first 10,000 records.' : ''
        }`,
      );
    } catch (err) {
      setProblem(apiProblem(err));
    }
  };

  const confirmRemove = async (id: string, name: string) => {
    setProblem(null);
    try {
      await remove({ variables: { id } });
      setMessage(`The custom report “${name}” was removed.`);
      if (viewing === id) setParams({ tab: 'custom' });
    } catch (err) {
      setProblem(apiProblem(err));
    }
    setAction(null);
  };

  if (viewing && current)
    return (
      <>
        <p>
          <Link to="?tab=custom">All custom reports</Link>
        </p>
        <h2>{current.name}</h2>
        {current.description && <p>{current.description}</p>}
        <p className="subtle">Based on the {current.report.name}.</p>
        <RunCustom id={current.id} caption={current.name} />
      </>
    );

  return (
    <>
      <h2>Custom reports</h2>
      <Problem problem={problem} />
      <p className="notice compact" role="status" hidden={!message}>
        {message}
      </p>
      {viewing && !current && <Empty>That custom report is not in the catalog any more.</Empty>}
      {reports.length === 0 ? (
        <Empty>
          No custom reports yet. Open a standard report, fill in its filters and choose Save Report Query from
          its actions menu.
        </Empty>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Custom reports</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Description</th>
                <th scope="col">Standard report</th>
                <th scope="col">Created</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{r.description}</td>
                  <td>{r.report.name}</td>
                  <td className="nowrap">
                    <time dateTime={r.createdAt}>
                      {new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(
                        new Date(r.createdAt),
                      )}
                    </time>
                  </td>
                  <td>
                    <Disclosure
                      label={
                        <>
                          Actions<span className="visually-hidden"> for {r.name}</span>
                        </>
                      }
                      className="actions-menu"
                    >
                      <ul>
                        <li>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setParams({ tab: 'custom', custom: r.id })}
                          >
                            View Report
                          </button>
                        </li>
                        <li>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setAction({ kind: 'columns', id: r.id })}
                          >
                            Select Columns
                          </button>
                        </li>
                        <li>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => void toExcel(r.id, r.name)}
                          >
                            Export report to Excel
                          </button>
                        </li>
                        <li>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setAction({ kind: 'remove', id: r.id })}
                          >
                            Remove report
                          </button>
                        </li>
                      </ul>
                    </Disclosure>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {action?.kind === 'columns' && acting && (
        <section className="panel">
          <SelectColumns
            key={acting.id}
            report={acting}
            onDone={() => {
              setAction(null);
              void refetch();
            }}
          />
        </section>
      )}
      {action?.kind === 'remove' && acting && (
        <ConfirmRemove
          name={acting.name}
          onYes={() => void confirmRemove(acting.id, acting.name)}
          onNo={() => setAction(null)}
        />
      )}
    </>
  );
}

function RunCustom({ id, caption }: { id: string; caption: string }) {
  // Up to 10,000 rows: kept out of the normalized cache, which would copy every row into it.
  const { data, error, loading, refetch } = useQuery(RunCustomReportQuery, {
    variables: { id },
    fetchPolicy: 'no-cache',
  });
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading || !data) return <Loading what="the report" />;
  return <ReportResultTable result={data.runCustomReport} caption={caption} />;
}

/** The guide's confirmation: Yes deletes the custom report for good, No cancels. A modal dialog. */
function ConfirmRemove({ name, onYes, onNo }: { name: string; onYes: () => void; onNo: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="remove-heading" onCancel={onNo}>
      <h2 id="remove-heading">Remove report</h2>
      <p>Permanently delete the custom report “{name}”?</p>
      <div className="actions">
        <button type="button" className="button primary auto" onClick={onYes}>
          Yes
        </button>
        <button type="button" className="button secondary" onClick={onNo}>
          No
        </button>
      </div>
    </dialog>
  );
}
