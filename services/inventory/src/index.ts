/** The inventory service's public surface: its definition (services/system lists it) and configuration. */

export { REBUILD_INVENTORY_TOTALS } from './inventory-view/inventory-total.ts';
export { inventoryConfigSchema, inventoryService } from './server.ts';
