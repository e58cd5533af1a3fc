/** A GraphQL call through the gateway over real HTTP. */
export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  status: number;
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  extraHeaders: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...extraHeaders,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResult<T>, 'status'>;
  return { ...body, status: res.status };
}

/** Returns data, or throws with the errors (for steps that must succeed). */
export async function ok<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const result = await gql<T>(url, query, variables, token);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

/** The first error's code, or null when the call succeeded. */
export const codeOf = (result: GraphQLResult<unknown>) =>
  (result.errors?.[0]?.extensions?.code as string) ?? null;

/** A connection as a list's callers read it: its rows. */
export interface Edges<T> {
  edges: { node: T }[];
}

/** The rows of one page of a connection. */
export const nodes = <T>(connection: Edges<T>): T[] => connection.edges.map((e) => e.node);
