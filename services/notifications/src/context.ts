import type { ServiceContext } from '@bc/platform';

export interface NotificationsContext extends ServiceContext {
  /** True when mail goes to the local mailbox (embedded default). */
  mailboxEnabled: boolean;
  /** NOT-2: the published webhook signing keys (JWKS). */
  webhookKeys: () => { keys: unknown[] };
}
