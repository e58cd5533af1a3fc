import { describe, expect, it } from 'vitest';
import {
  type Grantee,
  type Grantor,
  grantRefusal,
  manageRefusal,
  type Standing,
  statusChangeRefusal,
} from './grants.ts';
import { type Permission, ROLES, type Role, resolvePermissions } from './permissions.ts';

/** Every standing there is: each of the 64 sets of roles, with and without the global-admin flag. */
const STANDINGS: Standing[] = [];
for (let mask = 0; mask < 1 << ROLES.length; mask++) {
  const roles = ROLES.filter((_, i) => mask & (1 << i));
  STANDINGS.push({ roles, globalAdmin: false }, { roles, globalAdmin: true });
}
const name = (s: Standing) => `${s.roles.join('+') || 'no role'}${s.globalAdmin ? ' (global admin)' : ''}`;
const actorOf = (s: Standing): Grantor => ({ ...s, userId: 'actor' });
const targetOf = (s: Standing): Grantee => ({ ...s, id: 'target' });

/** The oracle, said as plainly as possible: a subset of permissions, written apart from the rule. */
const permsOf = new Map<Standing, Set<Permission>>();
const perms = (s: Standing) => {
  let set = permsOf.get(s);
  if (!set) {
    set = new Set(resolvePermissions(s.roles, s.globalAdmin));
    permsOf.set(s, set);
  }
  return set;
};
const holds = (actor: Standing, other: Standing) => {
  const held = perms(actor);
  for (const p of perms(other)) if (!held.has(p)) return false;
  return true;
};
const globalAdmin = (s: Standing) => s.globalAdmin && s.roles.includes('USER_ADMINISTRATOR');

const PLAIN_USER_ADMIN: Standing = { roles: ['USER_ADMINISTRATOR'], globalAdmin: false };
/** What sign-up gives an organization's first user. */
const FIRST_ADMIN: Standing = { roles: ['ACCOUNT_ADMINISTRATOR', 'USER_ADMINISTRATOR'], globalAdmin: true };

