import {
  ADD_USER,
  type AgreementView,
  addUserAndSignIn,
  codeOf,
  type createPartner,
  gql,
  ok,
  PASSWORD,
  partnerWithCustomer,
  type registerCustomer,
  type Session,
  signIn,
  unique,
} from '@bc/system/flows';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from './support/authorization-table.ts';
import { useSystem } from './support/tier.ts';

/**
 * Issue 11 §3: nobody grants what they do not hold (ACC-5, ACC-6), nobody manages a user more
 * privileged than themselves, and the partner of record does only what the guide lets it do (BEN-7).
 */
const ctx = useSystem();
let partner: Awaited<ReturnType<typeof createPartner>>;
let customer: Awaited<ReturnType<typeof registerCustomer>>;
let agreement: AgreementView;
/** A User administrator without global admin: the attacker of the findings. */
let userAdmin: Session;

const UPDATE_ROLES = `mutation($input: UpdateUserRolesInput!) { updateUserRoles(input: $input) { roles globalAdmin } }`;
const UPDATE_DETAILS = `mutation($input: UpdateUserDetailsInput!) { updateUserDetails(input: $input) { email } }`;
const RESET = `mutation($id: ID!) { resetUserPassword(id: $id) { mustChangePassword } }`;
const REVOKE = `mutation($id: ID!) { revokeUser(id: $id) { status } }`;
const RESTORE = `mutation($id: ID!) { restoreUser(id: $id) { status } }`;
const USER = `query($id: ID!) { user(id: $id) { email roles globalAdmin status } }`;

beforeAll(async () => {
  ({ partner, customer, agreement } = await partnerWithCustomer(ctx.system));
  userAdmin = await addUserAndSignIn(ctx.system, customer.admin.accessToken, customer.domain, [
    'USER_ADMINISTRATOR',
  ]);
});

