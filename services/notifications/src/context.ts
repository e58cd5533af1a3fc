import type { ServiceContext } from '@bc/platform';

export interface NotificationsContext extends ServiceContext {
  /** True when mail goes to the local mailbox (embedded default). */
  mailboxEnabled: boolean;
}
