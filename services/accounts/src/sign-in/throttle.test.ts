import { describe, expect, it } from 'vitest';
import { lockDuration, retryAfterSeconds } from './throttle.ts';

describe('ACC-4 sign-in throttling', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 60_000],
    [6, 120_000],
    [7, 240_000],
    [8, 480_000],
    [9, 900_000],
    [30, 900_000],
  ])('ACC-4 after %i failures in a row the next attempt waits %i ms', (failures, ms) => {
    expect(lockDuration(failures)).toBe(ms);
  });

  it('ACC-4 the wait counts from the last failure', () => {
    const last = new Date('2026-03-01T10:00:00.000Z');
    const state = { failedSignIns: 5, lastFailedSignInAt: last };
    expect(retryAfterSeconds(state, new Date('2026-03-01T10:00:00.000Z'))).toBe(60);
    expect(retryAfterSeconds(state, new Date('2026-03-01T10:00:59.500Z'))).toBe(1);
    expect(retryAfterSeconds(state, new Date('2026-03-01T10:01:00.000Z'))).toBe(0);
    expect(retryAfterSeconds({ failedSignIns: 0, lastFailedSignInAt: null }, last)).toBe(0);
  });
});
