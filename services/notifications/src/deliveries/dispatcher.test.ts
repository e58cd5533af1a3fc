import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptDelayMs } from './dispatcher.ts';

describe('NOT-5 delivery retries', () => {
  it('NOT-5 back-off doubles from 2 seconds and stops growing at 10 minutes', () => {
    expect([1, 2, 3, 4].map(nextAttemptDelayMs)).toEqual([2000, 4000, 8000, 16000]);
    expect(nextAttemptDelayMs(20)).toBe(600_000);
    expect(MAX_ATTEMPTS).toBeGreaterThan(3);
  });
});