describe('ACC-5 ACC-6 no one grants what they do not hold', () => {
  it('ACC-5 ACC-6 a User administrator without global admin cannot give itself any role or global admin', async () => {
    const { system } = ctx;
    const attempts = [
      ...ROLES.map((role) => ({ roles: ['USER_ADMINISTRATOR', role], globalAdmin: false })),
      { roles: ['USER_ADMINISTRATOR'], globalAdmin: true },
      { roles: ['USER_ADMINISTRATOR'], globalAdmin: false },
    ];
    for (const input of attempts) {
      const result = await gql(
        system.gatewayUrl,
        UPDATE_ROLES,
        { input: { id: userAdmin.user.id, ...input } },
        userAdmin.accessToken,
      );
      expect(codeOf(result), JSON.stringify(input)).toBe('FORBIDDEN');
    }
    const again = await signIn(system, userAdmin.user.workAccount, PASSWORD);
    expect(again.user.roles).toEqual(['USER_ADMINISTRATOR']);
    expect(again.user.permissions).toEqual(['MANAGE_USERS', 'VIEW_DELIVERY_LOG']);
  });

  it('ACC-5 ACC-6 a caller grants another user only roles whose permissions it holds; only a global admin makes one', async () => {
    const { system } = ctx;
    const fellow = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'USER_ADMINISTRATOR',
    ]);
    for (const role of ROLES) {
      const result = await gql(
        system.gatewayUrl,
        UPDATE_ROLES,
        { input: { id: fellow.user.id, roles: [role] } },
        userAdmin.accessToken,
      );
      // A User administrator holds exactly User administrator's permissions.
      expect(codeOf(result), role).toBe(role === 'USER_ADMINISTRATOR' ? null : 'FORBIDDEN');
    }
    const makeGlobal = { id: fellow.user.id, roles: ['USER_ADMINISTRATOR'], globalAdmin: true };
    expect(
      codeOf(await gql(system.gatewayUrl, UPDATE_ROLES, { input: makeGlobal }, userAdmin.accessToken)),
    ).toBe('FORBIDDEN');
    // The organization's first administrator is a global admin and holds every permission.
    const made = await ok<{ updateUserRoles: { globalAdmin: boolean } }>(
      system.gatewayUrl,
      UPDATE_ROLES,
      { input: makeGlobal },
      customer.admin.accessToken,
    );
    expect(made.updateUserRoles.globalAdmin).toBe(true);
    // Adding a user grants roles too: a plain User administrator adds nobody (no CREATE_USERS) and a
    // global-admin User administrator adds only users whose roles it holds.
    const globalUserAdmin = await signIn(system, fellow.user.workAccount, PASSWORD);
    const addInput = (roles: string[]) => {
      const userId = unique('g');
      return {
        userId,
        domain: customer.domain,
        email: `${userId}@mail.example`,
        firstName: 'G',
        lastName: 'R',
        roles,
      };
    };
    expect(
      codeOf(
        await gql(
          system.gatewayUrl,
          ADD_USER,
          { input: addInput(['USER_ADMINISTRATOR']) },
          userAdmin.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    for (const role of ROLES) {
      const result = await gql(
        system.gatewayUrl,
        ADD_USER,
        { input: addInput([role]) },
        globalUserAdmin.accessToken,
      );
      expect(codeOf(result), role).toBe(role === 'USER_ADMINISTRATOR' ? null : 'FORBIDDEN');
    }
  });
});

describe('WEB-11 ACC-6 the API tells a page which role and user controls to offer', () => {
  const OFFERS = `query($id: ID!) { me { id grantableRoles } user(id: $id) { manageable } }`;
  type Offers = { me: { id: string; grantableRoles: string[] }; user: { manageable: boolean } };

  it('WEB-11 ACC-5 ACC-6 me.grantableRoles is exactly the roles an update may grant, and user.manageable exactly the users it may change', async () => {
    const { system } = ctx;
    const callers = [
      { name: 'user administrator', session: userAdmin },
      {
        name: 'account manager',
        session: await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
          'ACCOUNT_MANAGER',
          'USER_ADMINISTRATOR',
        ]),
      },
      { name: 'account administrator', session: customer.admin },
    ];
    for (const caller of callers) {
      for (const role of ROLES) {
        // A fresh target the caller may manage (same standing as the caller's weakest grant).
        const target = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
          'USER_ADMINISTRATOR',
        ]);
        const offers = await ok<Offers>(
          system.gatewayUrl,
          OFFERS,
          { id: target.user.id },
          caller.session.accessToken,
        );
        expect(offers.user.manageable, caller.name).toBe(true);
        const result = await gql(
          system.gatewayUrl,
          UPDATE_ROLES,
          { input: { id: target.user.id, roles: [role] } },
          caller.session.accessToken,
        );
        const granted = codeOf(result) === null;
        expect(offers.me.grantableRoles.includes(role), `${caller.name} ${role}`).toBe(granted);
      }
    }
    // Not manageable: the caller itself, and a user with permissions the caller lacks.
    const self = await ok<Offers>(
      system.gatewayUrl,
      OFFERS,
      { id: userAdmin.user.id },
      userAdmin.accessToken,
    );
    expect(self.user.manageable).toBe(false);
    const stronger = await ok<Offers>(
      system.gatewayUrl,
      OFFERS,
      { id: customer.admin.user.id },
      userAdmin.accessToken,
    );
    expect(stronger.user.manageable).toBe(false);
    const revoke = await gql(
      system.gatewayUrl,
      REVOKE,
      { id: customer.admin.user.id },
      userAdmin.accessToken,
    );
    expect(codeOf(revoke)).toBe('FORBIDDEN');
  });
});

