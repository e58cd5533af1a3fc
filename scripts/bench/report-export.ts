import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger, openDatabase } from '@bc/platform';
import { reportingService } from '@bc/reporting';
import ExcelJS from 'exceljs';
// Benchmark-only: the export path without HTTP, from reporting's sources (not its public surface).
import { resolveQuery } from '../../services/reporting/src/catalog/run-report.ts';
import { writeExport } from '../../services/reporting/src/export/export-writer.ts';
import { insertRows } from '../harness/statements.ts';
import { createDatabases, databaseUrl, dropDatabases } from '../harness/system.ts';

/**
 * REP-5 export cost against exceljs alone (ARCHITECTURE.md: at most 1.5× the time, 2× the peak memory).
 *   pnpm bench:export [rows=10000] [runs=3]
 * Each measurement runs in a fresh child process: ours reads the rows from PostgreSQL page by page
 * and streams the workbook (the route's path minus HTTP); the peer is exceljs's streaming writer fed
 * the same rows from memory. Peak memory is the highest RSS sampled during the write, less the RSS
 * just before it.
 */
const isChild = process.argv[2] === '--child';
// A child gets the row count from its parent (its own argv starts with --child).
const ROWS = Number(isChild ? process.env.BC_BENCH_ROWS : (process.argv[2] ?? 10_000));
const RUNS = Number(process.argv[3] ?? 3);
const ORG = '00000000-0000-4000-8000-0000000000aa';
const COLUMNS = [
  'purchasingAccountNumber',
  'orderNumber',
  'orderedOn',
  'orderType',
  'sku',
  'product',
  'quantity',
  'unitPrice',
  'amount',
  'currency',
];

function line(i: number) {
  return {
    order_id: `00000000-0000-4000-8000-${String(Math.floor(i / 10)).padStart(12, '0')}`,
    line_number: (i % 10) + 1,
    organization_id: ORG,
    purchasing_account_id: 'pa-bench',
    order_number: `ORD-${String(Math.floor(i / 10)).padStart(6, '0')}`,
    agreement_number: 'AGR-BENCH-1',
    ordered_on: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
    order_type: 'NEW',
    purchase_order_number: `PO-${i}`,
    kind: 'PRODUCT',
    sku: `SKU-${i % 97}`,
    name: `Product ${i % 97}`,
    quantity: (i % 50) + 1,
    unit_price_minor: 1000 + (i % 9000),
    list_unit_price_minor: 1000 + (i % 9000),
    currency: 'USD',
    price_protected: false,
  };
}

/** Samples RSS every 5 ms while `work` runs. */
async function measure(work: () => Promise<void>) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMiB: (peak - before) / 2 ** 20, rssMiB: peak / 2 ** 20 };
}

async function child(kind: string, url: string, format: 'XLSX' | 'CSV') {
  const file = join(tmpdir(), `bc-bench-${process.pid}.${format.toLowerCase()}`);
  if (kind === 'ours') {
    const orm = await openDatabase({
      ...reportingService,
      url,
      logger: createLogger('bench', 'error'),
    });
    const resolved = resolveQuery({ reportId: 'PACKAGES_AND_PRODUCTS', filters: [], columns: COLUMNS });
    const result = await measure(async () => {
      const stream = createWriteStream(file);
      await writeExport({
        em: orm.em.fork(),
        resolved,
        organizationId: ORG,
        format,
        locale: 'en-US',
        today: '2026-06-01',
        warning: null,
        stream,
      });
      if (!stream.writableFinished) await new Promise<void>((r) => stream.on('finish', () => r()));
    });
    await orm.close();
    console.log(JSON.stringify(result));
  } else {
    const rows = Array.from({ length: ROWS }, (_, i) => line(i));
    const result = await measure(async () => {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: file,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet('Packages and Products');
      sheet.columns = COLUMNS.map((key) => ({ header: key, key }));
      // The same cells as ours: a date and two amounts, each with its number format.
      for (const r of rows) {
        const row = sheet.addRow([
          r.purchasing_account_id,
          r.order_number,
          new Date(`${r.ordered_on}T00:00:00Z`),
          r.order_type,
          r.sku,
          r.name,
          r.quantity,
          r.unit_price_minor / 100,
          (r.quantity * r.unit_price_minor) / 100,
          r.currency,
        ]);
        row.getCell(3).numFmt = 'mm-dd-yy';
        row.getCell(8).numFmt = '#,##0.00';
        row.getCell(9).numFmt = '#,##0.00';
        row.commit();
      }
      sheet.commit();
      await workbook.commit();
    });
    console.log(JSON.stringify(result));
  }
  rmSync(file, { force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (isChild) {
  await child(process.argv[3]!, process.argv[4]!, process.argv[5] as 'XLSX' | 'CSV');
} else {
  execFileSync('bash', [fileURLToPath(new URL('../infra/postgres.sh', import.meta.url)), 'up'], {
    stdio: 'ignore',
  });
  const db = `bc_bench_export_${process.pid}`;
  await createDatabases([db]);
  const url = databaseUrl(db);
  try {
    const orm = await openDatabase({
      ...reportingService,
      url,
      logger: createLogger('bench', 'error'),
    });
    await insertRows(orm, 'rm_purchasing_account', [
      {
        id: 'pa-bench',
        organization_id: ORG,
        number: 'PA-BENCH',
        name: 'Bench',
        location: 'US',
        city: 'Redmond',
        contact_name: '',
        contact_email: '',
        contact_search: '',
      },
    ]);
    await insertRows(
      orm,
      'rm_order_line',
      Array.from({ length: ROWS }, (_, i) => line(i)),
    );
    await orm.close();
    const run = (kind: string, format: string) => {
      const out = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', kind, url, format],
        { encoding: 'utf8', env: { ...process.env, BC_BENCH_ROWS: String(ROWS) } },
      );
      if (out.status !== 0) throw new Error(out.stderr);
      return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as {
        ms: number;
        peakMiB: number;
        rssMiB: number;
      };
    };
    const results: Record<string, { ms: number[]; peak: number[]; rss: number[] }> = {};
    for (let i = 0; i < RUNS; i++) {
      for (const [name, kind, format] of [
        ['exceljs direct (xlsx)', 'direct', 'XLSX'],
        ['ours (xlsx)', 'ours', 'XLSX'],
        ['ours (csv)', 'ours', 'CSV'],
      ] as const) {
        const r = run(kind, format);
        results[name] ??= { ms: [], peak: [], rss: [] };
        const entry = results[name];
        entry.ms.push(r.ms);
        entry.peak.push(r.peakMiB);
        entry.rss.push(r.rssMiB);
      }
    }
    console.log(
      `Export of ${ROWS} rows (Packages and Products, ${COLUMNS.length} columns), median of ${RUNS} runs:`,
    );
    for (const [name, r] of Object.entries(results))
      console.log(
        `  ${name.padEnd(22)} ${median(r.ms).toFixed(0).padStart(6)} ms   peak +${median(r.peak).toFixed(1)} MiB (RSS ${median(r.rss).toFixed(0)} MiB)`,
      );
    const peer = results['exceljs direct (xlsx)']!;
    const ours = results['ours (xlsx)']!;
    console.log(
      `  ratio ours/exceljs: time ${(median(ours.ms) / median(peer.ms)).toFixed(2)}x (target <= 1.5), peak memory ${(median(ours.peak) / median(peer.peak)).toFixed(2)}x (target <= 2)`,
    );
  } finally {
    await dropDatabases([db]);
  }
}
