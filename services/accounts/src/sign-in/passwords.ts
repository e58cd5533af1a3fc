import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { codedError } from '@bc/platform';
import { Counter } from 'prom-client';

/** scrypt (memory-hard): N=2^15, r=8, p=1 uses 32 MiB per hash. */
const N = 32768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

/**
 * At most this many derivations at once per process; the rest wait their turn. Each holds 32 MiB
 * outside the V8 heap while it runs in libuv's thread pool (4 threads), so a burst of sign-ins
 * and new users took 4 x 32 MiB on top of the process: accounts peaked at 327 MiB resident while
 * the dashboard benchmark seeded 200 users (target: 300 MiB per process). With 2 the peak stays
 * under 2 x 32 MiB extra; on 2 cores throughput is the same, as scrypt is CPU-bound.
 */
const CONCURRENT_DERIVATIONS = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  if (running >= CONCURRENT_DERIVATIONS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await new Promise((resolve, reject) =>
      scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N: n, r, p, maxmem: MAX_MEM }, (err, key) =>
        err ? reject(err) : resolve(key),
      ),
    );
  } finally {
    // Hand the slot straight to the next waiter (running stays the same), or free it.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/**
 * API-2: sign-in password checks admitted at once per process: 2 deriving and 8 waiting (at about
 * 190 ms a check, the last waits about 1 s). One more is refused at once with TOO_MANY_REQUESTS
 * (429, Retry-After 1) instead of queueing behind a flood, so the queue (and its wait) is bounded.
 * New passwords (`hashPassword`: new users, resets, changes) are not refused; they share the 2 slots.
 */
export const PASSWORD_CHECK_QUEUE = 8;
const ADMITTED_CHECKS = CONCURRENT_DERIVATIONS + PASSWORD_CHECK_QUEUE;
let admitted = 0;

/** What happened to sign-in password checks (`/metrics`); the scenarios count hashes with it. */
export const passwordChecks = new Counter({
  name: 'accounts_password_checks_total',
  help: 'Sign-in password checks: hashed, or refused before hashing (throttled, busy, second_in_request)',
  labelNames: ['outcome'],
  registers: [],
});
for (const outcome of ['hashed', 'throttled', 'busy', 'second_in_request'])
  passwordChecks.inc({ outcome }, 0);

export interface PasswordCheck {
  /** Checks the password against the stored hash (the unusable one for unknown accounts). */
  verify(password: string, stored: string): Promise<boolean>;
  /** Gives the place back; called once the check is done or will not happen. Idempotent. */
  release(): void;
}

/** Takes a place in the bounded queue, or refuses at once when it is full. */
export function admitPasswordCheck(): PasswordCheck {
  if (admitted >= ADMITTED_CHECKS) {
    passwordChecks.inc({ outcome: 'busy' });
    throw codedError('TOO_MANY_REQUESTS', 'Too many sign-ins at once; try again in 1 second', {
      reason: 'SIGN_IN_BUSY',
      retryAfterSeconds: 1,
    });
  }
  admitted += 1;
  let held = true;
  const release = () => {
    if (held) admitted -= 1;
    held = false;
  };
  return {
    async verify(password, stored) {
      passwordChecks.inc({ outcome: 'hashed' });
      return verifyPassword(password, stored);
    },
    release,
  };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, expected] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !expected) return false;
  const key = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  const want = Buffer.from(expected, 'base64url');
  return want.length === key.length && timingSafeEqual(want, key);
}

/** A hash that never matches, so unknown accounts cost the same time as wrong passwords. */
export const UNUSABLE_HASH = `scrypt$${N}$${R}$${P}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(32).toString('base64url')}`;

/** Tokens (invitation and set-password links, refresh tokens) are stored as SHA-256 hashes. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
