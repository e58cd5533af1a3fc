import { describe, expect, it } from 'vitest';
import { nextWebhookAttemptAt, RETRY_CAP_MS, RETRY_WINDOW_MS, retryCeilingMs } from './retry-schedule.ts';

const created = new Date('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(created.getTime() + ms);

describe('API-3 webhook retry schedule', () => {
  it('API-3 the ceiling doubles from 2 seconds and stops growing at 6 hours', () => {
    expect([1, 2, 3, 4].map(retryCeilingMs)).toEqual([2000, 4000, 8000, 16000]);
    expect(retryCeilingMs(14)).toBeLessThan(RETRY_CAP_MS);
    expect(retryCeilingMs(15)).toBe(RETRY_CAP_MS);
    expect(retryCeilingMs(500)).toBe(RETRY_CAP_MS);
  });

  it('API-3 full jitter: the wait is random between 0 and the ceiling', () => {
    const now = at(60_000);
    expect(nextWebhookAttemptAt(created, 3, now, () => 0)).toEqual(now);
    expect(nextWebhookAttemptAt(created, 3, now, () => 0.5)).toEqual(new Date(now.getTime() + 4000));
    expect(nextWebhookAttemptAt(created, 3, now, () => 0.999_999)!.getTime()).toBeLessThan(
      now.getTime() + 8000,
    );
  });

  it('API-3 retries last 3 days: the last attempt is at the end of the window, then none', () => {
    const nearEnd = at(RETRY_WINDOW_MS - 60_000);
    expect(nextWebhookAttemptAt(created, 30, nearEnd, () => 0.99)).toEqual(at(RETRY_WINDOW_MS));
    expect(nextWebhookAttemptAt(created, 31, at(RETRY_WINDOW_MS), () => 0.5)).toBeNull();
    // Driven through with the longest waits: attempts keep coming until exactly 3 days.
    let now = created;
    let attempts = 1;
    for (;;) {
      const next = nextWebhookAttemptAt(created, attempts, now, () => 0.999);
      if (!next) break;
      expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(retryCeilingMs(attempts));
      now = next;
      attempts += 1;
    }
    expect(now).toEqual(at(RETRY_WINDOW_MS));
    expect(attempts).toBeGreaterThan(20);
  });
});
