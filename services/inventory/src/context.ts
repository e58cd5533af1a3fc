import type { Outbox, ServiceContext } from '@bc/platform';

export interface InventoryDeps {
  outbox: Outbox;
  settings: {
    /** INV-4: days a self-provisioned service waits for its order (default 30). */
    orderDays: number;
  };
}

export interface InventoryContext extends ServiceContext {
  deps: InventoryDeps;
}
