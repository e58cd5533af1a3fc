import { describe, expect, it } from 'vitest';
import { admittedKinds, CALLERS, type Caller, guardMutations, requireCaller } from './callers.ts';
import type { OrganizationKind, RequestIdentity } from './identity.ts';

const as = (kind: OrganizationKind | null): RequestIdentity => ({
  requestId: 'r',
  user: kind
    ? {
        userId: 'u',
        organizationId: 'o',
        organizationKind: kind,
        workAccount: 'u@o.example',
        roles: ['ACCOUNT_ADMINISTRATOR'],
        globalAdmin: false,
        sessionId: 's',
        securityStamp: 0,
      }
    : null,
});
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as { extensions: { code: string } }).extensions.code;
  }
};

describe('ACC-9 BEN-7 declared callers of a mutation', () => {
  it('ACC-9 every declaration × every organization kind: admitted exactly by its kinds', () => {
    const kinds: OrganizationKind[] = ['CUSTOMER', 'PARTNER', 'OPERATOR'];
    const partnerish: Caller[] = ['PARTNER', 'PARTNER_OF_RECORD', 'BENEFIT_PARTNER'];
    for (let mask = 0; mask < 1 << CALLERS.length; mask++) {
      const callers = CALLERS.filter((_, i) => mask & (1 << i));
      for (const kind of kinds) {
        const admitted =
          callers.includes('PUBLIC') ||
          (kind === 'CUSTOMER' && callers.includes('CUSTOMER')) ||
          (kind === 'OPERATOR' && callers.includes('OPERATOR')) ||
          (kind === 'PARTNER' && callers.some((c) => partnerish.includes(c)));
        expect(
          codeOf(() => requireCaller(as(kind), callers)),
          `${callers} ${kind}`,
        ).toBe(admitted ? null : 'FORBIDDEN');
      }
      expect(codeOf(() => requireCaller(as(null), callers))).toBe(
        callers.includes('PUBLIC') ? null : 'UNAUTHENTICATED',
      );
    }
    expect(admittedKinds(['PUBLIC'])).toEqual([]);
  });

  it('BEN-7 guardMutations refuses before the resolver runs and passes the call through otherwise', async () => {
    let ran = 0;
    const guarded = guardMutations(
      { edit: ['CUSTOMER'] as const, sign: ['PUBLIC'] as const },
      {
        edit: (_: unknown, args: { n: number }, _ctx: unknown, _info: unknown) => {
          ran += 1;
          return args.n;
        },
        sign: (_: unknown, _args: unknown, _ctx: unknown, _info: unknown) => 'ok',
      },
    );
    const ctxOf = (kind: OrganizationKind | null) => ({ identity: as(kind) });
    expect(codeOf(() => guarded.edit(null, { n: 1 }, ctxOf('PARTNER') as never, null as never))).toBe(
      'FORBIDDEN',
    );
    expect(ran).toBe(0);
    expect(guarded.edit(null, { n: 2 }, ctxOf('CUSTOMER') as never, null as never)).toBe(2);
    expect(guarded.sign(null, {}, ctxOf(null) as never, null as never)).toBe('ok');
    expect(() => guardMutations({} as never, { stray: () => 1 })).toThrow(/no declared callers/);
  });
});
