import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * API-2: an answer carrying a TOO_MANY_REQUESTS error (sign-in throttling, a full hashing queue) or RATE_LIMITED (the gateway's own limits) is
 * HTTP 429 with `Retry-After` (the longest wait asked for). Subgraphs answer coded errors with 200,
 * since the gateway only passes a subgraph's errors on from a successful response; the status is
 * set here, once for the whole HTTP request (a batch shares one status and header).
 */
export function tooManyRequestsStatus<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const waits = (result.errors ?? [])
            .filter(
              (e) => e.extensions?.code === 'TOO_MANY_REQUESTS' || e.extensions?.code === 'RATE_LIMITED',
            )
            .map((e) => Math.max(1, Math.ceil(Number(e.extensions?.retryAfterSeconds) || 1)));
          if (!waits.length) return;
          response.http.status = 429;
          const earlier = Number(response.http.headers.get('retry-after') ?? 0);
          response.http.headers.set('retry-after', String(Math.max(earlier, ...waits)));
        },
      };
    },
  };
}
