import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceNames } from '@bc/system';
import { DEMO_PASSWORD, demo } from '@bc/system/demo';
import { gql, ok, signIn } from '@bc/system/flows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TxtDnsServer } from '../harness/dns-server.ts';
import { deleteScratchTopics, scratchPrefix } from '../harness/scratch-topics.ts';
import { createDatabases, databaseUrl, dropDatabases, KAFKA_BROKERS } from '../harness/system.ts';
import { currentTier } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

/**
 * `pnpm start` is a product run mode: it must honour the user's environment (issue 14's defects: the
 * embedded default used to build every service's environment from scratch and point domain proof at a
 * test DNS sink). The real command runs as a child process with the user's settings; on the system
 * tier the same command runs on PostgreSQL and Kafka chosen by the environment alone.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const tier = currentTier();
const dataDir = mkdtempSync(join(tmpdir(), 'bc-start-'));
const dns = new TxtDnsServer();
const run = randomBytes(4).toString('hex');
const databases = serviceNames.map((name) => `bc_start${run}_${name}`);
const topicPrefix = scratchPrefix('start');
const PORTAL = 'https://portal.contoso-test.example';
const OPERATOR_PASSWORD = 'Users-Own-Operator-Pw1!';
const ORDER_DAYS = 10;
let child: ChildProcess | null = null;
let gatewayUrl = '';
let output = '';

beforeAll(async () => {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: '0',
    LOG_LEVEL: 'warn',
    BC_DATA_DIR: dataDir,
    BC_PORTAL_URL: PORTAL,
    BC_OPERATOR_PASSWORD: OPERATOR_PASSWORD,
    BC_PROVISIONING_ORDER_DAYS: String(ORDER_DAYS),
    BC_DNS_SERVERS: await dns.start(),
  };
  if (tier === 'system') {
    await createDatabases(databases);
    for (const [i, name] of serviceNames.entries())
      env[`BC_DATABASE_URL_${name.toUpperCase()}`] = databaseUrl(databases[i]!);
    Object.assign(env, { BC_EVENTS: 'kafka', BC_KAFKA_BROKERS: KAFKA_BROKERS, BC_TOPIC_PREFIX: topicPrefix });
  }
  // Its own process group: pnpm → node → tsx → the runtime; stopping pnpm alone left the runtime running.
  child = spawn('pnpm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  gatewayUrl = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const url = /GraphQL gateway:\s+(\S+)/.exec(output)?.[1];
      if (url) {
        clearInterval(timer);
        resolve(url);
      }
    }, 100);
    child!.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`pnpm start exited with ${code}:\n${output}`));
    });
  });
}, 170_000);

/** Whether any process of the group is still alive. */
const groupAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  const pid = child?.pid;
  if (pid !== undefined && groupAlive(pid)) {
    // The whole group, as a terminal's Ctrl-C would: the runtime shuts down gracefully on SIGTERM.
    // Stopping pnpm alone left the runtime running after every test run. How long the graceful
    // shutdown takes is not this test's business (no timed assertions): after 30 s the group is killed.
    process.kill(-pid, 'SIGTERM');
    const deadline = Date.now() + 30_000;
    while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    for (let i = 0; i < 50 && groupAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(groupAlive(pid), 'a process of pnpm start outlived the test').toBe(false);
  }
  await dns.stop();
  rmSync(dataDir, { recursive: true, force: true });
  if (tier === 'system') {
    await dropDatabases(databases);
    await deleteScratchTopics(topicPrefix);
  }
});

/** The newest mail the local mailbox holds for one recipient (the operator's page of it). */
async function newestMail(operatorToken: string, recipient: string, containing: string): Promise<string> {
  return eventually(
    async () => {},
    async () => {
      const data = await ok<{ mailbox: { edges: { node: { text: string } }[] } }>(
        gatewayUrl,
        'query($r: String!) { mailbox(recipient: $r, first: 10) { edges { node { text } } } }',
        { r: recipient },
        operatorToken,
      );
      return data.mailbox.edges.map((e) => e.node.text).find((text) => text.includes(containing));
    },
    `mail to ${recipient} containing ${containing}`,
  );
}

