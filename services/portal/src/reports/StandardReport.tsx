import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../__generated__';
import type { StandardReportId } from '../__generated__/graphql.ts';
import { Disclosure } from '../shell/Disclosure.tsx';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { ErrorState, Loading } from '../ui/states.tsx';
import { Field, Problem } from './fields.tsx';
import { ReportResultTable } from './ReportResultTable.tsx';
import { SelectColumns } from './SelectColumns.tsx';

const StandardReportQuery = graphql(`
  query StandardReportPage($id: StandardReportId!) {
    standardReport(id: $id) {
      id
      name
      description
      filters {
        key
        label
        type
        more
        options
      }
    }
  }
`);

const RunReportQuery = graphql(`
  query RunReport($input: RunReportInput!) {
    runReport(input: $input) {
      ...ReportResult_result
    }
  }
`);

const SaveMutation = graphql(`
  mutation SaveReportQuery($input: SaveCustomReportInput!) {
    saveCustomReport(input: $input) {
      id
      name
      ...SelectColumns_customReport
    }
  }
`);

/** Filters live in the address as `f.<key>=<value>`, so a viewed report can be linked and reloaded. */
const PREFIX = 'f.';
export function filtersFrom(params: URLSearchParams): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const [name, value] of params) if (name.startsWith(PREFIX) && value) filters[name.slice(2)] = value;
  return filters;
}
const asInput = (filters: Record<string, string>) =>
  Object.entries(filters)
    .filter(([, value]) => value.trim() !== '')
    .map(([key, value]) => ({ key, value: value.trim() }));

/**
 * One standard report (the guide's "How do I view a standard report?"): its basic filters, "Show more
 * filters", View report, and from the actions menu Save Report Query. `?report=<id>&view=1&f.<key>=…`.
 */
export function StandardReport({ id }: { id: StandardReportId }) {
  const [params, setParams] = useSearchParams();
  const viewed = params.get('view') === '1';
  const applied = filtersFrom(params);
  const [form, setForm] = useState<Record<string, string>>(applied);
  const [more, setMore] = useState(false);
  const [saving, setSaving] = useState(false);
  const { data, error, refetch } = useQuery(StandardReportQuery, { variables: { id } });

  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading what="the report" />;
  const report = data.standardReport;
  const basic = report.filters.filter((f) => !f.more);
  const extra = report.filters.filter((f) => f.more);
  const hasMoreValues = extra.some((f) => form[f.key]);

  const view = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ report: id, view: '1' });
    for (const { key, value } of asInput(form)) next.set(`${PREFIX}${key}`, value);
    setParams(next);
  };
  const set = (key: string) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  return (
    <>
      <p>
        <Link to="?">All reports</Link>
      </p>
      <h2>{report.name}</h2>
      <p>{report.description}</p>
      <form className="report-form" onSubmit={view} aria-label={`${report.name} filters`}>
        <div className="filters">
          {basic.map((f) => (
            <FilterField key={f.key} filter={f} value={form[f.key] ?? ''} onChange={set(f.key)} />
          ))}
        </div>
        {extra.length > 0 && (
          <>
            <button
              type="button"
              className="link-inline"
              aria-expanded={more || hasMoreValues}
              onClick={() => setMore((m) => !m)}
            >
              {more || hasMoreValues ? 'Show fewer filters' : 'Show more filters'}
            </button>
            {(more || hasMoreValues) && (
              <div className="filters">
                {extra.map((f) => (
                  <FilterField key={f.key} filter={f} value={form[f.key] ?? ''} onChange={set(f.key)} />
                ))}
              </div>
            )}
          </>
        )}
        <div className="actions report-actions">
          <button type="submit" className="button primary auto">
            View report
          </button>
          <Disclosure label="Actions" className="actions-menu">
            <ul>
              <li>
                <button type="button" className="link-button" onClick={() => setSaving(true)}>
                  Save Report Query
                </button>
              </li>
            </ul>
          </Disclosure>
        </div>
      </form>
      {saving && <SaveReportQuery reportId={id} filters={asInput(form)} onClose={() => setSaving(false)} />}
      {viewed && <RunStandard id={id} filters={applied} caption={report.name} />}
    </>
  );
}

function FilterField({
  filter,
  value,
  onChange,
}: {
  filter: { key: string; label: string; type: string; options?: readonly string[] | null };
  value: string;
  onChange: (value: string) => void;
}) {
  if (filter.type === 'ENUM' || filter.type === 'BOOLEAN') {
    const options =
      filter.type === 'BOOLEAN'
        ? [
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]
        : (filter.options ?? []).map((o) => ({ value: o, label: optionLabel(o) }));
    return (
      <Field label={filter.label}>
        {(id) => (
          <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">All</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    );
  }
  return (
    <Field label={filter.label}>
      {(id) => (
        <input
          id={id}
          type={filter.type === 'DATE' ? 'date' : 'text'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** `ONLINE_SERVICE` → `Online service`. */
function optionLabel(code: string): string {
  if (!/^[A-Z0-9_]+$/.test(code)) return code;
  const words = code.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function RunStandard({
  id,
  filters,
  caption,
}: {
  id: StandardReportId;
  filters: Record<string, string>;
  caption: string;
}) {
  // Up to 10,000 rows: kept out of the normalized cache, which would copy every row into it.
  const { data, error, loading, refetch } = useQuery(RunReportQuery, {
    variables: { input: { reportId: id, filters: asInput(filters) } },
    fetchPolicy: 'no-cache',
  });
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading || !data) return <Loading what="the report" />;
  return <ReportResultTable result={data.runReport} caption={caption} />;
}

/** Save Report Query: a name and, optionally, a description; then Select Columns is offered. */
function SaveReportQuery({
  reportId,
  filters,
  onClose,
}: {
  reportId: StandardReportId;
  filters: { key: string; value: string }[];
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [save, { data, loading }] = useMutation(SaveMutation, {
    refetchQueries: ['CustomReports'],
  });
  const saved = data?.saveCustomReport;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await save({
        variables: {
          input: { reportId, name: name.trim(), description: description.trim() || null, filters },
        },
      });
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };

  if (saved)
    return (
      <section className="panel" aria-labelledby="saved-heading">
        <h3 id="saved-heading">Report query saved</h3>
        <p role="status">Your custom report “{saved.name}” has been added to the report catalog.</p>
        {choosing ? (
          <SelectColumns report={saved} onDone={onClose} />
        ) : (
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => setChoosing(true)}>
              Select Columns
            </button>
            <Link className="button secondary" to="?tab=custom">
              Custom reports
            </Link>
            <button type="button" className="button secondary" onClick={onClose}>
              Close
            </button>
          </div>
        )}
      </section>
    );
  return (
    <section className="panel" aria-labelledby="save-heading">
      <h3 id="save-heading">Save Report Query</h3>
      <form onSubmit={submit}>
        <Problem problem={problem} />
        <Field label="Name">
          {(id) => (
            <input
              id={id}
              value={name}
              required
              aria-invalid={problem?.field === 'name' ? true : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label="Description (optional)">
          {(id) => <textarea id={id} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className="button primary auto" disabled={loading}>
            Save
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
