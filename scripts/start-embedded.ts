import { fileURLToPath } from 'node:url';
import { startSystem } from './harness/system.ts';
import { DEMO_PASSWORD, demo, seedDemo } from './seed/demo.ts';

/**
 * `pnpm start`: the embedded default. Gateway, accounts and notifications in one process on SQLite
 * files under .data/ with in-process events and a local mailbox; seeds the demo data once.
 */
const dataDir = process.env.BC_DATA_DIR ?? fileURLToPath(new URL('../.data', import.meta.url));
const port = Number(process.env.PORT ?? 4000);
const system = await startSystem({
  tier: 'embedded',
  dataDir,
  ports: {
    gateway: port,
    accounts: port + 1,
    notifications: port + 2,
    agreements: port + 3,
    inventory: port + 4,
    benefits: port + 5,
    reporting: port + 6,
  },
  logLevel: process.env.LOG_LEVEL ?? 'warn',
  // Stack traces and internal details in errors only when asked for (README, "Errors").
  ...(process.env.BC_DEBUG ? { env: { BC_DEBUG: process.env.BC_DEBUG } } : {}),
});
const { seeded, accounts } = await seedDemo(system);
const domain = `${demo.customerPrefix}.${system.platformDomain}`;
console.log(`
Business Center (embedded default) is running.
  GraphQL gateway:  ${system.gatewayUrl}
  Data:             ${dataDir} (${seeded ? 'demo data seeded now' : 'existing data kept'})

Demo sign-ins (password for all: ${DEMO_PASSWORD}; operator: ${system.operatorPassword}):
  Contoso account administrator:  ${accounts.admin}
  Contoso users:                   ${demo.users.map((u) => `${u.userId}@${domain}`).join(', ')}
  Fabrikam partner administrator:  ${accounts.partner}
  Platform operator:               ${accounts.operator}

Try it:
  curl -s ${system.gatewayUrl} -H 'content-type: application/json' \\
    -d '{"query":"mutation { signIn(input: { workAccount: \\"${accounts.admin}\\", password: \\"${DEMO_PASSWORD}\\" }) { accessToken } }"}'
  curl -s ${system.gatewayUrl} -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
    -d '{"query":"{ me { workAccount roles permissions organization { name partnerOfRecord { name } } } }"}'
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    system.stop().then(() => process.exit(0));
  });
}
