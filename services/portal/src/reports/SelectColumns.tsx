import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { moveColumns, shiftColumns } from './cells.ts';
import { Problem } from './fields.tsx';

const SelectColumnsReport = graphql(`
  fragment SelectColumns_customReport on CustomReport {
    id
    name
    columns {
      key
    }
    report {
      id
      columns {
        key
        label
        required
      }
    }
  }
`);

const SelectColumnsMutation = graphql(`
  mutation SelectCustomReportColumns($id: ID!, $columns: [String!]!) {
    selectCustomReportColumns(id: $id, columns: $columns) {
      id
      ...SelectColumns_customReport
    }
  }
`);

const selectedOf = (select: HTMLSelectElement | null) =>
  select ? [...select.selectedOptions].map((o) => o.value) : [];

/**
 * Select Columns as the guide describes it: Available Columns on the left, Selected Columns on the right
 * (in the report's order), arrow buttons between them, Ctrl+select for several; required columns
 * cannot be removed. The order of the selected columns is the report's, and Move up / Move down change it.
 */
export function SelectColumns({
  report,
  onDone,
}: {
  report: FragmentType<typeof SelectColumnsReport>;
  onDone: () => void;
}) {
  const r = getFragmentData(SelectColumnsReport, report);
  const id = useId();
  const all = r.report.columns;
  const label = (key: string) => all.find((c) => c.key === key)?.label ?? key;
  const required = new Set(all.filter((c) => c.required).map((c) => c.key));
  const [selected, setSelected] = useState(() => r.columns.map((c) => c.key));
  const [available, setAvailable] = useState<HTMLSelectElement | null>(null);
  const [chosen, setChosen] = useState<HTMLSelectElement | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [save, { loading }] = useMutation(SelectColumnsMutation);
  const [marked, setMarked] = useState<string[]>([]);

  const add = () => {
    setSelected((s) => moveColumns(s, selectedOf(available), 'add', required).selected);
    setNote('');
  };
  const remove = () => {
    const result = moveColumns(selected, selectedOf(chosen), 'remove', required);
    setSelected(result.selected);
    setNote(
      result.refused.length > 0
        ? `${result.refused.map(label).join(', ')} ${result.refused.length === 1 ? 'is' : 'are'} required and cannot be removed.`
        : '',
    );
  };
  const shift = (by: -1 | 1) => setSelected((s) => shiftColumns(s, marked, by));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await save({ variables: { id: r.id, columns: selected } });
      onDone();
    } catch (error) {
      setProblem(apiProblem(error));
    }
  };

  return (
    <form className="select-columns" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Select Columns: {r.name}</h3>
      <Problem problem={problem} />
      <div className="column-lists">
        <div className="field">
          <label htmlFor={`${id}-available`}>Available Columns</label>
          <select id={`${id}-available`} ref={setAvailable} multiple size={Math.min(10, all.length)}>
            {all
              .filter((c) => !selected.includes(c.key))
              .map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
          </select>
        </div>
        <div className="column-moves">
          <button
            type="button"
            className="button secondary small"
            onClick={add}
            aria-label="Add to Selected Columns"
          >
            <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={remove}
            aria-label="Remove from Selected Columns"
          >
            <span aria-hidden="true">←</span>
          </button>
        </div>
        <div className="field">
          <label htmlFor={`${id}-selected`}>Selected Columns</label>
          <select
            id={`${id}-selected`}
            ref={setChosen}
            multiple
            size={Math.min(10, all.length)}
            value={marked}
            onChange={(e) => setMarked(selectedOf(e.target))}
          >
            {selected.map((key) => (
              <option key={key} value={key}>
                {label(key)}
                {required.has(key) ? ' (required)' : ''}
              </option>
            ))}
          </select>
          <div className="actions column-order">
            <button type="button" className="button secondary small" onClick={() => shift(-1)}>
              Move up
            </button>
            <button type="button" className="button secondary small" onClick={() => shift(1)}>
              Move down
            </button>
          </div>
        </div>
      </div>
      <p className="hint" role="status">
        {note}
      </p>
      <div className="actions">
        <button type="submit" className="button primary auto" disabled={loading}>
          Save
        </button>
        <button type="button" className="button secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
