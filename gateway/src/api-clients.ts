import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  addressKey,
  GATEWAY_TOKEN_HEADER,
  type Logger,
  type RequestIdentity,
  type RouteHandler,
  sendJson,
  signIdentityToken,
} from '@bc/platform/edge';
import { type Dispatcher, request } from 'undici';
import { RateLimited, type RateLimits, sendRateLimited } from './rate-limits.ts';

/** API-1: the token endpoint on the gateway's origin, served by accounts (`api-clients/token-endpoint.ts`). */
export const TOKEN_PATH = '/oauth/token';
const USE_PATH = '/api-clients/used';
const PASSED_HEADERS = ['content-type', 'cache-control', 'pragma', 'www-authenticate', 'allow'];

interface AccountsLink {
  /** Accounts' base URL (without /graphql). */
  baseUrl: () => string | undefined;
  /** Accounts' key: the gateway signs the caller's identity for it as for every GraphQL fetch. */
  key: string;
  agent: Dispatcher;
}

/**
 * Forwards `POST /oauth/token` to accounts, after the credentials limit of the caller's address
 * (API-2), with the caller's address in the signed identity (audit). The form body and the
 * Authorization header pass unchanged; accounts answers as RFC 6749 §5.
 */
export function tokenForwarding(
  accounts: AccountsLink,
  limits: RateLimits,
  callerOf: (req: IncomingMessage, requestId: string) => Omit<RequestIdentity, 'user'>,
): Record<string, RouteHandler> {
  return {
    [TOKEN_PATH]: async (req, res) => {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return sendJson(res, 405, { error: 'invalid_request', error_description: 'use POST' });
      }
      const caller = callerOf(req, String(res.getHeader('x-request-id') ?? ''));
      try {
        await limits.take('credentialsPerMinute', addressKey(caller.clientAddress));
      } catch (error) {
        if (error instanceof RateLimited) return sendRateLimited(res, error, 'json');
        throw error;
      }
      const base = accounts.baseUrl();
      if (!base) return sendJson(res, 503, { error: 'temporarily_unavailable' });
      const headers: Record<string, string> = {
        [GATEWAY_TOKEN_HEADER]: await signIdentityToken(accounts.key, 'accounts', { user: null, ...caller }),
        'x-request-id': caller.requestId,
      };
      for (const name of ['content-type', 'authorization', 'content-length'] as const) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const answer = await request(`${base}${TOKEN_PATH}`, {
        method: 'POST',
        dispatcher: accounts.agent,
        headers,
        body: req,
      });
      res.statusCode = answer.statusCode;
      for (const name of PASSED_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) res.setHeader(name, value);
      }
      await pipeline(answer.body, res);
    },
  };
}

/**
 * API-1: every operation an API client's token runs is reported to accounts (audit entry naming the
 * client and the operation, `lastUsedAt`). Sent without waiting, so a slow audit never slows the API;
 * a lost report is logged.
 */
export function clientUsePlugin<Ctx extends { identity: RequestIdentity }>(
  accounts: AccountsLink,
  logger: Logger,
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName, operation }) {
          const identity = contextValue.identity;
          const base = accounts.baseUrl();
          if (!identity.user?.client || !base) return;
          const name = operationName ?? `anonymous ${operation?.operation ?? 'operation'}`;
          void (async () => {
            const answer = await request(`${base}${USE_PATH}`, {
              method: 'POST',
              dispatcher: accounts.agent,
              headers: {
                [GATEWAY_TOKEN_HEADER]: await signIdentityToken(accounts.key, 'accounts', identity),
                'content-type': 'application/json',
              },
              body: JSON.stringify({ operation: name }),
            });
            await answer.body.dump();
          })().catch((error) =>
            logger.warn({ err: error, clientId: identity.user?.userId }, 'API client use not recorded'),
          );
        },
      };
    },
  };
}
