import {
  type AgreementView,
  addUserAndSignIn,
  createPartner,
  customerWithAgreement,
  ok,
  type registerCustomer,
} from '@bc/system/flows';
import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';
import { eventually, WebhookReceiver } from './support/webhook-receiver.ts';

/**
 * OPS-1: one trace per request. The harness registers an in-memory span exporter (`traces: true`);
 * a customer's account manager sets up an online service through the gateway, and the partner's
 * webhook subscription receives the event. One trace id covers the gateway, inventory's GraphQL
 * operation, the outbox row, its publication, notifications' handling of the event and the webhook
 * delivery to the partner's receiver, which sees the same trace in its `traceparent` header.
 */

const logLines: string[] = [];
const ctx = useSystem({
  traces: true,
  logLevel: 'debug',
  logDestination: { write: (line: string) => void logLines.push(line) },
});
const receiver = new WebhookReceiver();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
let manager: { accessToken: string };

const PROVISIONED = 'inventory.subscription.provisioned';
const SET_UP = `mutation($input: SetUpOnlineServiceInput!) { setUpOnlineService(input: $input) { id status } }`;
const CREATE_ENDPOINT =
  'mutation($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }';

beforeAll(async () => {
  const { system } = ctx;
  await receiver.start();
  partner = await createPartner(system);
  ({ customer, agreement } = await customerWithAgreement(system, partner));
  manager = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, ['ACCOUNT_MANAGER']);
  // The partner's administrator subscribes its endpoint to provisioned services (API-3).
  await ok(
    system.gatewayUrl,
    CREATE_ENDPOINT,
    { input: { url: receiver.url, eventTypes: [PROVISIONED], description: 'OPS-1 trace' } },
    partner.admin.accessToken,
  );
  await eventually(
    system.settle,
    async () =>
      (
        await system.inventory.runtime.orm.em
          .fork()
          .getConnection()
          .execute<unknown[]>('select 1 from purchasing_account_ref where id = ?', [
            agreement.purchasingAccount.id,
          ])
      ).length > 0,
    'the purchasing account in inventory',
  );
});

afterAll(() => receiver.stop());

const attr = (span: ReadableSpan, name: string) => span.attributes[name];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

/** The trace as an indented tree, children under their parent in start order. */
function tree(spans: ReadableSpan[]): string {
  const ids = new Set(spans.map((s) => s.spanContext().spanId));
  const children = new Map<string | undefined, ReadableSpan[]>();
  for (const span of spans) {
    const parent = parentOf(span);
    const key = parent && ids.has(parent) ? parent : undefined;
    children.set(key, [...(children.get(key) ?? []), span]);
  }
  const start = (s: ReadableSpan) => s.startTime[0] * 1e9 + s.startTime[1];
  const lines: string[] = [];
  const walk = (parent: string | undefined, depth: number) => {
    for (const span of (children.get(parent) ?? []).sort((a, b) => start(a) - start(b))) {
      const ms = (span.duration[0] * 1e3 + span.duration[1] / 1e6).toFixed(1);
      const service = attr(span, 'bc.service') ?? span.instrumentationScope.name;
      lines.push(`${'  '.repeat(depth)}${span.name} [${service}, ${SpanKind[span.kind]}] ${ms} ms`);
      walk(span.spanContext().spanId, depth + 1);
    }
  };
  walk(undefined, 0);
  return lines.join('\n');
}

describe('OPS-1 tracing', () => {
  it('OPS-1 one trace from setUpOnlineService through the gateway, inventory, the outbox, the broker and notifications to the partner webhook; log lines carry its id', async () => {
    const { system } = ctx;
    const set = await ok<{ setUpOnlineService: { id: string } }>(
      system.gatewayUrl,
      SET_UP,
      { input: { purchasingAccountId: agreement.purchasingAccount.id, sku: 'EXCHANGE-P1', quantity: 12 } },
      manager.accessToken,
    );
    const subscriptionId = set.setUpOnlineService.id;
    const hook = await eventually(
      system.settle,
      async () =>
        receiver.received.find((h) => h.body.includes(PROVISIONED) && h.body.includes(subscriptionId)),
      'the provisioned webhook',
    );
    // The receiver sees the request's trace (W3C trace context: 00-<trace id>-<span id>-<flags>).
    const traceparent = String(hook.headers.traceparent ?? '');
    expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
    const traceId = traceparent.split('-')[1]!;

    // The webhook's client span ends after the receiver answered; the dispatcher records it just after.
    const trace = await eventually(
      system.settle,
      async () => {
        const spans = system.traces!.spans().filter((s) => s.spanContext().traceId === traceId);
        const delivery = spans.find((s) => s.name === 'deliver WEBHOOK');
        return delivery && spans.some((s) => parentOf(s) === delivery.spanContext().spanId) ? spans : null;
      },
      'the webhook delivery span',
    );
    console.log(`OPS-1 trace ${traceId}:\n${tree(trace)}`);
    const find = (what: string, test: (s: ReadableSpan) => boolean) => {
      const span = trace.find(test);
      expect(span, what).toBeDefined();
      return span!;
    };
    const gatewayRequest = find(
      'the gateway request span',
      (s) => s.kind === SpanKind.SERVER && attr(s, 'bc.service') === 'gateway',
    );
    // The gateway continues its caller's trace (the test's own fetch is traced too, as a client would be).
    const caller = trace.find((s) => s.spanContext().spanId === parentOf(gatewayRequest));
    expect(caller === undefined || attr(caller, 'bc.service') === undefined).toBe(true);
    find(
      'the gateway GraphQL operation',
      (s) => attr(s, 'bc.service') === 'gateway' && s.name === 'graphql mutation setUpOnlineService',
    );
    find("Apollo Gateway's own spans", (s) => s.name === 'gateway.fetch');
    find(
      'the inventory GraphQL span',
      (s) => attr(s, 'bc.service') === 'inventory' && s.name.startsWith('graphql mutation'),
    );
    find('the email to the customer', (s) => s.name === 'deliver EMAIL');
    const write = find('the outbox write', (s) => s.name === `outbox.write ${PROVISIONED}`);
    const publish = find(
      'the relay publish',
      (s) => s.kind === SpanKind.PRODUCER && s.name.startsWith('publish'),
    );
    expect(parentOf(publish)).toBe(write.spanContext().spanId);
    const handled = find(
      'notifications handling the event',
      (s) =>
        s.kind === SpanKind.CONSUMER &&
        attr(s, 'bc.service') === 'notifications' &&
        attr(s, 'bc.event.type') === PROVISIONED,
    );
    expect(parentOf(handled)).toBe(publish.spanContext().spanId);
    const delivery = find('the webhook delivery', (s) => s.name === 'deliver WEBHOOK');
    const post = find(
      'the POST to the receiver',
      (s) => s.kind === SpanKind.CLIENT && parentOf(s) === delivery.spanContext().spanId,
    );
    // The receiver's traceparent names the POST's own span.
    expect(traceparent.split('-')[2]).toBe(post.spanContext().spanId);

    // Log lines written while serving and handling carry the trace (pino mixin).
    const logged = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.trace_id === traceId);
    expect(logged.some((l) => l.service === 'inventory')).toBe(true);
    expect(logged.some((l) => l.service === 'notifications' && typeof l.span_id === 'string')).toBe(true);
  });
});
