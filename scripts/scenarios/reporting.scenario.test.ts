import { randomUUID } from 'node:crypto';
import { inventory as inventoryEvents, repeatsAWord } from '@bc/contracts';
import {
  type AgreementView,
  addUserAndSignIn,
  codeOf,
  type createPartner,
  gql,
  ok,
  operatorSession,
  PLACE_ORDER,
  partnerWithCustomer,
  registerCustomer,
  type Session,
} from '@bc/system/flows';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from '../harness/statements.ts';
import { useSystem } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

const ctx = useSystem();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let stranger: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
let viewer: Session;
let agreementAdmin: Session;
let orderNumber: string;

const RUN = `query($input: RunReportInput!) { runReport(input: $input) {
  report { id name category } columns { key label type required } rows { values } rowCount truncated warning } }`;

interface ReportResult {
  columns: { key: string; type: string; required: boolean }[];
  rows: { values: (string | null)[] }[];
  rowCount: number;
  truncated: boolean;
  warning: string | null;
}

/** Rows as objects keyed by column, for row-by-row comparison. */
function table(result: ReportResult): Record<string, string | null>[] {
  return result.rows.map((r) =>
    Object.fromEntries(result.columns.map((c, i) => [c.key, r.values[i] ?? null])),
  );
}

async function run(
  token: string,
  reportId: string,
  filters: Record<string, string> = {},
  columns?: string[],
): Promise<ReportResult> {
  const data = await ok<{ runReport: ReportResult }>(
    ctx.system.gatewayUrl,
    RUN,
    {
      input: {
        reportId,
        filters: Object.entries(filters).map(([key, value]) => ({ key, value })),
        ...(columns ? { columns } : {}),
      },
    },
    token,
  );
  return data.runReport;
}

/** Waits until the report has `count` rows (read models follow the events asynchronously). */
async function rowsOf(token: string, reportId: string, count: number, filters: Record<string, string> = {}) {
  return eventually(
    ctx.system.settle,
    async () => {
      const result = await run(token, reportId, filters);
      return result.rowCount === count ? table(result) : null;
    },
    `${count} rows in ${reportId}`,
  );
}

const LINE = (sku: string, name: string, quantity: number, amountMinor: number, kind = 'PRODUCT') => ({
  kind,
  sku,
  name,
  quantity,
  listUnitPrice: { amountMinor, currency: 'USD' },
});

beforeAll(async () => {
  const { system } = ctx;
  ({ partner, customer, agreement } = await partnerWithCustomer(system));
  stranger = await registerCustomer(system);
  viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_VIEWER']);
  agreementAdmin = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
    'AGREEMENT_ADMINISTRATOR',
  ]);
  const placed = await ok<{ placeOrder: { number: string } }>(
    system.gatewayUrl,
    PLACE_ORDER,
    {
      input: {
        purchasingAccountId: agreement.purchasingAccount.id,
        agreementId: agreement.id,
        type: 'NEW',
        purchaseOrderNumber: 'PO-REP-1',
        lines: [
          LINE('WIN-SRV-DC', 'Windows Server Datacenter', 60, 61_000),
          LINE('SQL-ENT', 'SQL Server Enterprise', 40, 1_399_99),
          LINE('OFFICE-LTSC-PP-2024', 'Office LTSC Professional Plus', 5, 45_000),
          LINE('O365-E3', 'Office 365 E3', 15, 2_300, 'ONLINE_SERVICE'),
        ],
      },
    },
    partner.admin.accessToken,
  );
  orderNumber = placed.placeOrder.number;
  const token = customer.admin.accessToken;
  const pa = agreement.purchasingAccount.id;
  await ok(
    system.gatewayUrl,
    'mutation($input: SetUpOnlineServiceInput!) { setUpOnlineService(input: $input) { id } }',
    { input: { purchasingAccountId: pa, sku: 'EXCHANGE-P1', quantity: 10 } },
    token,
  );
  // Benefits learn of the licenses from inventory's events before they can be used.
  await eventually(
    system.settle,
    async () => {
      const r = await gql(
        system.gatewayUrl,
        'query($pa: ID) { benefitGroups(purchasingAccountId: $pa) { productGroup } }',
        { pa },
        token,
      );
      return (r.data?.benefitGroups as unknown[] | undefined)?.length ? true : null;
    },
    'entitlements in benefits',
  );
  const SUPPORT = 'mutation($input: OpenSupportRequestInput!) { openSupportRequest(input: $input) { id } }';
  await ok(
    system.gatewayUrl,
    SUPPORT,
    { input: { purchasingAccountId: pa, channel: 'PHONE', summary: 'Cluster down' } },
    token,
  );
  await ok(
    system.gatewayUrl,
    SUPPORT,
    { input: { purchasingAccountId: pa, channel: 'WEB', summary: 'Licensing question' } },
    token,
  );
  const ASSIGN =
    'mutation($input: AssignTrainingVoucherInput!) { assignTrainingVoucher(input: $input) { id } }';
  const voucher = (employeeName: string, email: string, days: number) => ({
    input: { purchasingAccountId: pa, employeeName, email, days, language: 'en-US' },
  });
  await ok(system.gatewayUrl, ASSIGN, voucher('Tom Trainee', 'tom@mail.example', 1), token);
  const revoked = await ok<{ assignTrainingVoucher: { id: string } }>(
    system.gatewayUrl,
    ASSIGN,
    voucher('Rita Revoked', 'rita@mail.example', 2),
    token,
  );
  await ok(
    system.gatewayUrl,
    'mutation($id: ID!) { revokeTrainingVoucher(id: $id) { id } }',
    { id: revoked.assignTrainingVoucher.id },
    token,
  );
});

