import { accounts } from '@bc/contracts';
import {
  addUserAndSignIn,
  codeOf,
  gql,
  INVITE,
  ok,
  operatorSession,
  registerCustomer,
  unique,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { published } from './support/published.ts';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();
let customer: Awaited<ReturnType<typeof registerCustomer>>;

beforeAll(async () => {
  customer = await registerCustomer(ctx.system);
});

describe('NOT-1 exactly-once delivery and the delivery log', () => {
  it('EVT-2 NOT-1 an invitation event delivered twice sends one email', async () => {
    const { system } = ctx;
    const operator = await operatorSession(system);
    const email = `${unique('twice')}@mail.example`;
    await ok(
      system.gatewayUrl,
      INVITE,
      { input: { organizationName: 'Twice Ltd', administratorEmail: email } },
      operator.accessToken,
    );
    await system.waitForMail(email);

    // Publish the very same event again, as a broker redelivery would: as it is on the topic (OPS-3).
    const [original, ...more] = (await published(system, accounts.invitationSent)).filter(
      (m) => m.envelope.payload.recipientEmail === email,
    );
    expect(more).toHaveLength(0);
    const again = { topic: original!.topic, key: original!.key, value: original!.value };
    await system.accounts.runtime.transport.publish([again]);
    await system.accounts.runtime.transport.publish([again]);
    await new Promise((r) => setTimeout(r, system.tier === 'system' ? 2000 : 100));
    await system.settle();
    expect(await system.mailTo(email)).toHaveLength(1);
  });

  it('NOT-5 the delivery log shows each email with status and attempts, to administrators only', async () => {
    const { system } = ctx;
    const userAdmin = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'USER_ADMINISTRATOR',
    ]);
    const log = await ok<{ deliveryLog: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
      system.gatewayUrl,
      '{ deliveryLog(filter: { status: SENT }) { totalCount edges { node { recipient subject status attempts eventType channel sentAt } } } }',
      {},
      userAdmin.accessToken,
    );
    expect(log.deliveryLog.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        recipient: customer.adminEmail,
        status: 'SENT',
        attempts: 1,
        eventType: 'accounts.invitation.sent',
        channel: 'EMAIL',
      }),
    );
    const viewer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'ACCOUNT_VIEWER',
    ]);
    expect(
      codeOf(await gql(system.gatewayUrl, '{ deliveryLog { totalCount } }', {}, viewer.accessToken)),
    ).toBe('FORBIDDEN');
  });

  it("NOT-5 the operator reads every organization's delivery log, filtered by status and recipient", async () => {
    const { system } = ctx;
    const operator = await operatorSession(system);
    const query =
      'query($filter: DeliveryFilter) { deliveryLog(filter: $filter) { totalCount edges { node { recipient status attempts eventType createdAt } } } }';
    const all = await ok<{ deliveryLog: { totalCount: number; edges: { node: { createdAt: string } }[] } }>(
      system.gatewayUrl,
      query,
      {},
      operator.accessToken,
    );
    expect(all.deliveryLog.totalCount).toBeGreaterThan(0);
    const times = all.deliveryLog.edges.map((e) => e.node.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    const one = await ok<{ deliveryLog: { edges: { node: Record<string, unknown> }[] } }>(
      system.gatewayUrl,
      query,
      { filter: { status: 'SENT', recipient: customer.adminEmail } },
      operator.accessToken,
    );
    expect(one.deliveryLog.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        recipient: customer.adminEmail,
        status: 'SENT',
        eventType: 'accounts.invitation.sent',
      }),
    );
    expect(one.deliveryLog.edges.every((e) => e.node.recipient === customer.adminEmail)).toBe(true);
  });
});
