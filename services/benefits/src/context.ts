import type { Outbox, ServiceContext } from '@bc/platform';

export interface BenefitsContext extends ServiceContext {
  deps: { outbox: Outbox };
}
