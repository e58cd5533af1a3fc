import type { agreements, EventEnvelope } from '@bc/contracts';
import { mailLinkToken } from '@bc/platform';
import type { RenderedMail } from './templates.ts';

type Payload<T extends { payload: { parse(v: unknown): unknown } }> = ReturnType<T['payload']['parse']>;

/** AGR-2: the customer's signer learns the sales package is ready to sign. */
export function readyToSignMail(
  event: EventEnvelope<Payload<typeof agreements.salesPackageSent>>,
  linkSecret: string,
): RenderedMail {
  const p = event.payload;
  // OPS-3: the token is made here from the id in the event (platform mail-links).
  const how =
    p.signingLinkId && p.signingPage
      ? [
          `Review and sign it here: ${p.signingPage}?token=${encodeURIComponent(mailLinkToken(linkSecret, 'signing', p.signingLinkId))}`,
        ]
      : ['Your partner will send you the paper copy to sign and return.'];
  return {
    to: p.signerEmail,
    subject: `Agreement ${p.agreementNumber} for ${p.organizationName} is ready to sign`,
    text: [
      `Hello ${p.signerName},`,
      '',
      `Your partner has sent agreement ${p.agreementNumber} for ${p.organizationName}.`,
      ...how,
    ].join('\n'),
  };
}

/** NOT-2: the partner learns the customer's decision. */
export function agreementSignedMail(
  event: EventEnvelope<Payload<typeof agreements.agreementSigned>>,
  partnerEmail: string,
): RenderedMail {
  const p = event.payload;
  return {
    to: partnerEmail,
    subject: `Agreement ${p.agreementNumber} was signed by ${p.organizationName}`,
    text: [
      `${p.signerName} (${p.signerTitle}) signed agreement ${p.agreementNumber} ${p.method === 'PAPER' ? 'on paper' : 'electronically'} on ${p.signedAt}.`,
      `Purchasing account ${p.purchasingAccountNumber}; term ${p.startDate} to ${p.endDate}.`,
      p.newCustomer
        ? `The domain administrator (${p.newCustomer.domainAdministratorEmail}) is being invited to register.`
        : '',
    ].join('\n'),
  };
}

export function agreementDeclinedMail(
  event: EventEnvelope<Payload<typeof agreements.agreementDeclined>>,
  partnerEmail: string,
): RenderedMail {
  const p = event.payload;
  return {
    to: partnerEmail,
    subject: `Agreement ${p.agreementNumber} was declined by ${p.organizationName}`,
    text: [`${p.organizationName} declined agreement ${p.agreementNumber}.`, `Reason: ${p.reason}`].join(
      '\n',
    ),
  };
}
