/** The benefits service's public surface: its definition (services/system lists it) and configuration. */
export { benefitsConfigSchema, benefitsService } from './server.ts';
