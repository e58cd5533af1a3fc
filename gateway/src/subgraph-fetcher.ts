import { STATUS_CODES } from 'node:http';
import { Agent, request } from 'undici';

export interface SubgraphAgentOptions {
  /** Open connections kept per subgraph origin (undici pools them; requests queue beyond that). */
  connections: number;
  /** How long an idle connection stays open: below the subgraphs' own 65 s keep-alive timeout. */
  keepAliveMs: number;
  /** How long a subgraph may take to answer (headers, then between body chunks). */
  timeoutMs: number;
}

export const SUBGRAPH_AGENT_DEFAULTS: SubgraphAgentOptions = {
  connections: 32,
  keepAliveMs: 30_000,
  timeoutMs: 60_000,
};

/** The few response members RemoteGraphQLDataSource reads (`@apollo/utils.fetcher`'s FetcherResponse). */
interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

type SubgraphFetcher = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<SubgraphResponse>;

/**
 * GW-4: the fetcher of every subgraph data source: undici's `request` over one keep-alive Agent
 * with a sized pool per subgraph, so fetches reuse warm connections instead of opening one per
 * request. `request` skips the WHATWG fetch layer (Request/Response/streams objects) a plain
 * `fetch` builds for each call; the data source only needs status, headers and the body.
 */
export function createSubgraphFetcher(options: SubgraphAgentOptions = SUBGRAPH_AGENT_DEFAULTS) {
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: options.keepAliveMs,
    keepAliveMaxTimeout: options.keepAliveMs,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  const fetcher: SubgraphFetcher = async (url, init = {}) => {
    const response = await request(url, {
      method: (init.method ?? 'GET') as 'POST',
      headers: init.headers,
      body: init.body,
      dispatcher: agent,
    });
    const headers = response.headers;
    const text = () => response.body.text();
    return {
      ok: response.statusCode >= 200 && response.statusCode < 300,
      status: response.statusCode,
      statusText: STATUS_CODES[response.statusCode] ?? '',
      url,
      headers: {
        get(name) {
          const value = headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
      },
      text,
      json: async () => JSON.parse(await text()),
    };
  };
  return { agent, fetcher, close: () => agent.close() };
}
