/**
 * AGR-3 signed copy of an agreement as a PDF. Rendering only: the caller gathers the data, so the
 * same data always yields the same bytes (no clock, no randomness).
 */
import PDFDocument from 'pdfkit';

export interface SignedCopyData {
  agreementNumber: string;
  organizationName: string;
  partnerName: string | null;
  purchasingAccount: {
    number: string;
    name: string;
    address: {
      line1: string;
      line2?: string | null;
      city: string;
      region?: string | null;
      postalCode: string;
      country: string;
    };
  };
  /** ISO dates (YYYY-MM-DD). */
  startDate: string;
  endDate: string;
  /** 1-12 */
  anniversaryMonth: number;
  offers: { code: string; name: string; productPool: string; priceLevel: string }[];
  signature: {
    method: 'ELECTRONIC' | 'PAPER';
    signerName: string;
    signerTitle: string;
    /** ISO date-time */
    signedAt: string;
  };
}

export interface RenderSignedCopyOptions {
  /** Compress content streams (default true); off only to make the text searchable in tests. */
  compress?: boolean;
}

const TITLE = 'Microsoft Products and Services Agreement \u2014 signed copy';

// English month names written out, not Intl, so the output does not depend on the host's locale data.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const SIGNATURE_METHODS: Record<SignedCopyData['signature']['method'], string> = {
  ELECTRONIC: 'Electronic signature',
  PAPER: 'Paper signature',
};

const MARGIN = 54;
const FONT = 'Helvetica';
const FONT_BOLD = 'Helvetica-Bold';
const MUTED = '#555555';

export async function renderSignedCopy(
  data: SignedCopyData,
  options?: RenderSignedCopyOptions,
): Promise<Buffer> {
  const signedAt = parseSignedAt(data.signature.signedAt);
  const anniversaryMonth = MONTHS[data.anniversaryMonth - 1];
  if (!Number.isInteger(data.anniversaryMonth) || anniversaryMonth === undefined) {
    throw new RangeError(`anniversaryMonth must be 1-12, got ${data.anniversaryMonth}`);
  }
  const startDate = parseIsoDate(data.startDate, 'startDate');
  const endDate = parseIsoDate(data.endDate, 'endDate');

  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    compress: options?.compress ?? true,
    // Buffered so the footer can say "page x of y" once the page count is known.
    bufferPages: true,
    // CreationDate defaults to "now" and also seeds the file ID; pinning it to the signing time
    // makes the bytes a function of the data alone.
    info: {
      Title: `${TITLE} ${data.agreementNumber}`,
      Subject: `Agreement ${data.agreementNumber} for ${data.organizationName}`,
      Author: 'Microsoft',
      CreationDate: signedAt,
      ModDate: signedAt,
    },
  });
  const done = collect(doc);
  const width = doc.page.width - 2 * MARGIN;

  doc.font(FONT_BOLD).fontSize(16).text(safe(TITLE), { width });
  doc.moveDown(0.3);
  doc
    .font(FONT)
    .fontSize(11)
    .fillColor(MUTED)
    .text(safe(`Agreement number ${data.agreementNumber}`));
  doc.fillColor('black').moveDown(1);

  section(doc, 'Parties');
  field(doc, 'Customer', data.organizationName);
  field(doc, 'Partner of record', data.partnerName ?? 'None (direct agreement)');
  doc.moveDown(0.8);

  section(doc, 'Purchasing account');
  const account = data.purchasingAccount;
  const address = account.address;
  field(doc, 'Account', `${account.name} (${account.number})`);
  const cityLine = [address.city, address.region, address.postalCode].filter(Boolean).join(', ');
  field(doc, 'Address', [address.line1, address.line2, cityLine, address.country].filter(Boolean).join('\n'));
  doc.moveDown(0.8);

  section(doc, 'Term');
  field(doc, 'Start date', startDate);
  field(doc, 'End date', endDate);
  field(doc, 'Anniversary month', anniversaryMonth);
  doc.moveDown(0.8);

  section(doc, 'Offers');
  if (data.offers.length === 0) {
    doc.font(FONT).fontSize(10).text('No offers on this agreement.');
  } else {
    const header = ['Code', 'Offer', 'Product pool', 'Price level'].map((text) => ({
      text,
      type: 'TH' as const,
      font: { src: FONT_BOLD },
      backgroundColor: '#eeeeee',
    }));
    const rows = data.offers.map((offer) =>
      [offer.code, offer.name, offer.productPool, offer.priceLevel].map((text) => safe(text)),
    );
    doc
      .font(FONT)
      .fontSize(9.5)
      .table({
        position: { x: MARGIN },
        maxWidth: width,
        columnStyles: [80, '*', 110, 80],
        defaultStyle: { padding: 4, border: 0.5, borderColor: '#999999' },
        data: [header, ...rows],
      });
  }
  doc.x = MARGIN;
  doc.moveDown(1.2);

  // The whole signature block stays on one page.
  section(doc, 'Signature', 110);
  field(doc, 'Method', SIGNATURE_METHODS[data.signature.method]);
  field(doc, 'Signed by', data.signature.signerName);
  field(doc, 'Title', data.signature.signerTitle);
  field(doc, 'Signed at', formatUtc(signedAt));

  footer(doc, data.agreementNumber);
  doc.end();
  return done;
}

