import {
  addUserAndSignIn,
  codeOf,
  gql,
  ok,
  PASSWORD,
  registerCustomer,
  type Session,
  setPasswordFromMail,
  signIn,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';
import { eventually } from './support/webhook-receiver.ts';

/**
 * ACC-4, ACC-5, ACC-6: a change to a person's standing takes effect on the next request. Each change
 * is made through the gateway and the old token is then tried against a field of every subgraph and a
 * mutation, through the same gateway (at once) and through a second gateway replica (by event).
 */
const ctx = useSystem();
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let replicaUrl: string;

/** A field of every subgraph a signed-in customer user reaches, and a mutation. */
const EVERY_SUBGRAPH: [string, string, Record<string, unknown>?][] = [
  ['accounts', '{ me { id } }'],
  ['agreements', '{ purchasingAccounts { totalCount } }'],
  ['inventory', '{ inventoryDashboard { __typename } }'],
  ['benefits', '{ benefitCatalog { __typename } }'],
  ['reporting', '{ customReports { id } }'],
  ['notifications', '{ deliveryLog { totalCount } }'],
  [
    'reporting (mutation)',
    'mutation($input: SaveCustomReportInput!) { saveCustomReport(input: $input) { id } }',
    { input: { reportId: 'AGREEMENTS', name: 'After sign-out' } },
  ],
];

/** Every field of EVERY_SUBGRAPH answers `code` for this token at this gateway (null: not refused). */
async function refusedEverywhere(url: string, token: string) {
  const codes: Record<string, string | null> = {};
  for (const [name, document, variables] of EVERY_SUBGRAPH)
    codes[name] = codeOf(await gql(url, document, variables ?? {}, token));
  return codes;
}
const allUnauthenticated = Object.fromEntries(EVERY_SUBGRAPH.map(([name]) => [name, 'UNAUTHENTICATED']));

/**
 * How long the second replica took to refuse the token (ms), polling every 10 ms for up to 10 s. It asks
 * reporting, not accounts: accounts refuses an ended session itself, whichever gateway asks.
 */
async function refusedByReplicaWithin(token: string, since: number): Promise<number> {
  for (;;) {
    if (codeOf(await gql(replicaUrl, '{ customReports { id } }', {}, token)) === 'UNAUTHENTICATED')
      return performance.now() - since;
    if (performance.now() - since > 10_000) throw new Error('the replica still accepts the token after 10 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const USERS = '{ users(first: 5) { totalCount } }';
const ROLES = `mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { id roles } }`;
const REVOKE = 'mutation($id: ID!) { revokeUser(id: $id) { id status } }';
const RESTORE = 'mutation($id: ID!) { restoreUser(id: $id) { id status } }';
const RESET = 'mutation($id: ID!) { resetUserPassword(id: $id) { id } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const EXPORT = `mutation($input: ExportReportInput!) { exportReport(input: $input) { url } }`;

const lags: Record<string, number> = {};

beforeAll(async () => {
  customer = await registerCustomer(ctx.system);
  replicaUrl = await ctx.system.startGatewayReplica();
});

describe('ACC-4 ACC-5 ACC-6 identity changes take effect on the next request', () => {
  it('ACC-4 after sign-out the token is refused by every subgraph and by mutations, at once and on another replica', async () => {
    const { system } = ctx;
    const session = await signIn(system, customer.admin.user.workAccount, PASSWORD);
    expect(await refusedEverywhere(system.gatewayUrl, session.accessToken)).not.toEqual(allUnauthenticated);
    await ok(replicaUrl, '{ customReports { id } }', {}, session.accessToken);
    await ok(system.gatewayUrl, 'mutation { signOut }', {}, session.accessToken);
    const since = performance.now();
    expect(await refusedEverywhere(system.gatewayUrl, session.accessToken)).toEqual(allUnauthenticated);
    lags.signOut = await refusedByReplicaWithin(session.accessToken, since);
    expect(await refusedEverywhere(replicaUrl, session.accessToken)).toEqual(allUnauthenticated);
    // Another session of the same user is not touched.
    const other = await signIn(system, customer.admin.user.workAccount, PASSWORD);
    await ok(system.gatewayUrl, '{ me { id } }', {}, other.accessToken);
  });

  it('ACC-6 a revoked user administrator is refused at once and cannot restore itself or sign in', async () => {
    const { system } = ctx;
    const admin = customer.admin.accessToken;
    const ua = await addUserAndSignIn(system, admin, customer.domain, ['USER_ADMINISTRATOR']);
    await ok(system.gatewayUrl, USERS, {}, ua.accessToken);
    await ok(replicaUrl, USERS, {}, ua.accessToken);
    await ok(system.gatewayUrl, REVOKE, { id: ua.user.id }, admin);
    const since = performance.now();
    expect(await refusedEverywhere(system.gatewayUrl, ua.accessToken)).toEqual(allUnauthenticated);
    expect(codeOf(await gql(system.gatewayUrl, RESTORE, { id: ua.user.id }, ua.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    lags.revoke = await refusedByReplicaWithin(ua.accessToken, since);
    expect(codeOf(await gql(replicaUrl, RESTORE, { id: ua.user.id }, ua.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await gql(system.gatewayUrl, REFRESH, { t: ua.refreshToken }))).toBe('UNAUTHENTICATED');
    const user = await ok<{ user: { status: string } }>(
      system.gatewayUrl,
      'query($id: ID!) { user(id: $id) { status } }',
      { id: ua.user.id },
      admin,
    );
    expect(user.user.status).toBe('REVOKED');
    await expect(signIn(system, ua.user.workAccount, PASSWORD)).rejects.toThrow();

    // Restored by an administrator, the old token still does not come back; a new sign-in works.
    await ok(system.gatewayUrl, RESTORE, { id: ua.user.id }, admin);
    expect(codeOf(await gql(system.gatewayUrl, USERS, {}, ua.accessToken))).toBe('UNAUTHENTICATED');
    const again = await signIn(system, ua.user.workAccount, PASSWORD);
    await ok(system.gatewayUrl, USERS, {}, again.accessToken);
  });

  it('ACC-5 a user demoted to Account viewer can no longer list users or reset passwords with its old token', async () => {
    const { system } = ctx;
    const admin = customer.admin.accessToken;
    const ua = await addUserAndSignIn(system, admin, customer.domain, ['USER_ADMINISTRATOR']);
    const target = await addUserAndSignIn(system, admin, customer.domain, ['ACCOUNT_VIEWER']);
    await ok(system.gatewayUrl, USERS, {}, ua.accessToken);
    await ok(replicaUrl, USERS, {}, ua.accessToken);
    await ok(system.gatewayUrl, ROLES, { input: { id: ua.user.id, roles: ['ACCOUNT_VIEWER'] } }, admin);
    const since = performance.now();
    expect(codeOf(await gql(system.gatewayUrl, USERS, {}, ua.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(system.gatewayUrl, RESET, { id: target.user.id }, ua.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    lags.roles = await refusedByReplicaWithin(ua.accessToken, since);
    expect(codeOf(await gql(replicaUrl, RESET, { id: target.user.id }, ua.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    // The session lives on: a refresh gives a token with the new roles, which may not list users.
    const refreshed = await ok<{ refreshSession: { accessToken: string } }>(system.gatewayUrl, REFRESH, {
      t: ua.refreshToken,
    });
    const token = refreshed.refreshSession.accessToken;
    const me = await ok<{ me: { roles: string[] } }>(system.gatewayUrl, '{ me { roles } }', {}, token);
    expect(me.me.roles).toEqual(['ACCOUNT_VIEWER']);
    expect(codeOf(await gql(system.gatewayUrl, USERS, {}, token))).toBe('FORBIDDEN');
    expect(codeOf(await gql(system.gatewayUrl, RESET, { id: target.user.id }, token))).toBe('FORBIDDEN');
  });

  it('ACC-5 a refused change ends nothing: demoting the last administrator keeps its token good everywhere', async () => {
    const { system } = ctx;
    const session = await signIn(system, customer.admin.user.workAccount, PASSWORD);
    const demote = await gql(
      system.gatewayUrl,
      ROLES,
      { input: { id: customer.admin.user.id, roles: ['ACCOUNT_VIEWER'] } },
      session.accessToken,
    );
    // The last administrator (CONFLICT), and one's own roles (FORBIDDEN): refused either way.
    expect(['CONFLICT', 'FORBIDDEN']).toContain(codeOf(demote));
    await system.settle();
    expect(await refusedEverywhere(system.gatewayUrl, session.accessToken)).not.toHaveProperty(
      'accounts',
      'UNAUTHENTICATED',
    );
    await ok(system.gatewayUrl, USERS, {}, session.accessToken);
    await ok(replicaUrl, USERS, {}, session.accessToken);
  });

  it('ACC-4 changing a password ends every other session; resetting one ends them all', async () => {
    const { system } = ctx;
    const admin = customer.admin.accessToken;
    const user = await addUserAndSignIn(system, admin, customer.domain, ['ACCOUNT_MANAGER']);
    const elsewhere = await signIn(system, user.user.workAccount, PASSWORD);
    await ok(replicaUrl, '{ customReports { id } }', {}, elsewhere.accessToken);
    const newPassword = 'N3w-Passw0rd-Ok';
    await ok(
      system.gatewayUrl,
      CHANGE_PASSWORD,
      { input: { currentPassword: PASSWORD, newPassword } },
      user.accessToken,
    );
    const since = performance.now();
    // The session that changed it goes on; the other one is over, refresh token included.
    await ok(system.gatewayUrl, '{ me { id } }', {}, user.accessToken);
    expect(await refusedEverywhere(system.gatewayUrl, elsewhere.accessToken)).toEqual(allUnauthenticated);
    lags.changePassword = await refusedByReplicaWithin(elsewhere.accessToken, since);
    expect(codeOf(await gql(system.gatewayUrl, REFRESH, { t: elsewhere.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    await ok(system.gatewayUrl, REFRESH, { t: user.refreshToken });

    const fresh = await signIn(system, user.user.workAccount, newPassword);
    await ok(system.gatewayUrl, RESET, { id: user.user.id }, admin);
    expect(codeOf(await gql(system.gatewayUrl, '{ me { id } }', {}, fresh.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await gql(system.gatewayUrl, REFRESH, { t: fresh.refreshToken }))).toBe('UNAUTHENTICATED');
    const mails = await system.waitForMail(user.user.workAccount.replace(/@.*/, '@mail.example'), 2);
    await setPasswordFromMail(system, mails.at(-1)!.text, 'Aft3r-Reset-Passw0rd');
    await signIn(system, user.user.workAccount, 'Aft3r-Reset-Passw0rd');
  });

  it('ACC-4 REP-5 a signed link dies with the session that asked for it, not with another session of the user', async () => {
    const { system } = ctx;
    const viewer: Session = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'REPORT_VIEWER',
    ]);
    const other = await signIn(system, viewer.user.workAccount, PASSWORD);
    const linkOf = async (token: string) =>
      (
        await ok<{ exportReport: { url: string } }>(
          system.gatewayUrl,
          EXPORT,
          { input: { reportId: 'AGREEMENTS', format: 'CSV', locale: 'en-US' } },
          token,
        )
      ).exportReport.url;
    const link = await linkOf(viewer.accessToken);
    const kept = await linkOf(other.accessToken);
    // A plain GET, as a browser follows a link (issue 15).
    const get = (url: string) => fetch(url);
    expect((await get(link)).status).toBe(200);
    await ok(system.gatewayUrl, 'mutation { signOut }', {}, viewer.accessToken);
    // Reporting learns of the sign-out by event.
    await eventually(
      system.settle,
      async () => (await get(link)).status === 401,
      'the export link refused after sign-out',
      10_000,
    );
    expect((await get(kept)).status).toBe(200);
    // A signed-out token cannot ask for a new link.
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          EXPORT,
          { input: { reportId: 'AGREEMENTS', format: 'CSV', locale: 'en-US' } },
          viewer.accessToken,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('ACC-4 revocation lag to another gateway replica is bounded (printed; README: gateway)', () => {
    console.log(
      `[${ctx.system.tier}] revocation lag to a second gateway replica (ms): ${JSON.stringify(
        Object.fromEntries(Object.entries(lags).map(([k, v]) => [k, Math.round(v)])),
      )}`,
    );
    expect(Object.keys(lags).sort()).toEqual(['changePassword', 'revoke', 'roles', 'signOut']);
    for (const lag of Object.values(lags)) expect(lag).toBeLessThan(10_000);
  });
});
