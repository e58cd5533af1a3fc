import { createServer } from 'node:net';
import { createApiClient, ok, PASSWORD, partnerWithCustomer, signIn } from '@bc/system/flows';
import { describe, expect, it } from 'vitest';
import { runPartnerTool } from '../examples/partner-tool.ts';
import { useSystem } from './support/tier.ts';

/**
 * Issue 17's partner tool (scripts/examples/partner-tool.ts) run as written, so it can never rot: an
 * administrator gives it an API client and a webhook endpoint; the tool signs in with client
 * credentials only, lists customers, places an order under an idempotency key (and retries it), and
 * verifies the order's webhook with the Standard Webhooks library.
 */
const ctx = useSystem();

const CREATE_ENDPOINT = `mutation($input: WebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id } }
}`;

/** A port nothing listens on now (the tool's receiver takes it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a partner tool without a person’s password (issue 17)', () => {
  it('API-1 API-3 API-5 client credentials, customers, one order under a retried key, a verified webhook', async () => {
    const { system, clock } = ctx;
    const { partner, customer } = await partnerWithCustomer(system);
    const admin = partner.admin.accessToken;
    // The administrator's part, once, in the portal: an API client and a webhook endpoint for the tool.
    const client = await createApiClient(system.gatewayUrl, admin, {
      name: 'Order tool',
      permissions: ['VIEW_AGREEMENTS', 'VIEW_ORDERS', 'EDIT_ACTIVE_AGREEMENTS'],
      expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    const port = await freePort();
    const endpoint = await ok<{ createWebhookEndpoint: { secret: string } }>(
      system.gatewayUrl,
      CREATE_ENDPOINT,
      { input: { url: `http://127.0.0.1:${port}/hooks`, eventTypes: ['agreements.order.placed'] } },
      admin,
    );
    const ordersBefore = await ok<{ orders: { totalCount: number } }>(
      system.gatewayUrl,
      '{ orders { totalCount } }',
      {},
      admin,
    );
    // The receiver checks the signature's timestamp against the real clock, as a partner's would.
    clock.set(new Date());

    const lines: string[] = [];
    const result = await runPartnerTool({
      gatewayUrl: system.gatewayUrl,
      clientId: client.client.id,
      clientSecret: client.clientSecret,
      webhookSecret: endpoint.createWebhookEndpoint.secret,
      webhookPort: port,
      log: (line) => lines.push(line),
    });
    console.log(`[partner tool, ${system.tier} tier]\n${lines.join('\n')}`);

    expect(result.customers.map((c) => c.id)).toContain(customer.organizationId);
    expect(result.retried).toEqual(result.order);
    expect(result.order.total).toEqual({ amount: '37037.01', currency: 'USD' });
    expect(result.webhook).toMatchObject({
      type: 'agreements.order.placed',
      payload: { orderId: result.order.id, orderNumber: result.order.number },
    });
    // Written once, whatever the retry; the audit log names the client, not a person.
    const again = (await signIn(system, partner.admin.user.workAccount, PASSWORD)).accessToken;
    const after = await ok<{
      orders: { totalCount: number };
      auditLog: { edges: { node: { action: string; actorWorkAccount: string } }[] };
    }>(
      system.gatewayUrl,
      '{ orders { totalCount } auditLog(first: 100) { edges { node { action actorWorkAccount } } } }',
      {},
      again,
    );
    expect(after.orders.totalCount).toBe(ordersBefore.orders.totalCount + 1);
    const byClient = after.auditLog.edges
      .map((e) => e.node)
      .filter((n) => n.actorWorkAccount === 'API client Order tool');
    expect(byClient.map((n) => n.action)).toEqual(
      expect.arrayContaining(['API_CLIENT_TOKEN', 'API_CLIENT_USE']),
    );
  });
});
