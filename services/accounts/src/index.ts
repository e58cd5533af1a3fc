/** The accounts service's public surface: its definition (services/system lists it) and configuration. */
export { accountsConfigSchema, accountsService } from './server.ts';
