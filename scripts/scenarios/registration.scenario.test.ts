import {
  codeOf,
  createPartner,
  gql,
  INVITE,
  ok,
  operatorSession,
  PASSWORD,
  SIGN_UP,
  signIn,
  tokenFromMail,
  unique,
} from '@bc/system/flows';
import { describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();

const ME = `{ me { workAccount roles permissions organization { id name status kind } } }`;
const PREVIEW = `query Preview($token: String!) { invitation(token: $token) { organizationName recipientEmail nextStep expiresAt initialDomainSuffix } }`;
const SIGN_IN_FROM_INVITATION = `mutation($input: SignInFromInvitationInput!) { signInFromInvitation(input: $input) { user { workAccount } } }`;

async function invite(name: string, email: string, partnerOrganizationId: string | null = null) {
  const operator = await operatorSession(ctx.system);
  const data = await ok<{
    inviteDomainAdministrator: { id: string; expiresAt: string; organization: { id: string } };
  }>(
    ctx.system.gatewayUrl,
    INVITE,
    { input: { organizationName: name, administratorEmail: email, partnerOrganizationId } },
    operator.accessToken,
  );
  const mails = await ctx.system.waitForMail(email);
  return { ...data.inviteDomainAdministrator, token: tokenFromMail(mails.at(-1)!.text) };
}

const signUpInput = (token: string, prefix: string) => ({
  token,
  userId: 'ada',
  initialDomain: prefix,
  password: PASSWORD,
  firstName: 'Ada',
  lastName: 'Lovelace',
});

describe('ACC-2 organization registration', () => {
  it('ACC-2 ACC-4 ACC-8 NOT-1 WEB-1 invitation → sign-up → sign-in → me', async () => {
    const { system, clock } = ctx;
    const prefix = unique('contoso');
    const email = `${prefix}@mail.example`;
    const invitation = await invite(`${prefix} Corp`, email);
    expect(new Date(invitation.expiresAt).getTime() - clock.now().getTime()).toBe(14 * 24 * 3600 * 1000);

    const mails = await system.mailTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(`${prefix} Corp`);

    const preview = await ok<{ invitation: { nextStep: string; organizationName: string } }>(
      system.gatewayUrl,
      PREVIEW,
      {
        token: invitation.token,
      },
    );
    // WEB-1: the sign-up page shows the work account being made (`userId@<prefix>.<suffix>`).
    expect(preview.invitation).toMatchObject({
      nextStep: 'SIGN_UP',
      organizationName: `${prefix} Corp`,
      initialDomainSuffix: system.platformDomain,
    });

    const signUp = await ok<{ signUpFromInvitation: { user: { workAccount: string } } }>(
      system.gatewayUrl,
      SIGN_UP,
      {
        input: signUpInput(invitation.token, prefix),
      },
    );
    const workAccount = `ada@${prefix}.${system.platformDomain}`;
    expect(signUp.signUpFromInvitation.user.workAccount).toBe(workAccount);

    const session = await signIn(system, workAccount, PASSWORD);
    const me = await ok<{
      me: {
        workAccount: string;
        roles: string[];
        permissions: string[];
        organization: { status: string; id: string };
      };
    }>(system.gatewayUrl, ME, {}, session.accessToken);
    expect(me.me.workAccount).toBe(workAccount);
    expect(me.me.roles).toContain('ACCOUNT_ADMINISTRATOR');
    expect(me.me.permissions).toContain('CREATE_USERS');
    expect(me.me.organization).toMatchObject({ status: 'ACTIVE', id: invitation.organization.id });
  });

  it('ACC-2 an expired link is refused after 14 days (injected clock), nothing is created', async () => {
    const { system, clock } = ctx;
    const prefix = unique('late');
    const invitation = await invite(`${prefix} Corp`, `${prefix}@mail.example`);
    clock.advanceDays(14);
    try {
      const result = await gql(system.gatewayUrl, SIGN_UP, { input: signUpInput(invitation.token, prefix) });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'EXPIRED' });
      expect(result.errors?.[0]?.message).toMatch(/^token: .*expired/);
      const again = await gql(system.gatewayUrl, SIGN_IN_FROM_INVITATION, {
        input: {
          token: invitation.token,
          workAccount: `ada@${prefix}.${system.platformDomain}`,
          password: PASSWORD,
        },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'EXPIRED' });
      const failedSignIn = await gql(
        system.gatewayUrl,
        `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`,
        {
          i: { workAccount: `ada@${prefix}.${system.platformDomain}`, password: PASSWORD },
        },
      );
      expect(codeOf(failedSignIn)).toBe('BAD_USER_INPUT');
    } finally {
      clock.advanceDays(-14);
    }
  });

  it('ACC-2 a used link and a forged link are refused with their reason', async () => {
    const { system } = ctx;
    const prefix = unique('used');
    const invitation = await invite(`${prefix} Corp`, `${prefix}@mail.example`);
    await ok(system.gatewayUrl, SIGN_UP, { input: signUpInput(invitation.token, prefix) });
    const reused = await gql(system.gatewayUrl, SIGN_UP, {
      input: signUpInput(invitation.token, `${prefix}x`),
    });
    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'USED',
    });
    const forged = await gql(system.gatewayUrl, SIGN_UP, {
      input: signUpInput(`${invitation.token}x`, `${prefix}y`),
    });
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'INVALID',
    });
    const preview = await gql(system.gatewayUrl, PREVIEW, { token: 'made-up-token' });
    expect(preview.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID' });
  });

  it('ACC-2 NOT-1 the partner of record resends (old link dies) and changes the designated administrator', async () => {
    const { system } = ctx;
    const partner = await createPartner(system);
    const prefix = unique('resend');
    const first = `${prefix}@mail.example`;
    const invitation = await invite(`${prefix} Corp`, first, partner.organizationId);

    const resend = await ok<{
      resendDomainAdministratorInvitation: { recipientEmail: string; status: string };
    }>(
      system.gatewayUrl,
      `mutation($id: ID!) { resendDomainAdministratorInvitation(organizationId: $id) { recipientEmail status } }`,
      { id: invitation.organization.id },
      partner.admin.accessToken,
    );
    expect(resend.resendDomainAdministratorInvitation).toEqual({ recipientEmail: first, status: 'PENDING' });
    const mails = await system.waitForMail(first, 2);
    expect(mails[1]!.subject).toMatch(/^Reminder/);
    const resentToken = tokenFromMail(mails[1]!.text);
    const old = await gql(system.gatewayUrl, PREVIEW, { token: invitation.token });
    expect(old.errors?.[0]?.extensions).toMatchObject({ reason: 'SUPERSEDED' });

    const second = `${prefix}-new@mail.example`;
    await ok(
      system.gatewayUrl,
      `mutation($id: ID!, $email: String!) { changeDomainAdministrator(organizationId: $id, email: $email) { recipientEmail } }`,
      { id: invitation.organization.id, email: second },
      partner.admin.accessToken,
    );
    const [newMail] = await system.waitForMail(second);
    expect(
      (await gql(system.gatewayUrl, PREVIEW, { token: resentToken })).errors?.[0]?.extensions,
    ).toMatchObject({
      reason: 'SUPERSEDED',
    });
    await ok(system.gatewayUrl, SIGN_UP, { input: signUpInput(tokenFromMail(newMail!.text), prefix) });

    // Another partner is not the partner of record: the customer does not exist for it.
    const stranger = await createPartner(system);
    const refused = await gql(
      system.gatewayUrl,
      `mutation($id: ID!) { resendDomainAdministratorInvitation(organizationId: $id) { id } }`,
      { id: invitation.organization.id },
      stranger.admin.accessToken,
    );
    expect(codeOf(refused)).toBe('NOT_FOUND');
  });

  it('ACC-2 WEB-10 the current invitation is the one not replaced, also when several are issued at the same instant: resend goes to the last designated administrator, and the partner sees that one', async () => {
    // The scenario clock stands still, so every invitation below has the same issuedAt; so would two
    // API calls within one millisecond. A resend must still go to the last designated administrator.
    const { system } = ctx;
    const partner = await createPartner(system);
    const prefix = unique('latest');
    const invitation = await invite(`${prefix} Corp`, `${prefix}-0@mail.example`, partner.organizationId);
    const id = invitation.organization.id;
    const CURRENT = `query($id: ID!) { domainAdministratorInvitation(organizationId: $id) { recipientEmail status } }`;
    for (let n = 1; n <= 6; n++) {
      const email = `${prefix}-${n}@mail.example`;
      await ok(
        system.gatewayUrl,
        `mutation($id: ID!, $email: String!) { changeDomainAdministrator(organizationId: $id, email: $email) { recipientEmail } }`,
        { id, email },
        partner.admin.accessToken,
      );
      const resent = await ok<{ resendDomainAdministratorInvitation: { recipientEmail: string } }>(
        system.gatewayUrl,
        `mutation($id: ID!) { resendDomainAdministratorInvitation(organizationId: $id) { recipientEmail } }`,
        { id },
        partner.admin.accessToken,
      );
      expect(resent.resendDomainAdministratorInvitation.recipientEmail, `resend after change ${n}`).toBe(
        email,
      );
      const current = await ok<{ domainAdministratorInvitation: { recipientEmail: string; status: string } }>(
        system.gatewayUrl,
        CURRENT,
        { id },
        partner.admin.accessToken,
      );
      expect(current.domainAdministratorInvitation, `current after change ${n}`).toEqual({
        recipientEmail: email,
        status: 'PENDING',
      });
    }
  });

  it('ACC-2 bad input: empty name, malformed email, taken initial domain; nothing is written or sent', async () => {
    const { system } = ctx;
    const operator = await operatorSession(system);
    const empty = await gql(
      system.gatewayUrl,
      INVITE,
      { input: { organizationName: '  ', administratorEmail: 'a@b.example' } },
      operator.accessToken,
    );
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organizationName',
    });
    const bad = await gql(
      system.gatewayUrl,
      INVITE,
      { input: { organizationName: 'X', administratorEmail: 'not-an-email' } },
      operator.accessToken,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'administratorEmail',
    });
    await system.settle();
    expect(await system.mailTo('not-an-email')).toHaveLength(0);

    const prefix = unique('taken');
    const a = await invite(`${prefix} A`, `${prefix}-a@mail.example`);
    await ok(system.gatewayUrl, SIGN_UP, { input: signUpInput(a.token, prefix) });
    const b = await invite(`${prefix} B`, `${prefix}-b@mail.example`);
    const clash = await gql(system.gatewayUrl, SIGN_UP, { input: signUpInput(b.token, prefix) });
    expect(clash.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'initialDomain' });
    // The failed sign-up left the link usable.
    await ok(system.gatewayUrl, SIGN_UP, { input: signUpInput(b.token, `${prefix}b`) });
  });

  it('ACC-2 only the operator invites domain administrators', async () => {
    const { system } = ctx;
    const partner = await createPartner(system);
    const result = await gql(
      system.gatewayUrl,
      INVITE,
      { input: { organizationName: 'Sneaky', administratorEmail: 'x@mail.example' } },
      partner.admin.accessToken,
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(
      codeOf(
        await gql(system.gatewayUrl, INVITE, {
          input: { organizationName: 'Anon', administratorEmail: 'x@mail.example' },
        }),
      ),
    ).toBe('UNAUTHENTICATED');
  });
});
