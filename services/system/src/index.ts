export * from './services.ts';
export * from './system.ts';
