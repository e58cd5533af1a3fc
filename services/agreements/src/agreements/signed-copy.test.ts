import { describe, expect, it } from 'vitest';
import { renderSignedCopy, type SignedCopyData } from './signed-copy.ts';

const data: SignedCopyData = {
  agreementNumber: 'MPSA-0012345678',
  organizationName: 'Contoso Ltd.',
  partnerName: 'Fabrikam Partners',
  purchasingAccount: {
    number: 'PA-7788',
    name: 'Contoso Europe',
    address: {
      line1: '1 Main Street',
      line2: 'Floor 3',
      city: 'Dublin',
      region: null,
      postalCode: 'D02 XY12',
      country: 'IE',
    },
  },
  startDate: '2026-03-01',
  endDate: '2029-02-28',
  anniversaryMonth: 3,
  offers: [
    { code: 'O365E3', name: 'Office 365 E3', productPool: 'Applications', priceLevel: 'A' },
    { code: 'AZURE', name: 'Azure Plan', productPool: 'Server', priceLevel: 'A' },
  ],
  signature: {
    method: 'ELECTRONIC',
    // "Ta" and "av" are kerning pairs in Helvetica, so this name is split inside its TJ array.
    signerName: 'Anna Tavares',
    signerTitle: 'Procurement Director',
    signedAt: '2026-02-20T14:35:12+01:00',
  },
};

/** WinAnsi codes for the characters beyond Latin-1 that these tests use. */
const WIN_ANSI: Record<string, number> = { '\u2014': 0x97 };

/** A string as pdfkit writes it with a standard font: WinAnsi bytes as lowercase hex. */
function pdfHex(text: string): string {
  return [...text]
    .map((char) => (WIN_ANSI[char] ?? char.charCodeAt(0)).toString(16).padStart(2, '0'))
    .join('');
}

/**
 * The hex of each text run (`[<41> 30 <6172>] TJ`), with the kerning numbers between the pieces
 * dropped, so a search does not depend on where the font kerns.
 */
function shownHex(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((match) =>
    [...(match[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((piece) => piece[1]?.toLowerCase()).join(''),
  );
}

function shows(pdf: Buffer, text: string): boolean {
  const hex = pdfHex(text);
  return shownHex(pdf).some((run) => run.includes(hex));
}

describe('AGR-3 signed copy PDF', () => {
  it('AGR-3 is a complete PDF file of some substance', async () => {
    const pdf = await renderSignedCopy(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf.length).toBeGreaterThan(1500);
  });

  it('AGR-3 shows the title, agreement number, parties and signer', async () => {
    const pdf = await renderSignedCopy(data, { compress: false });
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    for (const text of [
      'Microsoft Products and Services Agreement \u2014 signed copy',
      'MPSA-0012345678',
      'Contoso Ltd.',
      'Fabrikam Partners',
      'Contoso Europe (PA-7788)',
      'Dublin, D02 XY12',
      'March',
      'Office 365 E3',
      'Electronic signature',
      'Anna Tavares',
      'Procurement Director',
      '2026-02-20 13:35:12 UTC',
    ]) {
      expect(shows(pdf, text), text).toBe(true);
    }
    expect(shows(pdf, 'Someone Else')).toBe(false);
  });

  it('AGR-3 the text search sees through kerning (the raw hex of a kerned name is split)', async () => {
    const pdf = await renderSignedCopy(data, { compress: false });
    expect(pdf.toString('latin1')).not.toContain(pdfHex('Anna Tavares'));
    expect(shows(pdf, 'Anna Tavares')).toBe(true);
  });

  it('AGR-3 the same data renders byte-identical copies', async () => {
    const [first, second] = await Promise.all([renderSignedCopy(data), renderSignedCopy(data)]);
    expect(first.equals(second)).toBe(true);
  });

  it('AGR-3 creation date in the metadata is the signing time', async () => {
    const raw = (await renderSignedCopy(data, { compress: false })).toString('latin1');
    // pdfkit writes each info value as its own object: /CreationDate 19 0 R ... 19 0 obj (D:...)
    const ref = /\/CreationDate (\d+) 0 R/.exec(raw)?.[1];
    expect(ref).toBeDefined();
    expect(raw).toContain(`\n${ref} 0 obj\n(D:20260220133512Z)\nendobj`);
  });

  it('AGR-3 a direct agreement without a partner says so', async () => {
    const pdf = await renderSignedCopy({ ...data, partnerName: null }, { compress: false });
    expect(shows(pdf, 'None (direct agreement)')).toBe(true);
  });

  it('AGR-3 many offers flow onto more pages and keep the signature block', async () => {
    const offers = Array.from({ length: 60 }, (_, i) => ({
      code: `OF-${i}`,
      name: `Offer ${i}`,
      productPool: 'Applications',
      priceLevel: 'A',
    }));
    const pdf = await renderSignedCopy({ ...data, offers }, { compress: false });
    expect(shows(pdf, 'Offer 59')).toBe(true);
    expect(shows(pdf, 'Anna Tavares')).toBe(true);
    expect(shows(pdf, 'page 2 of')).toBe(true);
  });

  it('AGR-3 names outside the built-in font are written legibly, not as broken hex', async () => {
    const pdf = await renderSignedCopy({ ...data, organizationName: 'Łódź Żółw 東京' }, { compress: false });
    expect(shows(pdf, 'Lódz Zólw ??')).toBe(true);
    // Every hex run must be whole bytes; pdfkit would emit e.g. "142" for Ł if given it raw.
    expect(shownHex(pdf).every((run) => run.length % 2 === 0)).toBe(true);
  });

  it.each([0, 13, 2.5])('AGR-3 rejects anniversary month %s', async (anniversaryMonth) => {
    await expect(renderSignedCopy({ ...data, anniversaryMonth })).rejects.toThrow(/anniversaryMonth/);
  });

  it('AGR-3 rejects a signing time without a time zone', async () => {
    const signature = { ...data.signature, signedAt: '2026-02-20T14:35:12' };
    await expect(renderSignedCopy({ ...data, signature })).rejects.toThrow(/signedAt/);
  });
});
