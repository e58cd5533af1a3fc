import type { AgreementsContext } from '../context.ts';
import type { Agreement } from './agreement.ts';
import { renderSignedCopy } from './signed-copy.ts';

/** AGR-3: the signed copy, rendered from the agreement's data when asked for (only once signed). */
export async function signedCopyOf(ctx: AgreementsContext, agreement: Agreement) {
  if (agreement.status !== 'SIGNED' || !agreement.signature) return null;
  const account = (await ctx.loaders.purchasingAccounts.load(agreement.purchasingAccountId))!;
  const pdf = await renderSignedCopy({
    agreementNumber: agreement.number,
    organizationName: agreement.customerName,
    partnerName: null,
    purchasingAccount: { number: account.number, name: account.name, address: account.address },
    startDate: agreement.startDate,
    endDate: agreement.endDate,
    anniversaryMonth: agreement.anniversaryMonth,
    offers: agreement.offers,
    signature: agreement.signature,
  });
  return {
    fileName: `${agreement.number}-signed.pdf`,
    contentType: 'application/pdf',
    contentBase64: pdf.toString('base64'),
  };
}
