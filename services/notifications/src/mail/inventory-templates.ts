import type { EventEnvelope, inventory } from '@bc/contracts';
import type { RenderedMail } from './templates.ts';

type Payload<T extends { payload: { parse(v: unknown): unknown } }> = ReturnType<T['payload']['parse']>;
type Provisioned = EventEnvelope<Payload<typeof inventory.subscriptionProvisioned>>;
type Cancelled = EventEnvelope<Payload<typeof inventory.subscriptionCancelled>>;
type Alerted = EventEnvelope<Payload<typeof inventory.expiryAlerted>>;

/** INV-4: the customer learns the service is ready. */
export function serviceReadyMail(event: Provisioned, to: string): RenderedMail {
  const p = event.payload;
  return {
    to,
    subject: `${p.serviceName} ${p.plan} is ready to use`,
    text: [
      `${p.quantity} × ${p.serviceName} ${p.plan} is set up and ready to use.`,
      p.manageServicesUrl ? `Manage services: ${p.manageServicesUrl}` : '',
      `Your partner has been told and must place the order by ${p.orderDeadline.slice(0, 10)}, or the service is cancelled.`,
    ].join('\n'),
  };
}

/** NOT-2: the partner must place the order. */
export function orderDueMail(event: Provisioned, to: string): RenderedMail {
  const p = event.payload;
  return {
    to,
    subject: `Order due: ${p.quantity} × ${p.serviceName} ${p.plan}`,
    text: `Your customer set up ${p.quantity} × ${p.serviceName} ${p.plan} (${p.sku}) on purchasing account ${p.purchasingAccountId}.\nPlace the order by ${p.orderDeadline.slice(0, 10)}; without it the service is cancelled.`,
  };
}

/** INV-4/NOT-2: everyone learns the service was cancelled for lack of an order. */
export function serviceCancelledMail(event: Cancelled, to: string): RenderedMail {
  const p = event.payload;
  return {
    to,
    subject: `${p.serviceName} ${p.plan} was cancelled`,
    text: `${p.quantity} × ${p.serviceName} ${p.plan} was cancelled because no order arrived in time.`,
  };
}

const thresholdText = {
  DAYS_90: 'expires within 90 days',
  DAYS_30: 'expires within 30 days',
  EXPIRED: 'has expired',
};

/** NOT-3: expiry alert to administrators and the partner of record. */
export function expiryAlertMail(event: Alerted, to: string): RenderedMail {
  const p = event.payload;
  return {
    to,
    subject: `${p.name} ${thresholdText[p.threshold]}`,
    text: `${p.name} on purchasing account ${p.purchasingAccountId} ${thresholdText[p.threshold]} (${p.expiresOn}).`,
  };
}
