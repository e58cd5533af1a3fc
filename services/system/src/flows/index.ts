/**
 * The GraphQL flows the demo seed and the scenarios share (sign-up, sign-in, partners, customers,
 * agreements): each goes through the gateway over HTTP, as a person's browser or a partner tool would.
 */
export * from './agreements.ts';
export * from './api-clients.ts';
export * from './client.ts';
export * from './flows.ts';
