import { describe, expect, it } from 'vitest';
import { dayAfter, endOfDay } from './expiry.ts';

describe('WEB-10 API client expiry in the browser', () => {
  it('WEB-10 a default day ahead, and the end of a chosen day as an instant', () => {
    expect(dayAfter(new Date(2026, 0, 30), 2)).toBe('2026-02-01');
    expect(endOfDay('2026-06-01')).toBe(new Date(2026, 5, 1, 23, 59, 59).toISOString());
    expect(endOfDay('06/01/2026')).toBeNull();
  });
});