describe('pnpm start honours the environment', () => {
  it('WEB-1 prints the portal URL first and serves the built portal at the gateway origin', async () => {
    // Before the rest of the banner (stderr warnings of libraries may interleave, so not "line 1").
    const line = /^Business Center portal:\s+(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output);
    expect(line, output).not.toBeNull();
    for (const later of ['is running', 'GraphQL gateway:', 'Demo sign-ins'])
      expect(output.indexOf(later), later).toBeGreaterThan(line!.index);
    const portal = line![1]!;
    expect(portal).toBe(gatewayUrl.replace(/graphql$/, ''));
    for (const path of ['', 'inventory', 'account/users']) {
      const page = await fetch(`${portal}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text(), path).toContain('<div id="root"></div>');
    }
    const html = await (await fetch(portal)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${portal}${script!.slice(1)}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('ACC-4 the operator signs in with BC_OPERATOR_PASSWORD, and mail links lead to BC_PORTAL_URL', async () => {
    const system = { gatewayUrl };
    expect(output).toContain(`operator: ${OPERATOR_PASSWORD}`);
    const operator = await signIn(system, `operator@ops.businesscenter.example`, OPERATOR_PASSWORD);
    // The demo seed's welcome invitation to Contoso's administrator names the portal it was given.
    const welcome = await newestMail(operator.accessToken, 'ada@contoso.example', PORTAL);
    expect(welcome).toContain(`${PORTAL}/`);
  });

  it(`INV-4 BC_PROVISIONING_ORDER_DAYS: a service set up now must be ordered within ${ORDER_DAYS} days`, async () => {
    const admin = await signIn(
      { gatewayUrl },
      `admin@${demo.customerPrefix}.businesscenter.example`,
      DEMO_PASSWORD,
    );
    const accounts = await ok<{ purchasingAccounts: { edges: { node: { id: string } }[] } }>(
      gatewayUrl,
      '{ purchasingAccounts(first: 1) { edges { node { id } } } }',
      {},
      admin.accessToken,
    );
    const set = await gql<{ setUpOnlineService: { status: string } }>(
      gatewayUrl,
      'mutation($input: SetUpOnlineServiceInput!) { setUpOnlineService(input: $input) { status } }',
      {
        input: {
          purchasingAccountId: accounts.purchasingAccounts.edges[0]!.node.id,
          sku: 'O365-E3',
          quantity: 3,
        },
      },
      admin.accessToken,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setUpOnlineService.status).toBe('AWAITING_ORDER');
    const due = new Date(Date.now() + ORDER_DAYS * 86_400_000).toISOString().slice(0, 10);
    const operator = await signIn({ gatewayUrl }, `operator@ops.businesscenter.example`, OPERATOR_PASSWORD);
    const mail = await newestMail(operator.accessToken, 'ada@contoso.example', 'must place the order by');
    expect(mail).toContain(`must place the order by ${due}`);
  });

  it('ACC-3 domain proof asks the DNS servers the environment names (the system resolver when it names none)', async () => {
    const admin = await signIn(
      { gatewayUrl },
      `admin@${demo.customerPrefix}.businesscenter.example`,
      DEMO_PASSWORD,
    );
    const name = `proof-${run}.contoso-test.example`;
    const added = await ok<{ addDomain: { id: string; verificationRecord: string } }>(
      gatewayUrl,
      'mutation($n: String!) { addDomain(name: $n) { id verificationRecord } }',
      { n: name },
      admin.accessToken,
    );
    dns.setTxt(name, [added.addDomain.verificationRecord]);
    const verified = await ok<{ verifyDomain: { verified: boolean } }>(
      gatewayUrl,
      'mutation($id: ID!) { verifyDomain(id: $id) { verified } }',
      { id: added.addDomain.id },
      admin.accessToken,
    );
    expect(verified.verifyDomain.verified).toBe(true);
  });
});
