/** The reporting service's public surface: its definition (services/system lists it) and configuration. */
export { reportingConfigSchema, reportingService } from './server.ts';