describe('ACC-5 ACC-6 grants: nobody gives what they do not hold', () => {
  it('ACC-5 ACC-6 a new user: every actor × every standing (128 × 128) is allowed exactly when the actor holds it', () => {
    for (const actor of STANDINGS) {
      for (const next of STANDINGS) {
        const refusal = grantRefusal(actorOf(actor), null, next);
        const gaOk = !next.globalAdmin || (next.roles.includes('USER_ADMINISTRATOR') && globalAdmin(actor));
        const expected = holds(actor, next) && gaOk;
        expect(refusal === null, `${name(actor)} grants ${name(next)}`).toBe(expected);
      }
    }
  });

  it('ACC-5 ACC-6 an existing user: every actor × target × new standing — manage rule, grant rule, global-admin rule', () => {
    // The rule sees a standing only through its permissions, its flag and whether it has User
    // administrator; one representative per such class keeps the cube exhaustive (and fast).
    const classes = new Map<string, Standing>();
    for (const s of STANDINGS)
      classes.set(`${[...perms(s)].sort()}|${s.globalAdmin}|${s.roles.includes('USER_ADMINISTRATOR')}`, s);
    const reps = [...classes.values()];
    let allowed = 0;
    for (const actor of STANDINGS) {
      for (const target of reps) {
        const mayManage = holds(actor, target);
        for (const next of reps) {
          const refusal = grantRefusal(actorOf(actor), targetOf(target), next);
          const gaValid = !next.globalAdmin || next.roles.includes('USER_ADMINISTRATOR');
          const gaChangeOk = next.globalAdmin === target.globalAdmin || globalAdmin(actor);
          const expected = mayManage && gaValid && gaChangeOk && holds(actor, next);
          if ((refusal === null) !== expected)
            throw new Error(`${name(actor)} changes ${name(target)} to ${name(next)}: ${refusal?.message}`);
          if (refusal === null) {
            allowed += 1;
            // Whatever is allowed never raises anybody above the actor.
            if (!holds(actor, next)) throw new Error(`${name(actor)} raised ${name(target)}`);
          }
        }
      }
    }
    expect(reps.length).toBeLessThan(STANDINGS.length);
    expect(allowed).toBeGreaterThan(0);
  });

  it('ACC-6 never one’s own roles or flag, whatever they are', () => {
    for (const actor of STANDINGS)
      for (const next of STANDINGS)
        expect(grantRefusal(actorOf(actor), { ...actor, id: 'actor' }, next)).toMatchObject({
          code: 'FORBIDDEN',
          message: 'You cannot change your own roles',
        });
  });

  it('ACC-6 the finding: a User administrator without global admin gives itself or others nothing above itself', () => {
    const actor = actorOf(PLAIN_USER_ADMIN);
    for (const role of ROLES) {
      const next = { roles: [role], globalAdmin: false };
      expect(grantRefusal(actor, null, next) === null, role).toBe(role === 'USER_ADMINISTRATOR');
    }
    expect(grantRefusal(actor, null, { roles: ['USER_ADMINISTRATOR'], globalAdmin: true })?.message).toMatch(
      /Only a global admin/,
    );
    const self = { ...PLAIN_USER_ADMIN, id: 'actor' };
    for (const role of ROLES)
      expect(
        grantRefusal(actor, self, { roles: ['USER_ADMINISTRATOR', role], globalAdmin: false }),
      ).not.toBeNull();
  });

  it('ACC-6 global admin only with User administrator (BAD_USER_INPUT naming the field)', () => {
    expect(
      grantRefusal(actorOf(FIRST_ADMIN), null, { roles: ['ACCOUNT_VIEWER'], globalAdmin: true }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'globalAdmin',
      message: 'globalAdmin: can only be granted together with USER_ADMINISTRATOR',
    });
  });

  it('ACC-6 the first administrator (global admin, every permission) grants every standing', () => {
    for (const next of STANDINGS) {
      const valid = !next.globalAdmin || next.roles.includes('USER_ADMINISTRATOR');
      expect(grantRefusal(actorOf(FIRST_ADMIN), null, next) === null, name(next)).toBe(valid);
    }
  });
});

describe('ACC-5 ACC-6 ACC-4 managing users: only those whose permissions one holds', () => {
  it('ACC-6 ACC-4 every actor × every target (128 × 128): edit and reset exactly when the actor holds the target’s permissions', () => {
    for (const actor of STANDINGS)
      for (const target of STANDINGS)
        expect(
          manageRefusal(actorOf(actor), targetOf(target)) === null,
          `${name(actor)} → ${name(target)}`,
        ).toBe(holds(actor, target));
  });

  it('ACC-6 revoke and restore: the same, and never oneself', () => {
    for (const actor of STANDINGS) {
      for (const target of STANDINGS)
        expect(statusChangeRefusal(actorOf(actor), targetOf(target)) === null).toBe(holds(actor, target));
      expect(statusChangeRefusal(actorOf(actor), { ...actor, id: 'actor' })).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('ACC-6 the finding: a User administrator cannot manage an Account manager (or any role above its own)', () => {
    const actor = actorOf(PLAIN_USER_ADMIN);
    const manageable = ROLES.filter(
      (role: Role) => manageRefusal(actor, targetOf({ roles: [role], globalAdmin: false })) === null,
    );
    expect(manageable).toEqual(['USER_ADMINISTRATOR']);
    expect(
      manageRefusal(actor, targetOf({ roles: ['ACCOUNT_MANAGER'], globalAdmin: false }))?.message,
    ).toContain('DOWNLOAD_SOFTWARE');
    expect(
      manageRefusal(actor, targetOf({ roles: ['USER_ADMINISTRATOR'], globalAdmin: true })),
    ).not.toBeNull();
  });
});
