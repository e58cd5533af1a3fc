/** The inventory service's public surface: its definition (services/system lists it) and configuration. */
export { inventoryConfigSchema, inventoryService } from './server.ts';
