import type { ServiceContext } from '@bc/platform';

export interface InventoryDeps {
  settings: {
    /** INV-4: days a self-provisioned service waits for its order (default 30). */
    orderDays: number;
    /** INV-5: signs download links (derived from the subgraph secret). */
    downloadSecret: string;
    /** Where users reach this service's /downloads route. */
    publicUrl: string;
  };
}

export interface InventoryContext extends ServiceContext {
  deps: InventoryDeps;
}
