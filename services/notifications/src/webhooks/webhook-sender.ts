import { isIP, type LookupFunction } from 'node:net';
import { checkOutboundUrl, type OutboundPolicy, type Resolve, systemResolve } from '@bc/platform';
import { Agent, request } from 'undici';
import type { Delivery } from '../deliveries/delivery.ts';
import { WEBHOOK_SIGNATURE_HEADER, type WebhookSigner } from './webhook-signer.ts';

/** One attempt, connect + headers + body, unless `BC_WEBHOOK_TIMEOUT_MS` says otherwise. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Sends one attempt with these extra headers; resolves with the 2xx status, else throws (WebhookFailure for an answer). */
export type SendWebhook = (
  delivery: Delivery,
  signal: AbortSignal,
  headers?: Record<string, string>,
) => Promise<number>;

/** The endpoint answered, but not with 2xx: the status goes to the attempt log. */
export class WebhookFailure extends Error {
  constructor(readonly statusCode: number) {
    super(`webhook answered ${statusCode}`);
  }
}

/** A socket look-up that answers only with the addresses that were checked (no second DNS answer). */
export function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, entries);
    else callback(null, entries[0]!.address, entries[0]!.family);
  }) as LookupFunction;
}

/**
 * NOT-2: POSTs the event to the partner's endpoint, signed. The URL is checked again before each
 * attempt (DNS can change since it was saved) and the connection goes to the addresses that were
 * checked; redirects are not followed. A refused URL throws OutboundRefused (nothing was sent); a
 * non-2xx answer or the time-out is a failed attempt that the dispatcher retries with back-off.
 */
export function webhookSender(
  signer: WebhookSigner,
  policy: OutboundPolicy,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
  resolve: Resolve = systemResolve,
): SendWebhook {
  return async (delivery, signal, extra = {}) => {
    const { url, addresses } = await checkOutboundUrl(delivery.recipient, policy, resolve);
    const body = delivery.text ?? '';
    const agent = new Agent({
      connect: { lookup: pinnedLookup(addresses), timeout: timeoutMs },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    try {
      const res = await request(url, {
        method: 'POST',
        dispatcher: agent,
        headers: {
          'content-type': 'application/json',
          [WEBHOOK_SIGNATURE_HEADER]: await signer.sign(body),
          'x-bc-delivery-id': delivery.id,
          'x-bc-event-type': delivery.eventType,
          ...extra,
        },
        body,
        // The whole attempt, whatever phase hangs; `signal` also ends it when the dispatcher stops.
        signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      });
      await res.body.dump();
      if (res.statusCode < 200 || res.statusCode > 299) throw new WebhookFailure(res.statusCode);
      return res.statusCode;
    } finally {
      await agent.destroy().catch(() => {});
    }
  };
}