/** `keepWithNext` is the room the heading's first lines need, so a heading never ends a page alone. */
function section(doc: PDFKit.PDFDocument, heading: string, keepWithNext = 60): void {
  if (doc.y + keepWithNext > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.x = MARGIN;
  doc.font(FONT_BOLD).fontSize(12).fillColor('black').text(heading);
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  doc.moveDown(0.5);
}

/** A label and value side by side; the value wraps in its own column. */
function field(doc: PDFKit.PDFDocument, label: string, value: string): void {
  const labelWidth = 130;
  const valueX = MARGIN + labelWidth;
  const valueWidth = doc.page.width - MARGIN - valueX;
  const y = doc.y;
  doc
    .font(FONT)
    .fontSize(10)
    .fillColor(MUTED)
    .text(label, MARGIN, y, { width: labelWidth - 10 });
  const afterLabel = doc.y;
  doc.fillColor('black').text(safe(value), valueX, y, { width: valueWidth });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, afterLabel) + 2;
}

function footer(doc: PDFKit.PDFDocument, agreementNumber: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font(FONT)
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        safe(`Agreement ${agreementNumber} - signed copy - page ${i + 1} of ${range.count}`),
        MARGIN,
        doc.page.height - bottom + 18,
        { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function parseSignedAt(value: string): Date {
  // Require an explicit offset: a bare local time would shift with the server's time zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new RangeError(`signature.signedAt must be an ISO date-time with offset, got ${value}`);
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`signature.signedAt is not a valid date: ${value}`);
  return date;
}

function parseIsoDate(value: string, name: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  // Round-trip check rejects impossible dates such as 2026-02-30, which Date would roll over.
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(value)
  ) {
    throw new RangeError(`${name} must be an ISO date (YYYY-MM-DD), got ${value}`);
  }
  return value;
}

function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Characters the standard fonts' WinAnsi encoding has beyond Latin-1 (pdfkit maps these itself). */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters whose stroke is not a combining mark, so NFKD leaves them as they are. */
const NO_DECOMPOSITION: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i' };

/**
 * The built-in Helvetica only encodes WinAnsi; pdfkit writes anything else as broken hex. Accents are
 * dropped where that gives a WinAnsi letter ("Łódź" -> "Lódz"); anything else becomes "?".
 */
function safe(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (isWinAnsi(char)) {
      out += char;
      continue;
    }
    const base = NO_DECOMPOSITION[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, '');
    out += base.length > 0 && [...base].every(isWinAnsi) ? base : '?';
  }
  return out;
}

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n') return true;
  // C0/C1 control codes have no glyphs, and pdfkit would write them as single hex digits.
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return false;
  return code <= 0xff || WIN_ANSI_EXTRAS.has(char);
}
