import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { addressKey } from '@bc/platform/edge';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * API-2: requests per minute (fixed one-minute windows, `rate-limiter-flexible` in memory: each
 * gateway replica counts on its own, so N replicas admit up to N times these). 0 turns one off.
 */
export interface RateLimitSettings {
  /** Per signed-in caller (the token's subject: a user or an API client). */
  clientPerMinute: number;
  /** Per client address, signed in or not, every /graphql, /auth and /oauth request. */
  addressPerMinute: number;
  /** Per client address: sign-in operations and token requests (tighter, so guessing cannot starve anyone). */
  credentialsPerMinute: number;
}

export const RATE_LIMIT_DEFAULTS: RateLimitSettings = {
  clientPerMinute: 600,
  addressPerMinute: 1200,
  credentialsPerMinute: 30,
};

/** The GraphQL operations that check a password (the token endpoint counts in the same bucket). */
export const CREDENTIAL_FIELDS = new Set([
  'signIn',
  'signInFromInvitation',
  'signUpFromInvitation',
  'changePassword',
]);

/** Paths the address limit covers (probes and metrics are never limited). */
const LIMITED_PATHS = /^\/(graphql|auth\/|oauth\/)/;

export type Bucket = keyof RateLimitSettings;

/** A refusal: seconds to wait. */
export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; retry after ${retryAfterSeconds} s`);
  }
}

export function createRateLimits(settings: RateLimitSettings) {
  const limiters = Object.fromEntries(
    (Object.keys(settings) as Bucket[]).map((bucket) => [
      bucket,
      settings[bucket] > 0
        ? new RateLimiterMemory({ keyPrefix: bucket, points: settings[bucket], duration: 60 })
        : null,
    ]),
  ) as Record<Bucket, RateLimiterMemory | null>;

  /** Uses one request of `key`'s allowance in `bucket`; throws `RateLimited` when none is left. */
  async function take(bucket: Bucket, key: string): Promise<void> {
    const limiter = limiters[bucket];
    if (!limiter) return;
    try {
      await limiter.consume(key);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes)
        throw new RateLimited(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      throw refusal;
    }
  }

  return {
    take,
    /**
     * The per-address limit, first on every limited path; /graphql answers a GraphQL error
     * (code RATE_LIMITED), the others JSON `{ error: "rate_limited" }`; both 429 with Retry-After.
     */
    intercept:
      (addressOf: (req: IncomingMessage) => string | undefined) =>
      async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
        if (!LIMITED_PATHS.test(url.pathname) || req.method === 'OPTIONS') return false;
        try {
          await take('addressPerMinute', addressKey(addressOf(req)));
          return false;
        } catch (error) {
          if (!(error instanceof RateLimited)) throw error;
          sendRateLimited(res, error, url.pathname === '/graphql' ? 'graphql' : 'json');
          return true;
        }
      },
  };
}
export type RateLimits = ReturnType<typeof createRateLimits>;

/** 429 with Retry-After, as a GraphQL response or a plain JSON error (token endpoint, /auth). */
export function sendRateLimited(res: ServerResponse, refusal: RateLimited, shape: 'graphql' | 'json'): void {
  res.writeHead(429, {
    'content-type': 'application/json; charset=utf-8',
    'retry-after': String(refusal.retryAfterSeconds),
    'cache-control': 'no-store',
  });
  res.end(
    JSON.stringify(
      shape === 'graphql'
        ? {
            errors: [
              {
                message: refusal.message,
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: refusal.retryAfterSeconds },
              },
            ],
          }
        : { error: 'rate_limited', error_description: refusal.message },
    ),
  );
}

/** The GraphQL error of a refusal; `http` makes Apollo answer 429 with Retry-After when thrown from the context. */
export function rateLimitedError(refusal: RateLimited): GraphQLError {
  const http = { status: 429, headers: new HeaderMap([['retry-after', String(refusal.retryAfterSeconds)]]) };
  const extensions: Record<string, unknown> = {
    code: 'RATE_LIMITED',
    retryAfterSeconds: refusal.retryAfterSeconds,
    http,
  };
  return new GraphQLError(refusal.message, { extensions });
}

/**
 * Sign-in operations count in the credentials bucket of the caller's address, once per operation
 * (a batch of signIns uses one each). Runs when the operation is known, before any subgraph is asked.
 */
export function credentialLimitPlugin<Ctx extends { identity: { clientAddress?: string } }>(
  limits: RateLimits,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const asks =
            operation?.selectionSet.selections.some(
              (s) => s.kind === 'Field' && CREDENTIAL_FIELDS.has(s.name.value),
            ) ?? false;
          if (!asks) return;
          try {
            await limits.take('credentialsPerMinute', addressKey(contextValue.identity.clientAddress));
          } catch (error) {
            if (error instanceof RateLimited) throw rateLimitedError(error);
            throw error;
          }
        },
      };
    },
  };
}
