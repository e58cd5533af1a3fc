import { ok, PLACE_ORDER, partnerWithCustomer } from '@bc/system/flows';
import autocannon from 'autocannon';
import { startSystem, type Tier } from '../harness/system.ts';

/**
 * AGR-6 order history through the gateway at p50/p99 with autocannon, on a customer with `orders`
 * orders placed through GraphQL.   pnpm bench:orders [fast|system] [orders] [seconds] [connections]
 */
const tier = (process.argv[2] ?? 'fast') as Exclude<Tier, 'embedded'>;
const orderCount = Number(process.argv[3] ?? 200);
const duration = Number(process.argv[4] ?? 10);
const connections = Number(process.argv[5] ?? 10);

const system = await startSystem({ tier, logLevel: 'error' });
try {
  const { partner, customer, agreement } = await partnerWithCustomer(system);
  const types = ['NEW', 'ADD_ON', 'RENEWAL', 'TRUE_UP'];
  for (let i = 0; i < orderCount; i++) {
    await ok(
      system.gatewayUrl,
      PLACE_ORDER,
      {
        input: {
          purchasingAccountId: agreement.purchasingAccount.id,
          agreementId: agreement.id,
          type: types[i % 4],
          purchaseOrderNumber: `PO-${i}`,
          lines: [
            {
              kind: 'PRODUCT',
              sku: 'SQL-ENT',
              name: 'SQL Server Enterprise',
              quantity: 1 + (i % 5),
              listUnitPrice: { amountMinor: 500_000, currency: 'USD' },
            },
          ],
        },
      },
      partner.admin.accessToken,
    );
  }
  const query = `{ orders(filter: { type: ADD_ON, agreementNumber: "${agreement.number}" }, first: 20) {
    totalCount edges { node { number type orderedAt purchaseOrderNumber total { amount currency } lines { sku quantity } } } } }`;
  const result = await autocannon({
    url: system.gatewayUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${customer.admin.accessToken}` },
    body: JSON.stringify({ query }),
    duration,
    connections,
  });
  console.log(
    `order history (${orderCount} orders, filtered + paged 20), tier ${tier}, ${duration} s, ${connections} connections: ` +
      `req/s ${result.requests.average.toFixed(0)}  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}`,
  );
} finally {
  await system.stop();
}
