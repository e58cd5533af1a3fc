/**
 * The part of the platform the gateway uses (`@bc/platform/edge`): tokens and identities, config,
 * errors, the HTTP service and the logger, without the ORM, the database drivers and Kafka that
 * the index also exports. Importing the index cost the gateway process about 35-40 MiB resident
 * for modules it never runs (`pnpm bench:dashboard:processes`, scripts/bench/README.md).
 */
export * from './auth/access-tokens.ts';
export * from './auth/identity.ts';
export * from './auth/permissions.ts';
export * from './auth/revocations.ts';
export * from './clock.ts';
export * from './config.ts';
export * from './errors.ts';
export type * from './events/transport.ts';
export * from './http/address-key.ts';
export * from './http/operation-log.ts';
export * from './http/server.ts';
export * from './logger.ts';
export * from './telemetry/spans.ts';
export * from './telemetry/telemetry.ts';