describe('REP-1 standard reports built from events', () => {
  it('REP-1 eleven standard reports in four categories', async () => {
    const data = await ok<{ reportCategories: { category: string; reports: { id: string }[] }[] }>(
      ctx.system.gatewayUrl,
      '{ reportCategories { category reports { id } } }',
      {},
      viewer.accessToken,
    );
    expect(data.reportCategories.map((c) => c.category)).toEqual([
      'AGREEMENTS',
      'LICENSES_AND_SERVICES',
      'ORDERS_AND_INVOICES',
      'SOFTWARE_ASSURANCE_BENEFITS',
    ]);
    expect(data.reportCategories.flatMap((c) => c.reports.map((r) => r.id)).sort()).toEqual(
      [
        'PHONE_SUPPORT_24X7',
        'WEB_SUPPORT_24X7',
        'AGREEMENTS',
        'AGREEMENT_OFFERS',
        'HOME_USE_PROGRAM',
        'LICENSES_AND_SERVICES',
        'ONLINE_SERVICES_RENEWALS',
        'PACKAGES_AND_PRODUCTS',
        'PLANNING_SERVICES',
        'TRAINING_VOUCHERS',
        'UNPAID_ONLINE_SERVICES_RECONCILIATION',
      ].sort(),
    );
  });

  it('REP-1 REP-6 agreements, offers, orders, licenses and services: the rows the events imply', async () => {
    const token = viewer.accessToken;
    const pa = agreement.purchasingAccount;
    expect(await rowsOf(token, 'AGREEMENTS', 1)).toEqual([
      {
        agreementNumber: agreement.number,
        purchasingAccountNumber: pa.number,
        purchasingAccountName: pa.name,
        status: 'SIGNED',
        startDate: '2026-03-01',
        endDate: expect.stringMatching(/^2029-0[23]-\d\d$/),
        contactName: 'Pat Buyer',
        contactEmail: 'pat@mail.example',
        location: 'US',
      },
    ]);
    expect(await rowsOf(token, 'AGREEMENT_OFFERS', 1)).toEqual([
      {
        purchasingAccountNumber: pa.number,
        purchasingAccountName: pa.name,
        agreementNumber: agreement.number,
        offerCode: 'O365-E3',
        offerName: 'Office 365 E3',
        productPool: 'Online Services',
        priceLevel: 'A',
      },
    ]);
    const lines = await rowsOf(token, 'PACKAGES_AND_PRODUCTS', 4);
    expect(
      lines.map((l) => [l.orderNumber, l.product, l.quantity, l.unitPrice, l.amount, l.currency]),
    ).toEqual([
      [orderNumber, 'Windows Server Datacenter', '60', '610.00', '36600.00', 'USD'],
      [orderNumber, 'SQL Server Enterprise', '40', '1399.99', '55999.60', 'USD'],
      [orderNumber, 'Office LTSC Professional Plus', '5', '450.00', '2250.00', 'USD'],
      [orderNumber, 'Office 365 E3', '15', '23.00', '345.00', 'USD'],
    ]);
    await rowsOf(token, 'LICENSES_AND_SERVICES', 5);
    const items = table(
      await run(token, 'LICENSES_AND_SERVICES', {}, [
        'purchasingAccountNumber',
        'itemType',
        'product',
        'sku',
        'quantity',
        'status',
        'softwareAssurance',
      ]),
    );
    expect(items.map((i) => [i.itemType, i.sku, i.quantity, i.status, i.softwareAssurance])).toEqual([
      ['LICENSE', 'OFFICE-LTSC-PP-2024', '5', 'ACTIVE', 'Yes'],
      ['LICENSE', 'SQL-ENT', '40', 'ACTIVE', 'Yes'],
      ['LICENSE', 'WIN-SRV-DC', '60', 'ACTIVE', 'Yes'],
      ['ONLINE_SERVICE', 'EXCHANGE-P1', '10', 'AWAITING_ORDER', 'No'],
      ['ONLINE_SERVICE', 'O365-E3', '15', 'ACTIVE', 'No'],
    ]);
    const renewals = await rowsOf(token, 'ONLINE_SERVICES_RENEWALS', 2);
    for (const r of renewals) {
      const days = (Date.parse(`${r.expiresOn}T00:00:00Z`) - Date.parse('2026-03-02T00:00:00Z')) / 86_400_000;
      expect(Number(r.daysUntilRenewal)).toBe(days);
    }
  });

  it('REP-1 the Licenses and Services product column names each license by product, version and edition once', async () => {
    const token = viewer.accessToken;
    await rowsOf(token, 'LICENSES_AND_SERVICES', 5);
    const items = table(
      await run(token, 'LICENSES_AND_SERVICES', {}, [
        'purchasingAccountNumber',
        'itemType',
        'sku',
        'product',
      ]),
    );
    expect(items.map((i) => [i.sku, i.product])).toEqual([
      ['OFFICE-LTSC-PP-2024', 'Office LTSC 2024 Professional Plus'],
      ['SQL-ENT', 'SQL Server 2022 Enterprise'],
      ['WIN-SRV-DC', 'Windows Server 2022 Datacenter'],
      // Services: the plan has a column of its own ("Product group or plan").
      ['EXCHANGE-P1', 'Exchange Online'],
      ['O365-E3', 'Office 365'],
    ]);
    expect(items.map((i) => i.product!).filter(repeatsAWord)).toEqual([]);
    // The product filter searches the same name.
    const of2022 = table(
      await run(token, 'LICENSES_AND_SERVICES', { product: '2022' }, [
        'purchasingAccountNumber',
        'itemType',
        'product',
        'sku',
      ]),
    );
    expect(of2022.map((i) => i.sku)).toEqual(['SQL-ENT', 'WIN-SRV-DC']);
  });

  it('REP-7 reconciliation: provisioned against ordered quantities per online service', async () => {
    const rows = await rowsOf(viewer.accessToken, 'UNPAID_ONLINE_SERVICES_RECONCILIATION', 2);
    const of = (sku: string) => rows.find((r) => r.sku === sku);
    expect(of('O365-E3')).toMatchObject({
      provisionedQuantity: '15',
      orderedQuantity: '15',
      unpaidQuantity: '0',
      lastOrderNumber: orderNumber,
    });
    expect(of('EXCHANGE-P1')).toMatchObject({
      provisionedQuantity: '10',
      orderedQuantity: '0',
      unpaidQuantity: '10',
      lastOrderNumber: null,
    });
    const discrepancies = await run(viewer.accessToken, 'UNPAID_ONLINE_SERVICES_RECONCILIATION', {
      discrepanciesOnly: 'true',
    });
    expect(table(discrepancies).map((r) => r.sku)).toEqual(['EXCHANGE-P1']);
    const byOrder = await run(viewer.accessToken, 'UNPAID_ONLINE_SERVICES_RECONCILIATION', { orderNumber });
    expect(table(byOrder).map((r) => r.sku)).toEqual(['O365-E3']);
  });

  it('REP-1 BEN-8 benefit reports: 24x7 requests with incidents left, training vouchers, entitlements', async () => {
    const token = viewer.accessToken;
    // 100 SA server licenses: 2 phone incidents, one used.
    const phone = await eventually(
      ctx.system.settle,
      async () => {
        const rows = table(await run(token, 'PHONE_SUPPORT_24X7'));
        return rows.length === 1 && rows[0]!.incidentsUsed === '1' ? rows : null;
      },
      'phone support report',
    );
    expect(phone[0]).toMatchObject({
      summary: 'Cluster down',
      incidentsEntitled: '2',
      incidentsAvailable: '1',
      openedOn: '2026-03-02',
    });
    expect((await rowsOf(token, 'WEB_SUPPORT_24X7', 1))[0]).toMatchObject({ summary: 'Licensing question' });
    const vouchers = await eventually(
      ctx.system.settle,
      async () => {
        const rows = table(await run(token, 'TRAINING_VOUCHERS'));
        return rows.length === 2 && rows.some((r) => r.status === 'REVOKED') ? rows : null;
      },
      'voucher report',
    );
    expect(vouchers.map((v) => [v.employeeName, v.days, v.status]).sort()).toEqual([
      ['Rita Revoked', '2', 'REVOKED'],
      ['Tom Trainee', '1', 'ASSIGNED'],
    ]);
    const planning = await rowsOf(token, 'PLANNING_SERVICES', 1);
    expect(planning[0]).toMatchObject({
      purchasingAccountNumber: agreement.purchasingAccount.number,
      used: '0',
    });
    // 5 SA Office licenses: one Home Use Program license each.
    const hup = await rowsOf(token, 'HOME_USE_PROGRAM', 1);
    expect(hup[0]).toMatchObject({
      purchasingAccountNumber: agreement.purchasingAccount.number,
      entitled: '5',
      used: '0',
      available: '5',
    });
  });
});

