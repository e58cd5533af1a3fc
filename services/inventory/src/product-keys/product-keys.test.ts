import { describe, expect, it } from 'vitest';
import { type ProductKeyRow, productKeyFor, productKeysCsv, productKeysPrintHtml } from './product-keys.ts';

const HEADER = 'Purchasing account,Product,Version,Edition,Key type,Product key,Activations';
const KEY_FORMAT = /^[BCDFGHJKMPQRTVWXY2346789]{5}(-[BCDFGHJKMPQRTVWXY2346789]{5}){4}$/;

const row = (overrides: Partial<ProductKeyRow> = {}): ProductKeyRow => ({
  purchasingAccountNumber: 'PA-1001',
  productName: 'Office Professional Plus',
  version: '2024',
  edition: 'Volume',
  displayName: 'Office Professional Plus 2024 Volume',
  keyType: 'MAK',
  productKey: 'BCDFG-HJKMP-QRTVW-XY234-6789B',
  activations: 12,
  ...overrides,
});

/** A minimal RFC 4180 reader, so the tests check what a spreadsheet would actually see. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) throw new Error('CSV does not end with CRLF');
  return records;
}

describe('INV-6 product keys', () => {
  it('INV-6 a product key has the 5×5 form from the product-key alphabet', () => {
    for (let i = 0; i < 200; i++) expect(productKeyFor(`license-${i}`)).toMatch(KEY_FORMAT);
  });

  it('INV-6 the same license always shows the same key, and different licenses differ', () => {
    expect(productKeyFor('license-42')).toBe(productKeyFor('license-42'));
    expect(productKeyFor('license-42')).not.toBe(productKeyFor('license-43'));
    const keys = Array.from({ length: 1000 }, (_, i) => productKeyFor(`license-${i}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('INV-6 an empty seed is refused rather than shared by every license', () => {
    expect(() => productKeyFor('')).toThrow(RangeError);
  });

  it('INV-6 the CSV of an empty list is just the header', () => {
    expect(productKeysCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('INV-6 the CSV ends every line with CRLF and has no bare LF', () => {
    const csv = productKeysCsv([row(), row({ purchasingAccountNumber: 'PA-1002' })]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      'PA-1001,Office Professional Plus,2024,Volume,MAK,BCDFG-HJKMP-QRTVW-XY234-6789B,12',
      'PA-1002,Office Professional Plus,2024,Volume,MAK,BCDFG-HJKMP-QRTVW-XY234-6789B,12',
      '',
    ]);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('INV-6 the CSV quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    const tricky = row({
      productName: 'Visio, Plan 2',
      edition: 'The "Pro" edition',
      version: 'line one\nline two',
      keyType: 'carriage\rreturn',
    });
    const csv = productKeysCsv([tricky]);
    expect(csv).toContain(',"Visio, Plan 2",');
    expect(csv).toContain(',"The ""Pro"" edition",');
    expect(csv).toContain(',"line one\nline two",');
    expect(csv).toContain(',"carriage\rreturn",');
    expect(parseCsv(csv)).toEqual([
      HEADER.split(','),
      [
        'PA-1001',
        'Visio, Plan 2',
        'line one\nline two',
        'The "Pro" edition',
        'carriage\rreturn',
        'BCDFG-HJKMP-QRTVW-XY234-6789B',
        '12',
      ],
    ]);
  });

  it.each([
    ['=HYPERLINK(http://evil.example)', "'=HYPERLINK(http://evil.example)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['Plain text = fine', 'Plain text = fine'],
  ])('INV-6 the CSV neutralises formula injection: %j is read back as %j', (input, expected) => {
    const [, record] = parseCsv(productKeysCsv([row({ productName: input })]));
    expect(record?.[1]).toBe(expected);
  });

  it('INV-6 a formula with commas and quotes is both neutralised and quoted', () => {
    const csv = productKeysCsv([row({ productName: '=HYPERLINK("http://evil.example","Click")' })]);
    expect(csv).toContain(',"\'=HYPERLINK(""http://evil.example"",""Click"")",');
  });

  it('INV-6 the print page escapes <script> and & in the account name and the rows', () => {
    const html = productKeysPrintHtml('Contoso <script>alert(1)</script> & Co', [
      row({ productName: '<script>alert("x")</script>', edition: 'R&D' }),
    ]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Contoso &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<td>R&amp;D</td>');
  });

  it('INV-6 the print page is one table with the CSV columns and one row per key', () => {
    const html = productKeysPrintHtml('Contoso', [row(), row({ purchasingAccountNumber: 'PA-1002' })]);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<table>/g)).toHaveLength(1);
    for (const title of HEADER.split(',')) expect(html).toContain(`<th scope="col">${title}</th>`);
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('BCDFG-HJKMP-QRTVW-XY234-6789B');
  });

  it('INV-6 the print page of an empty list says there are no keys', () => {
    expect(productKeysPrintHtml('Contoso', [])).toContain('No product keys.');
  });
});
