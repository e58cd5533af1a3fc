import { ConfigError } from '@bc/platform';
import { describe, expect, it } from 'vitest';
import { startSystem } from './system.ts';

describe('the embedded runtime', () => {
  it.each(['BC_DATABASE_URL', 'BC_PUBLIC_URL'])(
    'refuses one %s for every service in one process, naming the per-service variable',
    async (variable) => {
      const start = startSystem({ env: { [variable]: 'postgres://bc:bc@127.0.0.1:5432/shared', PORT: '0' } });
      await expect(start).rejects.toThrow(ConfigError);
      await expect(start).rejects.toThrow(`${variable}_<SERVICE>`);
    },
  );
});
