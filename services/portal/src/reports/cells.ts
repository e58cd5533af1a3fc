/**
 * How a report's cells read in the browser (WEB-12, REP-5): the API gives each value as text (ISO dates,
 * plain decimals with the currency's digits, Yes/No); the page shows dates and numbers in the browser's
 * locale, as the export hands them to Excel. Amounts keep their exact digits and never a currency sign:
 * the currency type is a column of its own, as the guide notes.
 */
export type CellType = 'TEXT' | 'NUMBER' | 'AMOUNT' | 'CURRENCY' | 'DATE' | 'BOOLEAN';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Intl objects are costly to make: one per locale and digit count, not one per cell. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string | undefined, digits: number | null): Intl.NumberFormat {
  const key = `${locale ?? ''}|${digits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locale,
      digits === null ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits },
    );
    numberFormats.set(key, format);
  }
  return format;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format;
}

/** A decimal given as text, formatted without going through a double (Intl takes decimal strings). */
function formatDecimal(text: string, locale: string | undefined, digits: number | null): string {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  return numberFormat(locale, digits).format(text as unknown as number);
}

export function formatCell(type: CellType, value: string | null, locale?: string): string {
  if (value === null || value === '') return '';
  switch (type) {
    case 'NUMBER':
      return formatDecimal(value, locale, null);
    case 'AMOUNT':
      // The API writes the currency's own digits (2 for USD, 0 for JPY): keep exactly those.
      return formatDecimal(value, locale, value.split('.')[1]?.length ?? 0);
    case 'DATE': {
      const m = DAY.exec(value);
      if (!m) return value;
      // A calendar day, not an instant: that day whatever the browser's time zone.
      return dayFormat(locale).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    }
    default:
      return value;
  }
}

/** Numbers and amounts line up on the right. */
export const alignsRight = (type: CellType) => type === 'NUMBER' || type === 'AMOUNT';

export interface Page {
  /** 0-based index of the page shown, kept within the pages there are. */
  index: number;
  count: number;
  /** Rows `from`..`to` (1-based, inclusive) of `total`. */
  from: number;
  to: number;
  total: number;
}

/**
 * One page of a result that is held whole in memory (at most 10,000 rows): only its rows are put in
 * the document, so a 10,000-row report renders as fast as a 50-row one.
 */
export function pageOf(total: number, index: number, size: number): Page {
  const count = Math.max(1, Math.ceil(total / size));
  const at = Math.min(Math.max(0, index), count - 1);
  return {
    index: at,
    count,
    from: total === 0 ? 0 : at * size + 1,
    to: Math.min(total, (at + 1) * size),
    total,
  };
}

/**
 * Select Columns (the guide): move the chosen `keys` from one list to the other, keeping each list in
 * order; moved columns go to the end of the list they join. Required columns never leave `selected`.
 */
export function moveColumns(
  selected: readonly string[],
  keys: readonly string[],
  direction: 'add' | 'remove',
  required: ReadonlySet<string>,
): { selected: string[]; refused: string[] } {
  if (direction === 'add')
    return { selected: [...selected, ...keys.filter((k) => !selected.includes(k))], refused: [] };
  const refused = keys.filter((k) => required.has(k));
  return { selected: selected.filter((k) => !keys.includes(k) || required.has(k)), refused };
}

/** Moves the chosen `keys` of `selected` one place up or down, as a block, keeping the rest in order. */
export function shiftColumns(selected: readonly string[], keys: readonly string[], by: -1 | 1): string[] {
  const list = [...selected];
  const indexes = list.map((k, i) => (keys.includes(k) ? i : -1)).filter((i) => i >= 0);
  if (indexes.length === 0) return list;
  if (by === -1 ? indexes[0] === 0 : indexes[indexes.length - 1] === list.length - 1) return list;
  const order = by === -1 ? indexes : [...indexes].reverse();
  for (const i of order) {
    const j = i + by;
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