describe('REP-2 filters', () => {
  it('REP-2 the Agreements report is found by contact name, contact email, account or agreement number, alone and together', async () => {
    const token = viewer.accessToken;
    const pa = agreement.purchasingAccount;
    const count = async (filters: Record<string, string>) =>
      (await run(token, 'AGREEMENTS', filters)).rowCount;
    await rowsOf(token, 'AGREEMENTS', 1);
    expect(await count({ contactSearch: 'pat buyer' })).toBe(1);
    expect(await count({ contactSearch: 'PAT@MAIL' })).toBe(1);
    expect(await count({ contactSearch: 'nobody' })).toBe(0);
    expect(await count({ contactName: 'Buyer' })).toBe(1);
    expect(await count({ contactEmail: 'pat@' })).toBe(1);
    expect(await count({ account: pa.name })).toBe(1);
    expect(await count({ account: pa.number })).toBe(1);
    expect(await count({ agreementNumber: agreement.number })).toBe(1);
    expect(await count({ agreementNumber: 'X-0' })).toBe(0);
    expect(await count({ location: 'US', startDateFrom: '2026-03-01', startDateTo: '2026-03-01' })).toBe(1);
    expect(await count({ location: 'DE' })).toBe(0);
    expect(await count({ startDateFrom: '2026-03-02' })).toBe(0);
    expect(
      await count({
        contactSearch: 'pat',
        agreementNumber: agreement.number,
        purchasingAccountNumber: pa.number,
      }),
    ).toBe(1);
    expect(await count({ contactSearch: 'pat', purchasingAccountNumber: 'NOPE' })).toBe(0);
    // A "%" typed by a user matches a percent sign, not everything.
    expect(await count({ contactSearch: '%' })).toBe(0);
  });

  it('REP-2 order lines narrow by order number, product, type and dates', async () => {
    const token = viewer.accessToken;
    await rowsOf(token, 'PACKAGES_AND_PRODUCTS', 4);
    const count = async (filters: Record<string, string>) =>
      (await run(token, 'PACKAGES_AND_PRODUCTS', filters)).rowCount;
    expect(await count({ orderNumber })).toBe(4);
    expect(await count({ product: 'server' })).toBe(2);
    expect(await count({ product: 'server', orderType: 'NEW' })).toBe(2);
    expect(await count({ orderType: 'RENEWAL' })).toBe(0);
    expect(await count({ orderedFrom: '2026-03-02', orderedTo: '2026-03-02' })).toBe(4);
    expect(await count({ orderedFrom: '2026-03-03' })).toBe(0);
    expect(await count({ agreementNumber: agreement.number, product: 'Office 365' })).toBe(1);
  });

  it('REP-2 bad filters and columns are refused with the field named', async () => {
    const token = viewer.accessToken;
    const call = (filters: { key: string; value: string }[], columns?: string[]) =>
      gql(ctx.system.gatewayUrl, RUN, { input: { reportId: 'AGREEMENTS', filters, columns } }, token);
    const unknown = await call([{ key: 'color', value: 'red' }]);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.field).toBe('filters.color');
    expect((await call([{ key: 'startDateFrom', value: '01/03/2026' }])).errors?.[0]?.extensions?.field).toBe(
      'filters.startDateFrom',
    );
    expect(codeOf(await call([{ key: 'agreementNumber', value: '   ' }]))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call([], ['nonsense']))).toBe('BAD_USER_INPUT');
    const badEnum = await gql(
      ctx.system.gatewayUrl,
      RUN,
      { input: { reportId: 'PACKAGES_AND_PRODUCTS', filters: [{ key: 'orderType', value: 'GIFT' }] } },
      token,
    );
    expect(badEnum.errors?.[0]?.extensions?.field).toBe('filters.orderType');
  });
});