describe('ACC-5 ACC-6 ACC-4 a caller manages only users whose permissions it holds', () => {
  it('ACC-6 ACC-4 a User administrator cannot redirect, reset, revoke or restore a more privileged user (no takeover)', async () => {
    const { system } = ctx;
    const attacker = `${unique('evil')}@mail.example`;
    for (const role of ROLES.filter((r) => r !== 'USER_ADMINISTRATOR')) {
      const victim = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [role]);
      const id = victim.user.id;
      const calls: [string, string, Record<string, unknown>][] = [
        ['updateUserDetails', UPDATE_DETAILS, { input: { id, email: attacker } }],
        ['resetUserPassword', RESET, { id }],
        ['revokeUser', REVOKE, { id }],
        ['restoreUser', RESTORE, { id }],
      ];
      for (const [name, document, variables] of calls) {
        const result = await gql(system.gatewayUrl, document, variables, userAdmin.accessToken);
        expect(codeOf(result), `${name} on ${role}`).toBe('FORBIDDEN');
      }
      const after = await ok<{ user: { email: string; status: string } }>(
        system.gatewayUrl,
        USER,
        { id },
        customer.admin.accessToken,
      );
      expect(after.user.email, role).not.toBe(attacker);
      expect(after.user.status, role).toBe('ACTIVE');
      // The victim's own password still works: nothing was reset.
      await signIn(system, victim.user.workAccount, PASSWORD);
    }
    await system.settle();
    expect(await system.mailTo(attacker)).toHaveLength(0);
  });

  it('ACC-6 ACC-4 it still manages a user whose permissions it holds, but never its own status or roles', async () => {
    const { system } = ctx;
    const peer = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'USER_ADMINISTRATOR',
    ]);
    const email = `${unique('peer')}@mail.example`;
    await ok(
      system.gatewayUrl,
      UPDATE_DETAILS,
      { input: { id: peer.user.id, email } },
      userAdmin.accessToken,
    );
    await ok(system.gatewayUrl, RESET, { id: peer.user.id }, userAdmin.accessToken);
    expect(await system.waitForMail(email)).toHaveLength(1);
    await ok(system.gatewayUrl, REVOKE, { id: peer.user.id }, userAdmin.accessToken);
    await ok(system.gatewayUrl, RESTORE, { id: peer.user.id }, userAdmin.accessToken);
    for (const document of [REVOKE, RESTORE]) {
      expect(
        codeOf(await gql(system.gatewayUrl, document, { id: userAdmin.user.id }, userAdmin.accessToken)),
      ).toBe('FORBIDDEN');
    }
    const ownRoles = await gql(
      system.gatewayUrl,
      UPDATE_ROLES,
      { input: { id: customer.admin.user.id, roles: ['ACCOUNT_ADMINISTRATOR'], globalAdmin: false } },
      customer.admin.accessToken,
    );
    expect(codeOf(ownRoles)).toBe('FORBIDDEN');
  });
});

describe('AGR-4 BEN-7 the partner of record does not edit what the guide leaves to the customer', () => {
  const ANNIVERSARY =
    'mutation($id: ID!, $m: Int!) { updateAnniversaryMonth(agreementId: $id, anniversaryMonth: $m) { anniversaryMonth } }';
  const ADDRESS =
    'mutation($input: UpdatePurchasingAccountInput!) { updatePurchasingAccount(input: $input) { location } }';
  const AGREEMENT = `query($id: ID!) { agreement(id: $id) { anniversaryMonth purchasingAccount { location address { city } } } }`;

  async function partnerEdits(token: string) {
    const { system } = ctx;
    const month = await gql(system.gatewayUrl, ANNIVERSARY, { id: agreement.id, m: 11 }, token);
    const address = await gql(
      system.gatewayUrl,
      ADDRESS,
      {
        input: {
          id: agreement.purchasingAccount.id,
          address: { line1: '1 Partner Way', city: 'Elsewhere', postalCode: '10001', country: 'US' },
        },
      },
      token,
    );
    return [codeOf(month), codeOf(address)];
  }

  async function unchanged() {
    const view = await ok<{
      agreement: { anniversaryMonth: number; purchasingAccount: { address: { city: string } } };
    }>(ctx.system.gatewayUrl, AGREEMENT, { id: agreement.id }, customer.admin.accessToken);
    expect(view.agreement.anniversaryMonth).toBe(3);
    expect(view.agreement.purchasingAccount.address.city).toBe('Redmond');
  }

  it('AGR-4 BEN-7 ACC-9 without and with the benefit permission, the partner cannot change the signed agreement or the address', async () => {
    const { system } = ctx;
    expect(await partnerEdits(partner.admin.accessToken)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    await unchanged();

    const requested = await ok<{ requestBenefitPermission: { id: string } }>(
      system.gatewayUrl,
      'mutation($c: ID!) { requestBenefitPermission(customerId: $c) { id } }',
      { c: customer.organizationId },
      partner.admin.accessToken,
    );
    await ok(
      system.gatewayUrl,
      'mutation($id: ID!) { decideBenefitPermission(id: $id, decision: APPROVED) { id } }',
      { id: requested.requestBenefitPermission.id },
      customer.admin.accessToken,
    );
    await system.settle();
    expect(await partnerEdits(partner.admin.accessToken)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    await unchanged();

    // The customer's own account manager may (AGR-4).
    const manager = await addUserAndSignIn(system, customer.admin.accessToken, customer.domain, [
      'ACCOUNT_MANAGER',
    ]);
    expect(await partnerEdits(manager.accessToken)).toEqual([null, null]);
  });
});
