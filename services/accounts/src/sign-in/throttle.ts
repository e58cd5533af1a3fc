/**
 * ACC-4: repeated failures are throttled. The first 4 failures in a row cost nothing; from the 5th,
 * each further attempt must wait 1 minute, doubling per failure up to 15 minutes. A success resets.
 */
export const FREE_FAILURES = 4;
export const BASE_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 15 * 60_000;

export function lockDuration(failedSignIns: number): number {
  if (failedSignIns <= FREE_FAILURES) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failedSignIns - FREE_FAILURES - 1), MAX_LOCK_MS);
}

/** Seconds until the next attempt is allowed (0 when allowed now). */
export function retryAfterSeconds(
  state: { failedSignIns: number; lastFailedSignInAt: Date | null },
  now: Date,
): number {
  if (!state.lastFailedSignInAt) return 0;
  const until = state.lastFailedSignInAt.getTime() + lockDuration(state.failedSignIns);
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
