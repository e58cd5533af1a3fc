import { DEMO_PASSWORD, demo, seedDemo } from './demo/seed.ts';
import { ensurePortalBuilt, PORTAL_DIST } from './portal-files.ts';
import { DEFAULT_DATA_DIR, startSystem } from './system.ts';

/**
 * `pnpm start`: the embedded default — the gateway and every service in one process on SQLite files
 * under .data/, in-process events and a local mailbox — with the demo data seeded once. The user's
 * environment overrides any default (README: "Configuration").
 */
ensurePortalBuilt();
const system = await startSystem({ env: process.env, portal: PORTAL_DIST });
const { seeded, accounts } = await seedDemo(system);
const domain = `${demo.customerPrefix}.${system.platformDomain}`;
// GraphiQL is served in development and where BC_GRAPHIQL=true (gateway README): say where, if it is.
const graphiqlUrl = system.gatewayUrl.replace(/graphql$/, 'graphiql');
const graphiql = await fetch(graphiqlUrl, { method: 'HEAD' }).then(
  (res) => res.ok,
  () => false,
);
console.log(`
Business Center portal:  ${system.gatewayUrl.replace(/graphql$/, '')}

Business Center (embedded default) is running.
  GraphQL gateway:  ${system.gatewayUrl}${graphiql ? `\n  GraphiQL:         ${graphiqlUrl}` : ''}
  Data:             ${process.env.BC_DATA_DIR ?? DEFAULT_DATA_DIR} (${seeded ? 'demo data seeded now' : 'existing data kept'})

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
