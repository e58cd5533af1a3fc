/**
 * API-3 retry schedule for subscription webhooks: exponential back-off with full jitter (a random
 * delay between 0 and 2 s × 2^(attempt − 1), capped at 6 hours) for 3 days from the delivery's
 * creation; the last attempt is at exactly 3 days, after which the delivery has failed.
 */
export const RETRY_BASE_MS = 2_000;
export const RETRY_CAP_MS = 6 * 60 * 60_000;
export const RETRY_WINDOW_MS = 3 * 24 * 60 * 60_000;

/** The longest wait after attempt `attempts` (the jitter picks between 0 and this). */
export function retryCeilingMs(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.min(attempts - 1, 30), RETRY_CAP_MS);
}

/**
 * When to try again after `attempts` failed attempts, or null once the 3-day window is over.
 * `random` is in [0, 1) (Math.random in production, fixed in tests).
 */
export function nextWebhookAttemptAt(
  createdAt: Date,
  attempts: number,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const deadline = createdAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= deadline) return null;
  const next = now.getTime() + Math.floor(random() * retryCeilingMs(attempts));
  return new Date(Math.min(next, deadline));
}
