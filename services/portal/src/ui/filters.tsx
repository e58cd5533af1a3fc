import { type FormEvent, type ReactNode, useState } from 'react';

/** Rows a filtered list shows first, and how many more "Show more" adds. */
export const LIST_PAGE = 25;

/**
 * The state of a filtered list page: what is typed in the filter form (`form`), what the list is
 * filtered by (`filter`, set on Apply so typing does not refetch), and how many rows are shown.
 */
export function useListFilter<F extends Record<string, string>>(empty: F) {
  const [form, setForm] = useState(empty);
  const [filter, setFilter] = useState(empty);
  const [first, setFirst] = useState(LIST_PAGE);
  return {
    form,
    filter,
    first,
    /** The change handler of one form field. */
    set: (key: keyof F) => (value: string) => setForm((f) => ({ ...f, [key]: value })),
    apply: () => {
      setFirst(LIST_PAGE);
      setFilter(form);
    },
    clear: () => {
      setFirst(LIST_PAGE);
      setForm(empty);
      setFilter(empty);
    },
    more: () => setFirst((n) => n + LIST_PAGE),
  };
}

/** A list's filter form: its fields, then Apply filters (and Clear filters where given). */
export function FilterForm({
  label,
  onApply,
  onClear,
  children,
}: {
  /** What the search landmark is called, e.g. "Filter orders". */
  label: string;
  onApply: () => void;
  onClear?: () => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <search aria-label={label}>
      <form className="filters" onSubmit={submit}>
        {children}
        <div className="filter-actions">
          <button type="submit" className="button primary inline">
            Apply filters
          </button>
          {onClear && (
            <button type="button" className="button secondary" onClick={onClear}>
              Clear filters
            </button>
          )}
        </div>
      </form>
    </search>
  );
}
