/** The benefits service's public surface: its definition (services/system lists it) and configuration. */

export { REBUILD_COVERED_TOTALS } from './entitlements/covered-total.ts';
export { benefitsConfigSchema, benefitsService } from './server.ts';
