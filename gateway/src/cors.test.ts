import { describe, expect, it } from 'vitest';
import { gatewayConfigSchema } from './config.ts';
import { parseCorsOrigins } from './cors.ts';

describe('GW-2 WEB-1 BC_CORS_ORIGINS', () => {
  it('GW-2 WEB-1 takes exact origins, comma-separated; empty keeps CORS closed', () => {
    expect(parseCorsOrigins(undefined)).toEqual([]);
    expect(parseCorsOrigins('')).toEqual([]);
    expect(parseCorsOrigins(' https://tools.example , http://127.0.0.1:5173 ')).toEqual([
      'https://tools.example',
      'http://127.0.0.1:5173',
    ]);
  });

  it('GW-2 WEB-1 names what is not an exact origin (a path, a wildcard, a trailing slash, another scheme)', () => {
    expect(
      parseCorsOrigins(
        'https://ok.example,https://a.example/path,*,https://b.example/,ftp://c.example,tools.example',
      ),
    ).toEqual({
      invalid: ['https://a.example/path', '*', 'https://b.example/', 'ftp://c.example', 'tools.example'],
    });
    const parsed = gatewayConfigSchema.safeParse({
      BC_SUBGRAPH_SECRET: 'x'.repeat(32),
      BC_CORS_ORIGINS: '*',
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('BC_CORS_ORIGINS');
  });
});
