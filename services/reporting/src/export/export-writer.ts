import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/core';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { csvConventions, csvText, currencyDigits } from '../catalog/cell-values.ts';
import type { ColumnDefinition, ReportRow } from '../catalog/report-definition.ts';
import { REPORT_ROW_LIMIT, type ResolvedQuery, readRows } from '../catalog/run-report.ts';

export type ExportFormat = 'XLSX' | 'CSV';

/** Rows are read and written a page at a time: memory holds one page, never the whole report. */
const PAGE = 2500;

async function* pages(
  em: EntityManager,
  resolved: ResolvedQuery,
  organizationId: string,
  today: string,
): AsyncGenerator<ReportRow[]> {
  for (let offset = 0; offset < REPORT_ROW_LIMIT; offset += PAGE) {
    const rows = await readRows(
      em,
      resolved,
      organizationId,
      { offset, limit: Math.min(PAGE, REPORT_ROW_LIMIT - offset) },
      today,
    );
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE) return;
  }
}

/** Excel shows these built-in formats in the reader's own locale (REP-5: the browser's settings). */
function numberFormat(column: ColumnDefinition, currency: string | null): string | undefined {
  if (column.type === 'DATE') return 'mm-dd-yy';
  if (column.type === 'AMOUNT') return currencyDigits(currency ?? 'USD') === 0 ? '#,##0' : '#,##0.00';
  return undefined;
}

async function writeXlsx(
  stream: Writable,
  title: string,
  columns: ColumnDefinition[],
  rows: AsyncIterable<ReportRow[]>,
  warning: string | null,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Business Center';
  const sheet = workbook.addWorksheet(title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  sheet.columns = columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.max(12, c.label.length + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  // The streaming writer keeps no column styles: each date or amount cell carries its format.
  const formatted = columns.flatMap((c, i) =>
    c.type === 'DATE' || c.type === 'AMOUNT' ? [{ column: c, index: i + 1 }] : [],
  );
  for await (const page of rows) {
    for (const row of page) {
      const currency = typeof row.currency === 'string' ? row.currency : null;
      const cells = columns.map((c) => {
        const value = row[c.key] ?? null;
        if (value === null) return null;
        if (c.type === 'DATE') return new Date(`${value}T00:00:00Z`);
        if (c.type === 'BOOLEAN') return value ? 'Yes' : 'No';
        return value;
      });
      const added = sheet.addRow(cells);
      for (const { column, index } of formatted)
        added.getCell(index).numFmt = numberFormat(column, currency)!;
      added.commit();
    }
  }
  sheet.commit();
  if (warning) {
    const note = workbook.addWorksheet('Note');
    note.addRow([warning]).commit();
    note.commit();
  }
  await workbook.commit();
}

async function writeCsv(
  stream: Writable,
  columns: ColumnDefinition[],
  rows: AsyncIterable<ReportRow[]>,
  locale: string,
): Promise<void> {
  const { delimiter } = csvConventions(locale);
  const csv = stringify({ delimiter, bom: true, record_delimiter: 'windows' });
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('close', resolve);
    stream.on('error', reject);
    csv.on('error', reject);
  });
  csv.pipe(stream);
  const write = async (record: string[]) => {
    if (!csv.write(record)) await new Promise((r) => csv.once('drain', r));
  };
  await write(columns.map((c) => c.label));
  for await (const page of rows) {
    for (const row of page) {
      const currency = typeof row.currency === 'string' ? row.currency : null;
      await write(columns.map((c) => csvText(c, row[c.key] ?? null, currency, locale)));
    }
  }
  csv.end();
  await done;
}

/** REP-5: streams at most 10,000 rows of the report as a workbook or CSV file into `stream`. */
export async function writeExport(options: {
  em: EntityManager;
  resolved: ResolvedQuery;
  organizationId: string;
  format: ExportFormat;
  locale: string;
  today: string;
  warning: string | null;
  stream: Writable;
}): Promise<void> {
  const rows = pages(options.em, options.resolved, options.organizationId, options.today);
  if (options.format === 'XLSX')
    await writeXlsx(
      options.stream,
      options.resolved.definition.name,
      options.resolved.columns,
      rows,
      options.warning,
    );
  else await writeCsv(options.stream, options.resolved.columns, rows, options.locale);
}
