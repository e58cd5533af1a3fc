import { ok } from './client.ts';

export const API_CLIENT_FIELDS =
  'id name permissions status createdAt expiresAt revokedAt lastUsedAt customers { id }';
export const CREATE_API_CLIENT = `mutation CreateApiClient($input: CreateApiClientInput!) {
  createApiClient(input: $input) { clientSecret client { ${API_CLIENT_FIELDS} } }
}`;

export interface ApiClientView {
  id: string;
  name: string;
  permissions: string[];
  status: 'ACTIVE' | 'EXPIRED' | 'REVOKED';
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  customers: { id: string }[] | null;
}

export interface CreatedClient {
  clientSecret: string;
  client: ApiClientView;
}

/** API-1: an administrator creates a client for a tool (the secret is in this answer only). */
export async function createApiClient(
  gatewayUrl: string,
  adminToken: string,
  input: { name: string; permissions: string[]; expiresAt: string; customerIds?: string[] },
): Promise<CreatedClient> {
  return (await ok<{ createApiClient: CreatedClient }>(gatewayUrl, CREATE_API_CLIENT, { input }, adminToken))
    .createApiClient;
}

/** The token endpoint on the gateway's origin (`/oauth/token` beside `/graphql`). */
export const tokenUrl = (gatewayUrl: string) => new URL('/oauth/token', gatewayUrl).toString();

/**
 * RFC 6749 §4.4 as a tool sends it: `client_secret_basic` (id and secret form-encoded, then Base64, in
 * the Authorization header) or `client_secret_post` (both in the form).
 */
export async function requestToken(
  gatewayUrl: string,
  credentials: { clientId: string; clientSecret: string },
  options: { method?: 'basic' | 'post'; scope?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (options.scope !== undefined) form.set('scope', options.scope);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    ...options.headers,
  };
  if ((options.method ?? 'basic') === 'basic') {
    const pair = `${encodeURIComponent(credentials.clientId)}:${encodeURIComponent(credentials.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  } else {
    form.set('client_id', credentials.clientId);
    form.set('client_secret', credentials.clientSecret);
  }
  const res = await fetch(tokenUrl(gatewayUrl), { method: 'POST', headers, body: form.toString() });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

/** A client's access token, or throws with the token endpoint's answer. */
export async function clientToken(
  gatewayUrl: string,
  created: CreatedClient,
  options: { method?: 'basic' | 'post'; scope?: string } = {},
): Promise<string> {
  const answer = await requestToken(
    gatewayUrl,
    { clientId: created.client.id, clientSecret: created.clientSecret },
    options,
  );
  if (answer.status !== 200)
    throw new Error(`token request failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.access_token as string;
}
