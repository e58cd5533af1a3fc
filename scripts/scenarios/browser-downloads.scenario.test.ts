import {
  type AgreementView,
  addUserAndSignIn,
  createPartner,
  customerWithAgreement,
  ok,
  PASSWORD,
  PLACE_ORDER,
  type registerCustomer,
  type Session,
  signIn,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

// Issue 15, contract item 4: product downloads, product-key exports and report exports are ordinary
// links on the gateway's public origin. A plain GET (no Authorization header, as a browser's link
// click) opens them; each is short-lived and bound to the user and the session that asked.

const ctx = useSystem();
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
/** Account manager: downloads, keys and reports (ACC-5). */
let roles: string[];

const DOWNLOAD = `mutation($input: RequestDownloadInput!) { requestDownload(input: $input) { url expiresAt fileName } }`;
const KEYS = `query($pa: ID!, $format: ProductKeyExportFormat) {
  exportProductKeys(purchasingAccountId: $pa, format: $format) { url expiresAt fileName contentType } }`;
const EXPORT = `mutation($input: ExportReportInput!) { exportReport(input: $input) { url expiresAt fileName } }`;
const SIGNED_COPY = 'query($id: ID!) { agreement(id: $id) { signedCopy { url expiresAt fileName } } }';

interface Link {
  url: string;
  expiresAt: string;
  fileName: string;
}

/** One link of each kind, asked for by `session`. */
async function linksOf(
  session: Session,
): Promise<Record<'download' | 'keys' | 'report' | 'signedCopy', Link>> {
  const url = ctx.system.gatewayUrl;
  const token = session.accessToken;
  const download = await ok<{ requestDownload: Link }>(
    url,
    DOWNLOAD,
    { input: { sku: 'WIN-SRV-DC', language: 'de-DE', os: 'Windows x64' } },
    token,
  );
  const keys = await ok<{ exportProductKeys: Link }>(
    url,
    KEYS,
    { pa: agreement.purchasingAccount.id },
    token,
  );
  const report = await ok<{ exportReport: Link }>(
    url,
    EXPORT,
    { input: { reportId: 'AGREEMENTS', format: 'CSV', locale: 'en-US' } },
    token,
  );
  const copy = await ok<{ agreement: { signedCopy: Link } }>(url, SIGNED_COPY, { id: agreement.id }, token);
  return {
    download: download.requestDownload,
    keys: keys.exportProductKeys,
    report: report.exportReport,
    signedCopy: copy.agreement.signedCopy,
  };
}

/** A link click: a plain GET, no header of ours. */
const click = (link: Link | string) => fetch(typeof link === 'string' ? link : link.url);

beforeAll(async () => {
  const { system } = ctx;
  const partner = await createPartner(system);
  ({ customer, agreement } = await customerWithAgreement(system, partner));
  await ok(
    system.gatewayUrl,
    PLACE_ORDER,
    {
      input: {
        purchasingAccountId: agreement.purchasingAccount.id,
        agreementId: agreement.id,
        type: 'NEW',
        purchaseOrderNumber: 'PO-LINKS',
        lines: [
          {
            kind: 'PRODUCT',
            sku: 'WIN-SRV-DC',
            name: 'Windows Server Datacenter',
            quantity: 2,
            listUnitPrice: { amountMinor: 1, currency: 'USD' },
          },
        ],
      },
    },
    partner.admin.accessToken,
  );
  roles = ['ACCOUNT_MANAGER', 'REPORT_VIEWER'];
  await eventually(
    system.settle,
    async () => {
      const rows = await system.inventory.runtime.orm.em
        .fork()
        .getConnection()
        .execute<unknown[]>('select 1 from license where purchasing_account_id = ?', [
          agreement.purchasingAccount.id,
        ]);
      return rows.length === 1;
    },
    'licenses in inventory',
  );
});

describe('WEB-6 WEB-7 WEB-9 INV-5 INV-6 REP-5 AGR-3 browser downloads', () => {
  it('WEB-6 WEB-7 WEB-9 INV-5 INV-6 REP-5 AGR-3 download, product-key, report and signed-copy links are on the gateway origin, live 5 minutes and open with a plain GET', async () => {
    const { system, clock } = ctx;
    const user = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, roles);
    const links = await linksOf(user);
    const origin = new URL(system.gatewayUrl).origin;
    for (const [kind, link] of Object.entries(links)) {
      expect(new URL(link.url).origin, kind).toBe(origin);
      expect(Date.parse(link.expiresAt) - clock.now().getTime(), kind).toBe(5 * 60_000);
    }
    expect(new URL(links.download.url).pathname).toMatch(/^\/downloads\//);
    expect(new URL(links.keys.url).pathname).toMatch(/^\/downloads\//);
    expect(new URL(links.report.url).pathname).toMatch(/^\/exports\//);
    expect(new URL(links.signedCopy.url).pathname).toMatch(/^\/documents\//);

    const file = await click(links.download);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${links.download.fileName}"`);
    expect(await file.text()).toContain('de-DE');

    const keys = await click(links.keys);
    expect(keys.status).toBe(200);
    expect(keys.headers.get('content-type')).toContain('text/csv');
    expect(keys.headers.get('content-disposition')).toBe(`attachment; filename="${links.keys.fileName}"`);
    expect(keys.headers.get('cache-control')).toBe('no-store');
    const lines = (await keys.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Purchasing account,Product,Version,Edition,Key type,Product key,Activations');
    expect(lines).toHaveLength(2);
    const print = await ok<{ exportProductKeys: Link & { contentType: string } }>(
      system.gatewayUrl,
      KEYS,
      { pa: agreement.purchasingAccount.id, format: 'PRINT' },
      user.accessToken,
    );
    const page = await click(print.exportProductKeys);
    expect(page.headers.get('content-type')).toContain('text/html');
    const printed = await page.text();
    expect(printed).toContain('Windows Server');
    // The print view names the account as people know it (its number), never by its internal id.
    expect(printed).toContain(`<h1>Product keys – ${agreement.purchasingAccount.number}</h1>`);
    expect(printed).not.toContain(agreement.purchasingAccount.id);

    const report = await click(links.report);
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toContain('text/csv');
    expect(report.headers.get('content-disposition')).toContain(links.report.fileName);

    const copy = await click(links.signedCopy);
    expect(copy.status).toBe(200);
    expect(copy.headers.get('content-type')).toBe('application/pdf');
    expect(copy.headers.get('content-disposition')).toBe(
      `attachment; filename="${links.signedCopy.fileName}"`,
    );
    expect(
      Buffer.from(await copy.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('WEB-6 ACC-4 links stop working when the session that asked signs out; another session of the user keeps its own', async () => {
    const { system } = ctx;
    const user = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, roles);
    const other = await signIn(system, user.user.workAccount, PASSWORD);
    const links = await linksOf(user);
    const kept = await linksOf(other);
    for (const link of Object.values(links)) expect((await click(link)).status).toBe(200);
    await ok(system.gatewayUrl, 'mutation { signOut }', {}, user.accessToken);
    for (const [kind, link] of Object.entries(links))
      await eventually(
        system.settle,
        async () => (await click(link)).status === 401,
        `${kind} refused after sign-out`,
        10_000,
      );
    for (const link of Object.values(kept)) expect((await click(link)).status).toBe(200);
  });

  it('WEB-6 ACC-5 links stop working when the user is revoked', async () => {
    const { system } = ctx;
    const user = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, roles);
    const links = await linksOf(user);
    for (const link of Object.values(links)) expect((await click(link)).status).toBe(200);
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { revokeUser(id: $id) { id } }',
      { id: user.user.id },
      customer.admin.accessToken,
    );
    for (const [kind, link] of Object.entries(links))
      await eventually(
        system.settle,
        async () => (await click(link)).status === 401,
        `${kind} refused after revocation`,
        10_000,
      );
  });

  it('WEB-6 INV-5 REP-5 an expired link is 410 and a tampered one 400; a link is never served for another path', async () => {
    const { system, clock } = ctx;
    const user = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, roles);
    const links = await linksOf(user);
    for (const [kind, link] of Object.entries(links)) {
      const url = new URL(link.url);
      const token = url.searchParams.get('token')!;
      const [claims, signature] = token.split('.') as [string, string];
      // Another user's id in the claims, or a flipped signature: the HMAC no longer fits.
      const forged = Buffer.from(
        Buffer.from(claims, 'base64url').toString('utf8').replace(user.user.id, customer.admin.user.id),
      ).toString('base64url');
      for (const bad of [`${forged}.${signature}`, `${claims}.${signature.slice(0, -2)}AA`, '', 'x']) {
        url.searchParams.set('token', bad);
        expect((await click(url.toString())).status, `${kind} ${bad.slice(0, 10)}`).toBe(400);
      }
    }
    const start = clock.now();
    try {
      clock.advance(5 * 60_000 - 1);
      for (const link of Object.values(links)) expect((await click(link)).status).toBe(200);
      clock.advance(1);
      for (const [kind, link] of Object.entries(links)) expect((await click(link)).status, kind).toBe(410);
    } finally {
      clock.set(start);
    }
    expect((await fetch(links.download.url, { method: 'POST' })).status).toBe(405);
    expect((await click(links.download.url.replace('/downloads/file', '/downloads/nothing'))).status).toBe(
      404,
    );
  });
});
