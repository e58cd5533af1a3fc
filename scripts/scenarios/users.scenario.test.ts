import {
  ADD_USER,
  addUserAndSignIn,
  codeOf,
  gql,
  ok,
  PASSWORD,
  registerCustomer,
  type Session,
  setPasswordFromMail,
  setPasswordTokenFromMail,
  signIn,
  unique,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();
let customer: Awaited<ReturnType<typeof registerCustomer>>;

beforeAll(async () => {
  customer = await registerCustomer(ctx.system);
});

const USERS = `query($filter: UserFilter, $orderBy: UserOrder, $first: Int, $after: String) {
  users(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id workAccount email lastName status roles } }
  }
}`;
const SET_PASSWORD = `mutation($i: SetPasswordFromLinkInput!) { setPasswordFromLink(input: $i) { accessToken } }`;
const SIGN_IN_ONLY = `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`;
const AUDIT = `query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { totalCount edges { node { action actorWorkAccount targetId before after } } } }`;

const addInput = (overrides: Record<string, unknown> = {}) => {
  const userId = unique('new');
  return {
    userId,
    domain: customer.domain,
    email: `${userId}@mail.example`,
    firstName: 'New',
    lastName: 'User',
    roles: ['ACCOUNT_VIEWER'],
    ...overrides,
  };
};

describe('ACC-6 add and manage users', () => {
  it('ACC-6 NOT-1 OPS-3 add a user: the mail carries a one-time set-password link, never a password', async () => {
    const { system } = ctx;
    const input = addInput({ roles: ['ACCOUNT_MANAGER', 'REPORT_VIEWER'] });
    const added = await ok<{
      addUser: { workAccount: string; mustChangePassword: boolean; roles: string[] };
    }>(system.gatewayUrl, ADD_USER, { input }, customer.admin.accessToken);
    expect(added.addUser).toMatchObject({
      workAccount: `${input.userId}@${customer.domain}`,
      mustChangePassword: false,
      roles: ['ACCOUNT_MANAGER', 'REPORT_VIEWER'],
    });
    const [mail] = await system.waitForMail(input.email);
    expect(mail!.text).toContain(added.addUser.workAccount);
    expect(mail!.text).not.toMatch(/temporary password/i);
    const token = setPasswordTokenFromMail(mail!.text);

    const preview = await ok<{
      passwordSetup: { workAccount: string; firstName: string; expiresAt: string };
    }>(
      system.gatewayUrl,
      'query($t: String!) { passwordSetup(token: $t) { workAccount firstName expiresAt } }',
      { t: token },
    );
    expect(preview.passwordSetup).toEqual({
      workAccount: added.addUser.workAccount,
      firstName: 'New',
      expiresAt: new Date(ctx.clock.now().getTime() + 7 * 86_400_000).toISOString(),
    });
    // A weak password is refused on its field and leaves the link usable.
    const weak = await gql(system.gatewayUrl, SET_PASSWORD, { i: { token, newPassword: 'short' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const session = await setPasswordFromMail(system, mail!.text);
    expect(session.user.workAccount).toBe(added.addUser.workAccount);
    expect(session.user.permissions).toContain('DOWNLOAD_SOFTWARE');
    await signIn(system, added.addUser.workAccount, PASSWORD);
    // Single use.
    const again = await gql(system.gatewayUrl, SET_PASSWORD, {
      i: { token, newPassword: 'An0ther-Passw0rd' },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'USED',
    });
    // A made-up token (the id of this link with a forged signature) opens nothing.
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    const refused = await gql(system.gatewayUrl, SET_PASSWORD, {
      i: { token: forged, newPassword: PASSWORD },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'INVALID' });
  });

  it('OPS-3 a set-password link expires after 7 days', async () => {
    const { system, clock } = ctx;
    const input = addInput({ roles: ['REPORT_VIEWER'] });
    await ok(system.gatewayUrl, ADD_USER, { input }, customer.admin.accessToken);
    const [mail] = await system.waitForMail(input.email);
    const start = clock.now();
    try {
      clock.advance(7 * 86_400_000);
      const late = await gql(system.gatewayUrl, SET_PASSWORD, {
        i: { token: setPasswordTokenFromMail(mail!.text), newPassword: PASSWORD },
      });
      expect(late.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'EXPIRED' });
    } finally {
      clock.set(start);
    }
  });

  it('ACC-6 a user administrator with global admin adds users; without it only changes roles of existing users, within what it holds', async () => {
    const { system } = ctx;
    const globalAdmin = await addUserAndSignIn(
      system,
      customer.admin.accessToken,
      customer.domain,
      ['USER_ADMINISTRATOR'],
      true,
    );
    const plain = await addUserAndSignIn(
      system,
      customer.admin.accessToken,
      customer.domain,
      ['USER_ADMINISTRATOR'],
      false,
    );
    expect(globalAdmin.user.permissions).toContain('CREATE_USERS');
    expect(plain.user.permissions).not.toContain('CREATE_USERS');

    // It grants only roles whose permissions it holds (ACC-5/6): another User administrator.
    const byGlobal = await gql<{ addUser: { id: string } }>(
      system.gatewayUrl,
      ADD_USER,
      { input: addInput({ roles: ['USER_ADMINISTRATOR'] }) },
      globalAdmin.accessToken,
    );
    expect(byGlobal.errors).toBeUndefined();
    const byPlain = await gql(
      system.gatewayUrl,
      ADD_USER,
      { input: addInput({ roles: ['USER_ADMINISTRATOR'] }) },
      plain.accessToken,
    );
    expect(codeOf(byPlain)).toBe('FORBIDDEN');

    const ROLES_CHANGE = `mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }`;
    const changed = await ok<{ updateUserRoles: { roles: string[] } }>(
      system.gatewayUrl,
      ROLES_CHANGE,
      { input: { id: byGlobal.data!.addUser.id, roles: ['USER_ADMINISTRATOR'] } },
      plain.accessToken,
    );
    expect(changed.updateUserRoles.roles).toEqual(['USER_ADMINISTRATOR']);
    for (const roles of [['REPORT_VIEWER'], ['ACCOUNT_ADMINISTRATOR']]) {
      const escalate = await gql(
        system.gatewayUrl,
        ROLES_CHANGE,
        { input: { id: byGlobal.data!.addUser.id, roles } },
        plain.accessToken,
      );
      expect(codeOf(escalate), roles[0]).toBe('FORBIDDEN');
    }
  });

  it('ACC-6 bad input: duplicate, unknown domain, malformed email, empty names, unknown role — nothing written, nothing sent', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const first = addInput();
    await ok(system.gatewayUrl, ADD_USER, { input: first }, token);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...first, email: 'other@mail.example' }, 'CONFLICT', 'userId'],
      [addInput({ domain: 'unknown.example' }), 'BAD_USER_INPUT', 'domain'],
      [addInput({ email: 'not-an-email' }), 'BAD_USER_INPUT', 'email'],
      [addInput({ firstName: '   ' }), 'BAD_USER_INPUT', 'firstName'],
      [addInput({ lastName: '' }), 'BAD_USER_INPUT', 'lastName'],
      [addInput({ roles: [] }), 'BAD_USER_INPUT', 'roles'],
      [addInput({ userId: 'has space' }), 'BAD_USER_INPUT', 'userId'],
    ];
    const before = await ok<{ users: { totalCount: number } }>(system.gatewayUrl, USERS, {}, token);
    for (const [input, code, field] of cases) {
      const result = await gql(system.gatewayUrl, ADD_USER, { input }, token);
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code, field });
      expect(result.errors?.[0]?.message).toContain(field);
    }
    const unknownRole = await gql(
      system.gatewayUrl,
      ADD_USER,
      { input: addInput({ roles: ['SUPER_USER'] }) },
      token,
    );
    expect(codeOf(unknownRole)).toBe('BAD_USER_INPUT');
    expect(unknownRole.errors?.[0]?.message).toMatch(/roles|Role/);
    const after = await ok<{ users: { totalCount: number } }>(system.gatewayUrl, USERS, {}, token);
    expect(after.users.totalCount).toBe(before.users.totalCount);
    await system.settle();
    expect(await system.mailTo('other@mail.example')).toHaveLength(0);
    expect(await system.mailTo('not-an-email')).toHaveLength(0);
  });

  it('ACC-6 ACC-4 revoke blocks sign-in and ends sessions; restore lets the user back; nobody changes its own roles or status', async () => {
    const { system } = ctx;
    const victim = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'ACCOUNT_VIEWER',
    ]);
    await ok(
      system.gatewayUrl,
      `mutation($id: ID!) { revokeUser(id: $id) { status } }`,
      { id: victim.user.id },
      customer.admin.accessToken,
    );
    expect(codeOf(await gql(system.gatewayUrl, '{ me { id } }', {}, victim.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    const refused = await gql(
      system.gatewayUrl,
      `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`,
      {
        i: { workAccount: victim.user.workAccount, password: PASSWORD },
      },
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    await ok(
      system.gatewayUrl,
      `mutation($id: ID!) { restoreUser(id: $id) { status } }`,
      { id: victim.user.id },
      customer.admin.accessToken,
    );
    await signIn(system, victim.user.workAccount, PASSWORD);

    const self = await gql(
      system.gatewayUrl,
      `mutation($id: ID!) { revokeUser(id: $id) { status } }`,
      { id: customer.admin.user.id },
      customer.admin.accessToken,
    );
    expect(codeOf(self)).toBe('FORBIDDEN');
    const demote = await gql(
      system.gatewayUrl,
      `mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }`,
      { input: { id: customer.admin.user.id, roles: ['ACCOUNT_VIEWER'] } },
      customer.admin.accessToken,
    );
    // So the last account administrator cannot remove itself either.
    expect(codeOf(demote)).toBe('FORBIDDEN');
  });

  it('ACC-4 an administrator resets a forgotten password; the temporary one goes to the recipient email', async () => {
    const { system } = ctx;
    const user = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'ACCOUNT_VIEWER',
    ]);
    const email = (
      await ok<{ user: { email: string } }>(
        system.gatewayUrl,
        `query($id: ID!) { user(id: $id) { email } }`,
        { id: user.user.id },
        customer.admin.accessToken,
      )
    ).user.email;
    await ok(
      system.gatewayUrl,
      `mutation($id: ID!) { resetUserPassword(id: $id) { mustChangePassword } }`,
      { id: user.user.id },
      customer.admin.accessToken,
    );
    const mails = await system.waitForMail(email, 2);
    expect(mails[1]!.subject).toMatch(/reset/);
    expect(codeOf(await gql(system.gatewayUrl, '{ me { id } }', {}, user.accessToken))).toBe(
      'UNAUTHENTICATED',
    );
    // OPS-3: the old password stopped working; the reset mail's one-time link sets a new one.
    expect(
      codeOf(
        await gql(system.gatewayUrl, SIGN_IN_ONLY, {
          i: { workAccount: user.user.workAccount, password: PASSWORD },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(mails[1]!.text).not.toMatch(/temporary password/i);
    await setPasswordFromMail(system, mails[1]!.text, 'An0ther-Passw0rd');
    await signIn(system, user.user.workAccount, 'An0ther-Passw0rd');
  });
});

describe('ACC-7 find users', () => {
  it('ACC-7 search by contact email, filter by status, sort and page', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const tag = unique('find');
    const ids: string[] = [];
    for (const last of ['Charlie', 'Alpha', 'Bravo']) {
      const input = addInput({ email: `${tag}-${last.toLowerCase()}@mail.example`, lastName: last });
      ids.push(
        (await ok<{ addUser: { id: string } }>(system.gatewayUrl, ADD_USER, { input }, token)).addUser.id,
      );
    }
    await ok(
      system.gatewayUrl,
      `mutation($id: ID!) { revokeUser(id: $id) { status } }`,
      { id: ids[0] },
      token,
    );

    const byEmail = await ok<{ users: { totalCount: number; edges: { node: { lastName: string } }[] } }>(
      system.gatewayUrl,
      USERS,
      { filter: { contactEmail: tag.toUpperCase() }, orderBy: { field: 'LAST_NAME', direction: 'ASC' } },
      token,
    );
    expect(byEmail.users.edges.map((e) => e.node.lastName)).toEqual(['Alpha', 'Bravo', 'Charlie']);
    const desc = await ok<{ users: { edges: { node: { lastName: string } }[] } }>(
      system.gatewayUrl,
      USERS,
      { filter: { contactEmail: tag }, orderBy: { field: 'LAST_NAME', direction: 'DESC' } },
      token,
    );
    expect(desc.users.edges.map((e) => e.node.lastName)).toEqual(['Charlie', 'Bravo', 'Alpha']);
    const revoked = await ok<{ users: { edges: { node: { lastName: string; status: string } }[] } }>(
      system.gatewayUrl,
      USERS,
      { filter: { contactEmail: tag, status: 'REVOKED' } },
      token,
    );
    expect(revoked.users.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ lastName: 'Charlie', status: 'REVOKED' }),
    ]);

    const page1 = await ok<{
      users: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { lastName: string } }[];
      };
    }>(
      system.gatewayUrl,
      USERS,
      { filter: { contactEmail: tag }, orderBy: { field: 'LAST_NAME' }, first: 2 },
      token,
    );
    expect(page1.users.totalCount).toBe(3);
    expect(page1.users.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok<{
      users: { pageInfo: { hasNextPage: boolean }; edges: { node: { lastName: string } }[] };
    }>(
      system.gatewayUrl,
      USERS,
      {
        filter: { contactEmail: tag },
        orderBy: { field: 'LAST_NAME' },
        first: 2,
        after: page1.users.pageInfo.endCursor,
      },
      token,
    );
    expect(page2.users.edges.map((e) => e.node.lastName)).toEqual(['Charlie']);
    expect(page2.users.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await gql(system.gatewayUrl, USERS, { first: 500 }, token))).toBe('BAD_USER_INPUT');
  });
});

