export * from './gateway.ts';
export * from './limits.ts';
