/**
 * A partner tool as a partner writes it, with no person's password (issue 17): it holds an API
 * client's id and secret (created by the partner's administrator under Account → API clients) and the
 * secret of its webhook endpoint (Account → Webhooks), and
 *   1. gets an access token from the token endpoint (OAuth 2.0 client credentials, RFC 6749 §4.4),
 *   2. lists the partner's customers and their purchasing accounts with signed agreements,
 *   3. places an order with an idempotency key, and sends it again as a retry after a lost answer
 *      would (the same order comes back; nothing is written twice),
 *   4. receives the order's webhook and verifies it with the Standard Webhooks reference library.
 * `scripts/scenarios/partner-tool.scenario.test.ts` runs it on both tiers, so it cannot rot.
 *
 *   BC_GATEWAY_URL=http://127.0.0.1:4000 BC_CLIENT_ID=… BC_CLIENT_SECRET=bcs_… \
 *   BC_WEBHOOK_SECRET=whsec_… BC_WEBHOOK_PORT=8787 tsx scripts/examples/partner-tool.ts
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { Webhook } from 'standardwebhooks';

export interface PartnerToolOptions {
  /** The gateway's origin, e.g. `https://businesscenter.example`. */
  gatewayUrl: string;
  clientId: string;
  clientSecret: string;
  /** The `whsec_…` secret shown when the webhook endpoint was made. */
  webhookSecret: string;
  /** Where the endpoint's URL points: the tool listens here. */
  webhookPort: number;
  log?: (line: string) => void;
}

/** 1. RFC 6749 §4.4 with `client_secret_basic`: id and secret form-encoded, then Base64. */
export async function clientCredentialsToken(gatewayUrl: string, clientId: string, clientSecret: string) {
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString(
    'base64',
  );
  const res = await fetch(new URL('/oauth/token', gatewayUrl), {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
  });
  const body = (await res.json()) as { access_token?: string; expires_in?: number; error?: string };
  if (res.status !== 200 || !body.access_token)
    throw new Error(`token endpoint: ${res.status} ${body.error}`);
  return { accessToken: body.access_token, expiresIn: body.expires_in ?? 0 };
}

async function graphql<T>(gatewayUrl: string, token: string, query: string, variables = {}): Promise<T> {
  const res = await fetch(new URL('/graphql', gatewayUrl), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length)
    throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return body.data as T;
}

interface Customer {
  id: string;
  name: string;
  accounts: { id: string; number: string; agreements: { id: string; number: string; status: string }[] }[];
}

/** 2. The partner's customers, each with its purchasing accounts and their agreements. */
export async function customers(gatewayUrl: string, token: string): Promise<Customer[]> {
  const { myCustomers } = await graphql<{ myCustomers: { edges: { node: { id: string; name: string } }[] } }>(
    gatewayUrl,
    token,
    '{ myCustomers(first: 100) { edges { node { id name } } } }',
  );
  const result: Customer[] = [];
  for (const { node } of myCustomers.edges) {
    const { purchasingAccounts } = await graphql<{
      purchasingAccounts: { edges: { node: Customer['accounts'][number] }[] };
    }>(
      gatewayUrl,
      token,
      `query($c: ID) { purchasingAccounts(customerId: $c, first: 100) {
        edges { node { id number agreements { id number status } } } } }`,
      { c: node.id },
    );
    result.push({ ...node, accounts: purchasingAccounts.edges.map((e) => e.node) });
  }
  return result;
}

const PLACE_ORDER = `mutation($input: PlaceOrderInput!, $key: String) {
  placeOrder(input: $input, idempotencyKey: $key) { id number type status total { amount currency } }
}`;

interface PlacedOrder {
  id: string;
  number: string;
  type: string;
  status: string;
  total: { amount: string; currency: string };
}

/** 3. One order under one idempotency key: a retry with the same key returns the first result. */
export async function placeOrder(
  gatewayUrl: string,
  token: string,
  input: Record<string, unknown>,
  idempotencyKey: string,
): Promise<PlacedOrder> {
  return (
    await graphql<{ placeOrder: PlacedOrder }>(gatewayUrl, token, PLACE_ORDER, { input, key: idempotencyKey })
  ).placeOrder;
}

/** 4. A receiver: answers 2xx only to a delivery whose Standard Webhooks signature verifies. */
export function webhookReceiver(secret: string, port: number) {
  const verifier = new Webhook(secret);
  const verified: { type: string; payload: Record<string, unknown>; id: string }[] = [];
  const waiting: (() => void)[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const event = verifier.verify(body, req.headers as Record<string, string>) as {
          type: string;
          payload: Record<string, unknown>;
        };
        verified.push({ ...event, id: String(req.headers['webhook-id']) });
        res.writeHead(204).end();
        for (const wake of waiting.splice(0)) wake();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  return {
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** The first verified delivery that `matches`, waiting for it up to `timeoutMs`. */
    async next(matches: (event: (typeof verified)[number]) => boolean, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = verified.find(matches);
        if (found) return found;
        if (Date.now() > deadline) throw new Error('no verified webhook arrived in time');
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 250);
        });
      }
    },
  };
}

/** The whole tool: token, customers, an order placed and retried, the order's verified webhook. */
export async function runPartnerTool(options: PartnerToolOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const receiver = webhookReceiver(options.webhookSecret, options.webhookPort);
  await receiver.start();
  try {
    const { accessToken, expiresIn } = await clientCredentialsToken(
      options.gatewayUrl,
      options.clientId,
      options.clientSecret,
    );
    log(`token: client credentials, valid ${expiresIn} s`);
    const found = await customers(options.gatewayUrl, accessToken);
    log(`customers: ${found.map((c) => `${c.name} (${c.accounts.length} purchasing accounts)`).join(', ')}`);
    const target = found
      .flatMap((c) => c.accounts.map((a) => ({ customer: c, account: a })))
      .map((x) => ({ ...x, agreement: x.account.agreements.find((ag) => ag.status === 'SIGNED') }))
      .find((x) => x.agreement);
    if (!target?.agreement) throw new Error('no customer with a signed agreement to order on');
    const input = {
      purchasingAccountId: target.account.id,
      agreementId: target.agreement.id,
      type: 'NEW',
      purchaseOrderNumber: `PT-${Date.now().toString(36)}`,
      lines: [
        {
          kind: 'PRODUCT',
          sku: 'SQL-ENT',
          name: 'SQL Server Enterprise',
          quantity: 3,
          listUnitPrice: { amountMinor: 1_234_567, currency: 'USD' },
        },
      ],
    };
    const key = randomUUID();
    const order = await placeOrder(options.gatewayUrl, accessToken, input, key);
    log(`order: ${order.number} for ${target.customer.name}, ${order.total.amount} ${order.total.currency}`);
    // As after a lost answer: the same request and key again.
    const retried = await placeOrder(options.gatewayUrl, accessToken, input, key);
    log(`retry with the same key: ${retried.number === order.number ? 'the same order' : retried.number}`);
    const webhook = await receiver.next((e) => JSON.stringify(e.payload).includes(order.id));
    log(`webhook: ${webhook.type} ${webhook.id}, signature verified`);
    return { customers: found, order, retried, webhook };
  } finally {
    await receiver.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set (see the comment at the top of this file)`);
    return value;
  };
  await runPartnerTool({
    gatewayUrl: env('BC_GATEWAY_URL'),
    clientId: env('BC_CLIENT_ID'),
    clientSecret: env('BC_CLIENT_SECRET'),
    webhookSecret: env('BC_WEBHOOK_SECRET'),
    webhookPort: Number(process.env.BC_WEBHOOK_PORT ?? 8787),
  });
}
