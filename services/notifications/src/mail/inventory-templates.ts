import { type EventEnvelope, type inventory, productDisplayName } from '@bc/contracts';
import type { RenderedMail } from './templates.ts';

type Payload<T extends { payload: { parse(v: unknown): unknown } }> = ReturnType<T['payload']['parse']>;
type Provisioned = EventEnvelope<Payload<typeof inventory.subscriptionProvisioned>>;
type Cancelled = EventEnvelope<Payload<typeof inventory.subscriptionCancelled>>;
type Alerted = EventEnvelope<Payload<typeof inventory.expiryAlerted>>;

/** The service and plan by the one display-name rule ("Exchange Online (Plan 1)", not the service twice). */
const serviceName = (p: { serviceName: string; plan: string }) =>
  productDisplayName({ product: p.serviceName, edition: p.plan });

/** INV-4: the customer learns the service is ready. */
export function serviceReadyMail(event: Provisioned, to: string): RenderedMail {
  const p = event.payload;
  return {
    to,
    subject: `${serviceName(p)} is ready to use`,
    text: [
      `${p.quantity} × ${serviceName(p)} is set up and ready to use.`,
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
    subject: `Order due: ${p.quantity} × ${serviceName(p)}`,
    text: `Your customer set up ${p.quantity} × ${serviceName(p)} (${p.sku}) on purchasing account ${p.purchasingAccountId}.\nPlace the order by ${p.orderDeadline.slice(0, 10)}; without it the service is cancelled.`,
  };
}

/** INV-4/NOT-2: everyone learns the service was cancelled for lack of an order. */
export function serviceCancelledMail(event: Cancelled, to: string): RenderedMail {
  const p = event.payload;
  return {
    to,
    subject: `${serviceName(p)} was cancelled`,
    text: `${p.quantity} × ${serviceName(p)} was cancelled because no order arrived in time.`,
  };
}

const thresholdText = {
  DAYS_90: 'expires within 90 days',
  DAYS_30: 'expires within 30 days',
  EXPIRED: 'has expired',
};

const DAY_MS = 86_400_000;
const utcDay = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00.000Z`);

/**
 * INV-3: an item expiring on D is valid through D (CRITICAL) and EXPIRED from D+1. Days left are
 * counted from the day the alert was raised, so an alert on D says "expires today", never "in 0 days".
 */
function expiryPhrase(p: Alerted['payload'], occurredAt: string): string {
  if (p.threshold === 'EXPIRED') return thresholdText.EXPIRED;
  const daysLeft = Math.round((utcDay(p.expiresOn) - utcDay(occurredAt)) / DAY_MS);
  if (daysLeft <= 0) return 'expires today';
  if (daysLeft === 1) return 'expires tomorrow';
  return thresholdText[p.threshold];
}

/** NOT-3: expiry alert to administrators and the partner of record. */
export function expiryAlertMail(event: Alerted, to: string): RenderedMail {
  const p = event.payload;
  const phrase = expiryPhrase(p, event.occurredAt);
  const expiredFrom = new Date(utcDay(p.expiresOn) + DAY_MS).toISOString().slice(0, 10);
  const rule =
    p.threshold === 'EXPIRED'
      ? `It was valid through ${p.expiresOn} (UTC).`
      : `It is valid through ${p.expiresOn} (UTC) and expired from ${expiredFrom}.`;
  return {
    to,
    subject: `${p.name} ${phrase}`,
    text: `${p.name} on purchasing account ${p.purchasingAccountId} ${phrase} (${p.expiresOn}). ${rule}`,
  };
}
