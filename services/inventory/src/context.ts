import type { ServiceContext } from '@bc/platform';

export interface InventoryContext extends ServiceContext {}
