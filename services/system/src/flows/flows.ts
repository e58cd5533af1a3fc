import type { RunningSystem } from '../system.ts';
import { ok } from './client.ts';

export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken refreshToken expiresIn user { id workAccount roles permissions } }
}`;

/**
 * What the flows need of a running system: the gateway, the mail it sends and the operator's sign-in.
 * The in-process harness is one; the per-process benchmark (scripts/bench/dashboard-processes.ts) another.
 */
export type Portal = Pick<
  RunningSystem,
  'gatewayUrl' | 'waitForMail' | 'operatorWorkAccount' | 'operatorPassword' | 'platformDomain'
>;

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; workAccount: string; roles: string[]; permissions: string[] };
}

export async function signIn(
  system: Pick<Portal, 'gatewayUrl'>,
  workAccount: string,
  password: string,
  newPassword?: string,
) {
  const data = await ok<{ signIn: Session }>(system.gatewayUrl, SIGN_IN, {
    input: { workAccount, password, ...(newPassword ? { newPassword } : {}) },
  });
  return data.signIn;
}

export async function operatorSession(system: Portal): Promise<Session> {
  return signIn(system, system.operatorWorkAccount, system.operatorPassword);
}

/** Pulls the invitation token out of the welcome mail's "Get started now" link. */
export function tokenFromMail(text: string): string {
  const match = /register\?token=([A-Za-z0-9_.%-]+)/.exec(text);
  if (!match) throw new Error(`no invitation link in mail:\n${text}`);
  return decodeURIComponent(match[1]!);
}

/** OPS-3: the token of the one-time set-password link in a new user's or a reset's mail. */
export function setPasswordTokenFromMail(text: string): string {
  const match = /set-password\?token=([A-Za-z0-9_.%-]+)/.exec(text);
  if (!match) throw new Error(`no set-password link in mail:\n${text}`);
  return decodeURIComponent(match[1]!);
}

export const SET_PASSWORD_FROM_LINK = `mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {
  setPasswordFromLink(input: $input) { accessToken refreshToken expiresIn user { id workAccount roles permissions } }
}`;

/** OPS-3: sets the password from the link in a mail and signs in. */
export async function setPasswordFromMail(
  system: Pick<Portal, 'gatewayUrl'>,
  mailText: string,
  newPassword: string = PASSWORD,
): Promise<Session> {
  const data = await ok<{ setPasswordFromLink: Session }>(system.gatewayUrl, SET_PASSWORD_FROM_LINK, {
    input: { token: setPasswordTokenFromMail(mailText), newPassword },
  });
  return data.setPasswordFromLink;
}

let counter = 0;
/** A unique short name per call, so scenarios never collide (the system tier shares nothing else). */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36).slice(-4)}${counter}`;
}

export const INVITE = `mutation Invite($input: InviteDomainAdministratorInput!) {
  inviteDomainAdministrator(input: $input) { id recipientEmail expiresAt status organization { id name status } }
}`;

export const SIGN_UP = `mutation SignUp($input: SignUpFromInvitationInput!) {
  signUpFromInvitation(input: $input) { accessToken refreshToken expiresIn user { id workAccount roles permissions } }
}`;

export const PASSWORD = 'Str0ng-Passw0rd';

/** ACC-2 end to end: operator invites, the administrator signs up from the mailed link. */
export async function registerCustomer(
  system: Portal,
  options: { name?: string; partnerOrganizationId?: string } = {},
) {
  const operator = await operatorSession(system);
  const prefix = unique('org');
  const adminEmail = `${prefix}-admin@mail.example`;
  const invited = await ok<{ inviteDomainAdministrator: { organization: { id: string } } }>(
    system.gatewayUrl,
    INVITE,
    {
      input: {
        organizationName: options.name ?? `${prefix} Ltd`,
        administratorEmail: adminEmail,
        partnerOrganizationId: options.partnerOrganizationId ?? null,
      },
    },
    operator.accessToken,
  );
  const [mail] = await system.waitForMail(adminEmail);
  const signUp = await ok<{ signUpFromInvitation: Session }>(system.gatewayUrl, SIGN_UP, {
    input: {
      token: tokenFromMail(mail!.text),
      userId: 'admin',
      initialDomain: prefix,
      password: PASSWORD,
      firstName: 'Ada',
      lastName: 'Admin',
    },
  });
  return {
    organizationId: invited.inviteDomainAdministrator.organization.id,
    domain: `${prefix}.${system.platformDomain}`,
    adminEmail,
    admin: signUp.signUpFromInvitation,
  };
}

export const ADD_USER = `mutation AddUser($input: AddUserInput!) {
  addUser(input: $input) { id workAccount email roles globalAdmin status mustChangePassword }
}`;

/** ACC-6: adds a user, who sets a password from the mailed link and so signs in. */
export async function addUserAndSignIn(
  system: Portal,
  adminToken: string,
  domain: string,
  roles: string[],
  globalAdmin = false,
): Promise<Session> {
  const userId = unique('u');
  const email = `${userId}@mail.example`;
  await ok(
    system.gatewayUrl,
    ADD_USER,
    { input: { userId, domain, email, firstName: 'Test', lastName: userId, roles, globalAdmin } },
    adminToken,
  );
  const [mail] = await system.waitForMail(email);
  return setPasswordFromMail(system, mail!.text);
}

export const CREATE_PARTNER = `mutation CreatePartner($input: CreatePartnerOrganizationInput!) {
  createPartnerOrganization(input: $input) { id name kind }
}`;

/** ACC-9: operator creates a partner organization; its administrator signs in. */
export async function createPartner(system: Portal) {
  const operator = await operatorSession(system);
  const prefix = unique('ptn');
  const domain = `${prefix}.partners.example`;
  const email = `${prefix}-admin@mail.example`;
  const created = await ok<{ createPartnerOrganization: { id: string } }>(
    system.gatewayUrl,
    CREATE_PARTNER,
    {
      input: {
        name: `${prefix} Partners`,
        domain,
        administratorUserId: 'admin',
        administratorEmail: email,
        administratorFirstName: 'Pat',
        administratorLastName: 'Partner',
      },
    },
    operator.accessToken,
  );
  const [mail] = await system.waitForMail(email);
  const admin = await setPasswordFromMail(system, mail!.text);
  return { organizationId: created.createPartnerOrganization.id, domain, admin };
}
