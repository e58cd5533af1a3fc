/** The notifications service's public surface: its definition (services/system lists it) and configuration. */
export { notificationsConfigSchema, notificationsService } from './server.ts';
