import { describe, expect, it } from 'vitest';
import { createRateLimits, RateLimited } from './rate-limits.ts';

describe('API-2 rate limit buckets', () => {
  it('API-2 each key has its own allowance per minute; past it the wait is whole seconds within the minute', async () => {
    const limits = createRateLimits({ clientPerMinute: 2, addressPerMinute: 0, credentialsPerMinute: 1 });
    await limits.take('clientPerMinute', 'a');
    await limits.take('clientPerMinute', 'a');
    const refusal = await limits.take('clientPerMinute', 'a').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(RateLimited);
    expect((refusal as RateLimited).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refusal as RateLimited).retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another key, and the same key in another bucket, are untouched.
    await expect(limits.take('clientPerMinute', 'b')).resolves.toBeUndefined();
    await expect(limits.take('credentialsPerMinute', 'a')).resolves.toBeUndefined();
    await expect(limits.take('credentialsPerMinute', 'a')).rejects.toBeInstanceOf(RateLimited);
  });

  it('API-2 a limit of 0 is off', async () => {
    const limits = createRateLimits({ clientPerMinute: 0, addressPerMinute: 0, credentialsPerMinute: 0 });
    for (let i = 0; i < 1000; i++) await limits.take('addressPerMinute', 'x');
  });
});
