import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { graphql } from '../__generated__';

const SuggestionsQuery = graphql(`
  query ProductSuggestions($text: String!) {
    productSuggestions(text: $text, limit: 20)
  }
`);

/** Type-ahead waits this long after the last key, so typing a name asks the server once or twice. */
const PAUSE_MS = 200;

/**
 * WEB-6, the guide's Search box: "As you start typing, a list of product names should appear in a
 * drop-down menu. Select a product name, or continue your search by selecting the magnifying glass icon
 * or pressing Enter." An ARIA combobox with a list box (arrow keys, Enter, Escape). Only names of
 * products this list can show are suggested (`offered`).
 */
export function SearchBox({
  initial,
  offered,
  onSearch,
}: {
  initial: string;
  offered: ReadonlySet<string>;
  onSearch: (text: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [asked, setAsked] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { data } = useQuery(SuggestionsQuery, { variables: { text: asked }, skip: asked === '' });
  const suggestions =
    asked === '' ? [] : (data?.productSuggestions.filter((name) => offered.has(name)).slice(0, 8) ?? []);
  const expanded = open && suggestions.length > 0;

  const search = (value: string) => {
    setText(value);
    setOpen(false);
    setActive(-1);
    onSearch(value.trim());
  };

  return (
    <search className="search-box">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          search(expanded && active >= 0 ? suggestions[active]! : text);
        }}
      >
        <label htmlFor={`${id}-input`}>Search</label>
        <div className="search-row">
          <div className="combobox">
            <input
              id={`${id}-input`}
              type="text"
              role="combobox"
              autoComplete="off"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={`${id}-list`}
              aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setOpen(true);
                setActive(-1);
              }}
              onBlur={() => setOpen(false)}
              onKeyDown={(event) => {
                if (event.key === 'ArrowDown' && suggestions.length > 0) {
                  event.preventDefault();
                  setOpen(true);
                  setActive((i) => (i + 1) % suggestions.length);
                } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
                  event.preventDefault();
                  setOpen(true);
                  setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
                } else if (event.key === 'Escape') {
                  setOpen(false);
                  setActive(-1);
                }
              }}
            />
            <div id={`${id}-list`} role="listbox" aria-label="Product names" hidden={!expanded}>
              {suggestions.map((name, index) => (
                <div
                  key={name}
                  tabIndex={-1}
                  id={`${id}-option-${index}`}
                  role="option"
                  aria-selected={index === active}
                  // Chosen on mousedown, before the input's blur closes the list.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    search(name);
                  }}
                >
                  {name}
                </div>
              ))}
            </div>
          </div>
          <button type="submit" className="icon-button" aria-label="Search">
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.5" />
              <path d="M15 15l6 6" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      </form>
    </search>
  );
}
