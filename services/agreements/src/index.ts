/** The agreements service's public surface: its definition (services/system lists it) and configuration. */
export { agreementsConfigSchema, agreementsService } from './server.ts';
