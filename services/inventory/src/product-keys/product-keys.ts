import { createHmac } from 'node:crypto';

/** The classic product-key alphabet: no vowels (so no accidental words) and no look-alikes such as 0/O, 1/I/L, 5/S, 2/Z. */
const KEY_ALPHABET = 'BCDFGHJKMPQRTVWXY2346789';
const KEY_GROUPS = 5;
const KEY_GROUP_LENGTH = 5;
/**
 * Fixed HMAC key: it only separates product keys from other uses of the same seed; it is not a secret,
 * because these keys are derived for display, not for activation.
 */
const KEY_LABEL = 'business-center/inventory/product-key/v1';

/** A product key in the usual 5×5 form (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX) from the alphabet BCDFGHJKMPQRTVWXY2346789, derived deterministically from a seed string (HMAC-SHA256 of the seed with a fixed label), so the same license always shows the same key. */
export function productKeyFor(seed: string): string {
  // An empty seed would give every license without one the same key.
  if (seed.length === 0) throw new RangeError('product key seed must not be empty');
  const digest = createHmac('sha256', KEY_LABEL).update(seed, 'utf8').digest('hex');
  // 256 bits read as base 24: 25 digits use ~115 bits, so every character is effectively unbiased.
  let n = BigInt(`0x${digest}`);
  const base = BigInt(KEY_ALPHABET.length);
  let chars = '';
  for (let i = 0; i < KEY_GROUPS * KEY_GROUP_LENGTH; i++) {
    chars += KEY_ALPHABET[Number(n % base)];
    n /= base;
  }
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += KEY_GROUP_LENGTH) groups.push(chars.slice(i, i + KEY_GROUP_LENGTH));
  return groups.join('-');
}

/** One line of the product-key list of a purchasing account (INV-6). */
export interface ProductKeyRow {
  purchasingAccountNumber: string;
  productName: string;
  version: string;
  edition: string;
  /** Product, version and edition by the one display-name rule. */
  displayName: string;
  /** e.g. 'MAK' | 'KMS' */
  keyType: string;
  productKey: string;
  activations: number;
}

const COLUMNS: ReadonlyArray<{ title: string; value: (row: ProductKeyRow) => string }> = [
  { title: 'Purchasing account', value: (r) => r.purchasingAccountNumber },
  { title: 'Product', value: (r) => r.productName },
  { title: 'Version', value: (r) => r.version },
  { title: 'Edition', value: (r) => r.edition },
  { title: 'Key type', value: (r) => r.keyType },
  { title: 'Product key', value: (r) => r.productKey },
  { title: 'Activations', value: (r) => String(r.activations) },
];

const CRLF = '\r\n';
/** Leading characters that make Excel, LibreOffice and Sheets treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string): string {
  // The leading quote makes spreadsheets show the text verbatim instead of evaluating it.
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',') + CRLF;
}

/** RFC 4180 CSV: header row, CRLF line ends, fields quoted when they contain comma, quote, CR or LF (quotes doubled); also neutralises spreadsheet formula injection by prefixing a single quote to fields starting with = + - @ (and tab/CR), then quoting as needed. */
export function productKeysCsv(rows: ProductKeyRow[]): string {
  // Every record, the last included, ends in CRLF, so an empty list is exactly one header line.
  const header = csvLine(COLUMNS.map((c) => c.title));
  return header + rows.map((row) => csvLine(COLUMNS.map((c) => c.value(row)))).join('');
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Kept inline so the page prints the same when saved or opened offline. */
const PRINT_STYLES = [
  'body { font-family: system-ui, sans-serif; font-size: 10pt; color: #000; background: #fff; margin: 1.5cm; }',
  'h1 { font-size: 14pt; margin: 0 0 0.25cm; }',
  'table { border-collapse: collapse; width: 100%; }',
  'th, td { border: 1px solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }',
  // Repeat the column titles on every printed page and keep a key from splitting across pages.
  'thead { display: table-header-group; }',
  'tr { break-inside: avoid; }',
  '.key { font-family: ui-monospace, monospace; white-space: nowrap; }',
  '.number { text-align: right; }',
].join('\n');

/** A print-friendly HTML page (escaped), one table, for the "print" form of the keys. */
export function productKeysPrintHtml(accountNumber: string, rows: ProductKeyRow[]): string {
  const account = escapeHtml(accountNumber);
  const head = COLUMNS.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join('');
  const body =
    rows.length === 0
      ? `<tr><td colspan="${COLUMNS.length}">No product keys.</td></tr>`
      : rows
          .map(
            (r) =>
              '<tr>' +
              `<td>${escapeHtml(r.purchasingAccountNumber)}</td>` +
              `<td>${escapeHtml(r.productName)}</td>` +
              `<td>${escapeHtml(r.version)}</td>` +
              `<td>${escapeHtml(r.edition)}</td>` +
              `<td>${escapeHtml(r.keyType)}</td>` +
              `<td class="key">${escapeHtml(r.productKey)}</td>` +
              `<td class="number">${escapeHtml(String(r.activations))}</td>` +
              '</tr>',
          )
          .join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>Product keys – ${account}</title>`,
    `<style>\n${PRINT_STYLES}\n</style>`,
    '</head>',
    '<body>',
    `<h1>Product keys – ${account}</h1>`,
    '<table>',
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