const SAVE = `mutation($input: SaveCustomReportInput!) { saveCustomReport(input: $input) {
  id name description report { id } filters { key value } columns { key required } } }`;
const CUSTOM_RUN = `query($id: ID!) { runCustomReport(id: $id) { columns { key } rows { values } rowCount } }`;

describe('REP-3 custom reports', () => {
  it('REP-3 save a query with chosen columns, view it, change columns, delete it; only its organization sees it', async () => {
    const { system } = ctx;
    const token = viewer.accessToken;
    await rowsOf(token, 'PACKAGES_AND_PRODUCTS', 4);
    const saved = await ok<{ saveCustomReport: { id: string; columns: { key: string }[] } }>(
      system.gatewayUrl,
      SAVE,
      {
        input: {
          reportId: 'PACKAGES_AND_PRODUCTS',
          name: 'Server lines',
          description: 'What we bought for the data centre',
          filters: [{ key: 'product', value: 'Server' }],
          columns: ['product', 'quantity', 'amount', 'currency', 'orderNumber', 'purchasingAccountNumber'],
        },
      },
      token,
    );
    const id = saved.saveCustomReport.id;
    const view = await ok<{ runCustomReport: ReportResult }>(system.gatewayUrl, CUSTOM_RUN, { id }, token);
    expect(view.runCustomReport.columns.map((c) => c.key)).toEqual([
      'product',
      'quantity',
      'amount',
      'currency',
      'orderNumber',
      'purchasingAccountNumber',
    ]);
    expect(view.runCustomReport.rows.map((r) => r.values.slice(0, 4))).toEqual([
      ['Windows Server Datacenter', '60', '36600.00', 'USD'],
      ['SQL Server Enterprise', '40', '55999.60', 'USD'],
    ]);
    const SELECT =
      'mutation($id: ID!, $c: [String!]!) { selectCustomReportColumns(id: $id, columns: $c) { columns { key } } }';
    const withoutRequired = await gql(system.gatewayUrl, SELECT, { id, c: ['product', 'quantity'] }, token);
    expect(codeOf(withoutRequired)).toBe('BAD_USER_INPUT');
    expect(withoutRequired.errors?.[0]?.message).toContain('cannot be removed');
    expect(codeOf(await gql(system.gatewayUrl, SELECT, { id, c: ['product', 'color'] }, token))).toBe(
      'BAD_USER_INPUT',
    );
    const narrowed = await ok<{ selectCustomReportColumns: { columns: { key: string }[] } }>(
      system.gatewayUrl,
      SELECT,
      { id, c: ['purchasingAccountNumber', 'orderNumber', 'product', 'quantity', 'currency', 'orderType'] },
      token,
    );
    expect(narrowed.selectCustomReportColumns.columns.map((c) => c.key)).toContain('orderType');
    const duplicate = await gql(
      system.gatewayUrl,
      SAVE,
      { input: { reportId: 'AGREEMENTS', name: 'Server lines' } },
      token,
    );
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const badColumns = await gql(
      system.gatewayUrl,
      SAVE,
      { input: { reportId: 'AGREEMENTS', name: 'No number', columns: ['status'] } },
      token,
    );
    expect(codeOf(badColumns)).toBe('BAD_USER_INPUT');
    // Another organization neither lists nor runs it.
    const theirs = await ok<{ customReports: unknown[] }>(
      system.gatewayUrl,
      '{ customReports { id } }',
      {},
      stranger.admin.accessToken,
    );
    expect(theirs.customReports).toEqual([]);
    expect(codeOf(await gql(system.gatewayUrl, CUSTOM_RUN, { id }, stranger.admin.accessToken))).toBe(
      'NOT_FOUND',
    );
    const mine = await ok<{ customReports: { id: string }[] }>(
      system.gatewayUrl,
      '{ customReports { id } }',
      {},
      customer.admin.accessToken,
    );
    expect(mine.customReports.map((r) => r.id)).toContain(id);
    await ok(system.gatewayUrl, 'mutation($id: ID!) { deleteCustomReport(id: $id) }', { id }, token);
    expect(codeOf(await gql(system.gatewayUrl, CUSTOM_RUN, { id }, token))).toBe('NOT_FOUND');
  });
});