describe('ACC-10 audit log', () => {
  it('ACC-10 every administrative change is recorded with who, what, when, before and after', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const input = addInput();
    const { addUser } = await ok<{ addUser: { id: string } }>(system.gatewayUrl, ADD_USER, { input }, token);
    await ok(
      system.gatewayUrl,
      `mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles } }`,
      { input: { id: addUser.id, roles: ['REPORT_VIEWER'] } },
      token,
    );
    const log = await ok<{
      auditLog: {
        edges: {
          node: { action: string; actorWorkAccount: string; before: string | null; after: string | null };
        }[];
      };
    }>(system.gatewayUrl, AUDIT, { filter: { targetId: addUser.id } }, token);
    const [change, add] = log.auditLog.edges.map((e) => e.node);
    expect(add).toMatchObject({
      action: 'ADD_USER',
      actorWorkAccount: customer.admin.user.workAccount,
      before: null,
    });
    expect(JSON.parse(add!.after!).roles).toEqual(['ACCOUNT_VIEWER']);
    expect(change!.action).toBe('UPDATE_USER_ROLES');
    expect(JSON.parse(change!.before!).roles).toEqual(['ACCOUNT_VIEWER']);
    expect(JSON.parse(change!.after!).roles).toEqual(['REPORT_VIEWER']);
    expect(change!.after).not.toContain('passwordHash');

    const viewer: Session = await addUserAndSignIn(system, token, customer.domain, ['ACCOUNT_VIEWER']);
    expect(codeOf(await gql(system.gatewayUrl, AUDIT, {}, viewer.accessToken))).toBe('FORBIDDEN');
  });

  it('ACC-10 API-5 from and to are DateTime instants: any time zone in, UTC out; a day alone, no zone or a bad date is BAD_USER_INPUT naming the field', async () => {
    const { system } = ctx;
    const token = customer.admin.accessToken;
    const { addUser } = await ok<{ addUser: { id: string } }>(
      system.gatewayUrl,
      ADD_USER,
      { input: addInput() },
      token,
    );
    const AT =
      'query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 50) { edges { node { at } } } }';
    type Log = { auditLog: { edges: { node: { at: string } }[] } };
    const ats = async (filter: Record<string, unknown>) =>
      (
        await ok<Log>(system.gatewayUrl, AT, { filter: { targetId: addUser.id, ...filter } }, token)
      ).auditLog.edges.map((e) => e.node.at);
    const [at] = await ats({});
    expect(at).toBe(new Date(at!).toISOString());
    // The entry's own instant written at -03:00: `from` is inclusive, `to` exclusive.
    const elsewhere = new Date(Date.parse(at!) - 3 * 3_600_000).toISOString().replace('Z', '-03:00');
    expect(await ats({ from: elsewhere })).toEqual([at]);
    expect(await ats({ to: elsewhere })).toEqual([]);
    const cases: [Record<string, unknown>, string][] = [
      [{ from: at!.slice(0, 10) }, 'from'],
      [{ to: at!.replace('Z', '') }, 'to'],
      [{ from: '2025-02-30T00:00:00Z' }, 'from'],
      [{ to: 'tomorrow' }, 'to'],
    ];
    for (const [filter, field] of cases) {
      const refused = await gql(system.gatewayUrl, AT, { filter }, token);
      expect(refused.errors?.[0]?.extensions, JSON.stringify(filter)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });
});
