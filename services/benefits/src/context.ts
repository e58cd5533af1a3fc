import type { ServiceContext } from '@bc/platform';

/** Benefits needs nothing beyond the base context: its changes and events go through `ctx.tx`. */
export type BenefitsContext = ServiceContext;
