import type { OutboundPolicy, ServiceContext } from '@bc/platform';

export interface NotificationsContext extends ServiceContext {
  /** True when mail goes to the local mailbox (embedded default). */
  mailboxEnabled: boolean;
  /** NOT-2: the published webhook signing keys (JWKS). */
  webhookKeys: () => { keys: unknown[] };
  /** API-3: where webhook endpoints may point (public https only in production). */
  webhookPolicy: OutboundPolicy;
  /** Wakes the dispatcher after a ping or a redelivery. */
  kickDeliveries: () => void;
}
