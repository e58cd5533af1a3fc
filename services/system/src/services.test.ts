import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { services } from './services.ts';

const servicesDir = fileURLToPath(new URL('../../', import.meta.url));

describe('the system is one list', () => {
  it('lists every service folder (one with a src/server.ts) once, under its folder name', () => {
    const folders = readdirSync(servicesDir).filter((name) =>
      existsSync(`${servicesDir}${name}/src/server.ts`),
    );
    expect(services.map((s) => s.name).sort()).toEqual(folders.sort());
    expect(new Set(services.map((s) => s.name)).size).toBe(services.length);
  });

  it('gives each service its own default port after the gateway (4000), in list order', () => {
    expect(services.map((s) => s.port)).toEqual(services.map((_, i) => 4001 + i));
  });

  it('finds each service its own SDL and migrations beside its definition', () => {
    for (const s of services) {
      expect(s.sdlPath).toBe(`${servicesDir}${s.name}/src/schema.graphql`);
      expect(s.migrationsPath).toBe(`${servicesDir}${s.name}/src/migrations`);
      expect(s.migrations.length, s.name).toBeGreaterThan(0);
    }
  });
});
