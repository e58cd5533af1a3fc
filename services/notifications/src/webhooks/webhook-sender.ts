import type { Delivery } from '../deliveries/delivery.ts';
import { WEBHOOK_SIGNATURE_HEADER, type WebhookSigner } from './webhook-signer.ts';

export const WEBHOOK_TIMEOUT_MS = 5000;

/**
 * NOT-2: POSTs the event to the partner's endpoint, signed. A non-2xx answer or a timeout is a
 * failed attempt (the dispatcher retries with back-off); the delivery id lets the partner drop a repeat.
 */
export function webhookSender(signer: WebhookSigner, timeoutMs = WEBHOOK_TIMEOUT_MS) {
  return async (delivery: Delivery): Promise<void> => {
    const body = delivery.text ?? '';
    const res = await fetch(delivery.recipient, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_SIGNATURE_HEADER]: await signer.sign(body),
        'x-bc-delivery-id': delivery.id,
        'x-bc-event-type': delivery.eventType,
      },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    await res.body?.cancel();
  };
}