describe('REP-5 export', () => {
  const EXPORT = `mutation($input: ExportReportInput!) { exportReport(input: $input) {
    url expiresAt fileName format rowCount truncated warning } }`;

  async function exportOf(token: string, input: Record<string, unknown>) {
    return (
      await ok<{
        exportReport: {
          url: string;
          fileName: string;
          rowCount: number;
          truncated: boolean;
          warning: string | null;
        };
      }>(ctx.system.gatewayUrl, EXPORT, { input }, token)
    ).exportReport;
  }

  it('REP-5 an .xlsx workbook with the chosen columns in order, amounts as numbers and currency in its own column', async () => {
    const token = viewer.accessToken;
    await rowsOf(token, 'PACKAGES_AND_PRODUCTS', 4);
    const link = await exportOf(token, {
      reportId: 'PACKAGES_AND_PRODUCTS',
      columns: [
        'purchasingAccountNumber',
        'orderNumber',
        'product',
        'quantity',
        'amount',
        'currency',
        'orderedOn',
      ],
      format: 'XLSX',
      locale: 'de-DE',
    });
    expect(link.fileName).toMatch(/^Packages-and-Products-2026-03-02\.xlsx$/);
    expect(link).toMatchObject({ rowCount: 4, truncated: false, warning: null });
    const res = await fetch(link.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Purchasing account number',
      'Order number',
      'Product',
      'Quantity',
      'Amount',
      'Currency',
      'Order date',
    ]);
    expect(sheet.rowCount).toBe(5);
    const first = sheet.getRow(2);
    expect(first.getCell(3).value).toBe('Windows Server Datacenter');
    expect(first.getCell(4).value).toBe(60);
    expect(first.getCell(5).value).toBe(36600);
    expect(first.getCell(5).numFmt).toBe('#,##0.00');
    expect(first.getCell(6).value).toBe('USD');
    expect(first.getCell(7).value).toEqual(new Date('2026-03-02T00:00:00Z'));
  });

  it('REP-5 CSV follows the caller locale; a link works only for its user, signed in, and not after it expires', async () => {
    const token = viewer.accessToken;
    await rowsOf(token, 'PACKAGES_AND_PRODUCTS', 4);
    const input = {
      reportId: 'PACKAGES_AND_PRODUCTS',
      columns: [
        'purchasingAccountNumber',
        'orderNumber',
        'product',
        'quantity',
        'unitPrice',
        'currency',
        'orderedOn',
      ],
      format: 'CSV',
    };
    const de = await exportOf(token, { ...input, locale: 'de-DE' });
    const csv = await (await fetch(de.url)).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Purchasing account number;Order number;Product;Quantity;Unit price;Currency;Order date',
    );
    expect(lines[2]).toBe(
      `${agreement.purchasingAccount.number};${orderNumber};SQL Server Enterprise;40;1399,99;USD;02.03.2026`,
    );
    const us = await exportOf(token, { ...input, locale: 'en-US' });
    const usCsv = await (await fetch(us.url)).text();
    expect(usCsv).toContain(`${orderNumber},SQL Server Enterprise,40,1399.99,USD,03/02/2026`);
    // The link opens with a plain GET on the gateway's origin (issue 15); a tampered one is 400.
    expect(new URL(us.url).origin).toBe(new URL(ctx.system.gatewayUrl).origin);
    expect((await fetch(us.url.replace('token=', 'token=x'))).status).toBe(400);
    const bad = await gql(
      ctx.system.gatewayUrl,
      EXPORT,
      { input: { ...input, locale: 'not a locale!' } },
      token,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const { clock } = ctx;
    clock.advance(5 * 60_000);
    try {
      expect((await fetch(us.url)).status).toBe(410);
    } finally {
      clock.advance(-5 * 60_000);
    }
  });

  it('REP-4 at most 10,000 rows per view and export, with a warning at 10,001', async () => {
    const { system } = ctx;
    const rows = Array.from({ length: 10_001 }, (_, i) => ({
      id: randomUUID(),
      organization_id: stranger.organizationId,
      purchasing_account_id: 'pa-bulk',
      sku: `SKU-${i}`,
      product_name: `Product ${String(i).padStart(5, '0')}`,
      family: 'Servers',
      quantity: 1,
      software_assurance: false,
      status: 'ACTIVE',
      expires_on: '2027-01-01',
    }));
    await insertRows(system.reporting.runtime.orm, 'rm_license', rows);
    const token = stranger.admin.accessToken;
    const view = await run(token, 'LICENSES_AND_SERVICES');
    expect(view).toMatchObject({ rowCount: 10_000, truncated: true });
    expect(view.warning).toContain('10001');
    const exact = await run(token, 'LICENSES_AND_SERVICES', { product: 'Product 0' });
    expect(exact).toMatchObject({ rowCount: 10_000, truncated: false, warning: null });
    const link = await exportOf(token, { reportId: 'LICENSES_AND_SERVICES', format: 'XLSX' });
    expect(link).toMatchObject({ rowCount: 10_000, truncated: true });
    const res = await fetch(link.url);
    expect(res.headers.get('x-report-warning')).toContain('10001');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(workbook.worksheets[0]!.rowCount).toBe(10_001);
    expect(String(workbook.getWorksheet('Note')!.getCell('A1').value)).toContain('10001');
    // The customer's own reports never show the other organization's rows.
    expect((await run(viewer.accessToken, 'LICENSES_AND_SERVICES')).rowCount).toBe(5);
  });
});

