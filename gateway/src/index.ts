export * from './config.ts';
export * from './gateway.ts';
export { buildGraphiqlAssets } from './graphiql/assets.ts';
export * from './limits.ts';
export { LINK_ROUTES } from './link-forwarding.ts';
export { createGatewayMetrics } from './metrics.ts';