describe('REP-6 read models converge', () => {
  const allReports = [
    'AGREEMENTS',
    'AGREEMENT_OFFERS',
    'PACKAGES_AND_PRODUCTS',
    'LICENSES_AND_SERVICES',
    'ONLINE_SERVICES_RENEWALS',
    'UNPAID_ONLINE_SERVICES_RECONCILIATION',
    'PHONE_SUPPORT_24X7',
    'WEB_SUPPORT_24X7',
    'TRAINING_VOUCHERS',
    'PLANNING_SERVICES',
    'HOME_USE_PROGRAM',
  ];
  const snapshot = async () =>
    Object.fromEntries(
      await Promise.all(allReports.map(async (id) => [id, table(await run(viewer.accessToken, id))])),
    );

  it('REP-6 EVT-2 redelivered events change nothing; events of different aggregates in any order give the same rows', async () => {
    const { system } = ctx;
    await rowsOf(viewer.accessToken, 'LICENSES_AND_SERVICES', 5);
    await rowsOf(viewer.accessToken, 'TRAINING_VOUCHERS', 2);
    const before = await snapshot();
    // Redeliver everything agreements, inventory and benefits ever published, read from the topics
    // (OPS-3: not the outboxes, which prune published rows); each topic's order per key is kept.
    const producers = ['agreements', 'inventory', 'benefits'] as const;
    const everything = await system.publishedEvents();
    for (const producer of producers) {
      const messages = everything.filter((m) => m.topic.startsWith(`${producer}.`));
      expect(messages.length, producer).toBeGreaterThan(0);
      await system[producer].runtime.transport.publish(
        messages.map(({ topic, key, value }) => ({ topic, key, value })),
      );
    }
    await system.settle();
    await new Promise((r) => setTimeout(r, 1000));
    await system.settle();
    expect(await snapshot()).toEqual(before);

    // A license of a purchasing account reporting has not heard of yet, then the account.
    const paId = randomUUID();
    const envelope = (type: string, key: string, payload: unknown) => ({
      id: randomUUID(),
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      producer: type.split('.')[0],
      tenant: customer.organizationId,
      key,
      payload,
    });
    const license = envelope('inventory.license.changed', 'lic-late', {
      licenseId: randomUUID(),
      organizationId: customer.organizationId,
      purchasingAccountId: paId,
      sku: 'VISIO-PRO',
      productName: 'Visio Professional',
      family: 'Applications',
      quantity: 3,
      softwareAssurance: false,
      status: 'ACTIVE',
      expiresOn: '2027-06-30',
    });
    await system.inventory.runtime.transport.publish([
      { topic: inventoryEvents.licenseChanged.topic, key: license.key, value: JSON.stringify(license) },
    ]);
    const early = await eventually(
      system.settle,
      async () => table(await run(viewer.accessToken, 'LICENSES_AND_SERVICES', { product: 'Visio' }))[0],
      'late license',
    );
    expect(early.purchasingAccountNumber).toBe('');
    const account = envelope('agreements.purchasing-account.changed', paId, {
      purchasingAccountId: paId,
      organizationId: customer.organizationId,
      number: 'PA-LATE-1',
      name: 'Late Account',
      address: { line1: '1 Way', city: 'Oslo', postalCode: '0150', country: 'NO' },
      location: 'NO',
      contacts: [],
    });
    await system.agreements.runtime.transport.publish([
      { topic: 'agreements.purchasing-account.changed.v1', key: paId, value: JSON.stringify(account) },
    ]);
    const late = await eventually(
      system.settle,
      async () => {
        const row = table(await run(viewer.accessToken, 'LICENSES_AND_SERVICES', { product: 'Visio' }))[0];
        return row?.purchasingAccountNumber === 'PA-LATE-1' ? row : null;
      },
      'account of the late license',
    );
    expect(late).toMatchObject({ purchasingAccountName: 'Late Account', quantity: '3' });
  });

  it('REP-6 the operator rebuilds every read model from the topics; the reports come back the same', async () => {
    const { system } = ctx;
    await rowsOf(viewer.accessToken, 'TRAINING_VOUCHERS', 2);
    const before = await snapshot();
    const operator = await operatorSession(system);
    const REBUILD = 'mutation { rebuildReadModels { generation rebuiltAt eventsApplied } }';
    expect(codeOf(await gql(system.gatewayUrl, REBUILD, {}, customer.admin.accessToken))).toBe('FORBIDDEN');
    const status = await ok<{ rebuildReadModels: { generation: number; eventsApplied: number } }>(
      system.gatewayUrl,
      REBUILD,
      {},
      operator.accessToken,
    );
    expect(status.rebuildReadModels.generation).toBeGreaterThanOrEqual(2);
    let after: unknown = null;
    await eventually(
      system.settle,
      async () => {
        after = await snapshot();
        return JSON.stringify(after) === JSON.stringify(before);
      },
      'rebuilt read models',
      30_000,
    ).catch(() => undefined);
    expect(after).toEqual(before);
    const progress = await ok<{ readModelStatus: { eventsApplied: number } }>(
      system.gatewayUrl,
      '{ readModelStatus { eventsApplied } }',
      {},
      operator.accessToken,
    );
    expect(progress.readModelStatus.eventsApplied).toBeGreaterThan(10);
  });
});

describe('ACC-5 report roles and tenancy', () => {
  it('ACC-5 viewers run reports; agreement administrators and the unauthenticated cannot; others see only their own rows', async () => {
    const { system } = ctx;
    expect((await run(viewer.accessToken, 'AGREEMENTS')).rowCount).toBeGreaterThanOrEqual(1);
    const denied = await gql(
      system.gatewayUrl,
      RUN,
      { input: { reportId: 'AGREEMENTS' } },
      agreementAdmin.accessToken,
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');
    expect(
      codeOf(await gql(system.gatewayUrl, '{ customReports { id } }', {}, agreementAdmin.accessToken)),
    ).toBe('FORBIDDEN');
    const anonymous = await gql(system.gatewayUrl, RUN, { input: { reportId: 'AGREEMENTS' } });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect((await run(stranger.admin.accessToken, 'AGREEMENTS')).rowCount).toBe(0);
    expect((await run(partner.admin.accessToken, 'PACKAGES_AND_PRODUCTS')).rowCount).toBe(0);
  });
});
