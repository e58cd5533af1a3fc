import { forbidden, unauthenticated } from '../errors.ts';
import type { OrganizationKind, RequestIdentity, UserIdentity } from './identity.ts';

/**
 * Who may call a mutation, by the organization the caller belongs to and what it acts on. Every
 * subgraph declares this once per mutation (`src/mutation-callers.ts`, typed by its generated
 * `MutationResolvers`, so a new mutation does not compile without a decision) and wraps its
 * `Mutation` resolvers with `guardMutations`, which refuses other callers before anything runs.
 * The authorization scenario enumerates the declarations against the supergraph.
 */
export const CALLERS = [
  /** Anyone, signed in or not: sign-in and the links sent by email carry their own proof. */
  'PUBLIC',
  /** A customer's user, on its own organization. */
  'CUSTOMER',
  /** A partner's user, on its own organization (its users, domains, settings, reports). */
  'PARTNER',
  /** A partner's user on a customer it is partner of record for, where the guide lets it act. */
  'PARTNER_OF_RECORD',
  /** A partner the customer approved to manage its benefits, for the BEN-7 actions only. */
  'BENEFIT_PARTNER',
  /** The platform operator. */
  'OPERATOR',
] as const;
export type Caller = (typeof CALLERS)[number];

/** One subgraph's declaration: every mutation it serves → who may call it. */
export type MutationCallers<Name extends string = string> = Readonly<Record<Name, readonly Caller[]>>;

const KIND_OF: Record<Exclude<Caller, 'PUBLIC'>, OrganizationKind> = {
  CUSTOMER: 'CUSTOMER',
  PARTNER: 'PARTNER',
  PARTNER_OF_RECORD: 'PARTNER',
  BENEFIT_PARTNER: 'PARTNER',
  OPERATOR: 'OPERATOR',
};

/**
 * The organization kinds `callers` admits. Whether a partner is the customer's partner of record,
 * or holds the customer's benefit permission, depends on the object acted on: the feature checks it
 * (tenant rules); this only keeps the wrong kinds of organization out.
 */
export function admittedKinds(callers: readonly Caller[]): OrganizationKind[] {
  const kinds = new Set<OrganizationKind>();
  for (const caller of callers) if (caller !== 'PUBLIC') kinds.add(KIND_OF[caller]);
  return [...kinds];
}

/** Refuses a caller the declaration does not admit: UNAUTHENTICATED without a user, else FORBIDDEN. */
export function requireCaller(identity: RequestIdentity, callers: readonly Caller[]): UserIdentity | null {
  if (callers.includes('PUBLIC')) return identity.user;
  const user = identity.user;
  if (!user) throw unauthenticated();
  if (!admittedKinds(callers).includes(user.organizationKind))
    throw forbidden(`${user.organizationKind.toLowerCase()} users may not do this`);
  return user;
}

type Resolve = (parent: unknown, args: unknown, ctx: { identity: RequestIdentity }, info: unknown) => unknown;

/**
 * Wraps every mutation resolver so that `requireCaller` runs first with that mutation's declaration.
 * Call it with the subgraph's generated type (`guardMutations<MutationResolvers<Ctx>>(callers, {...})`):
 * the declaration must then name every mutation of the schema.
 */
export function guardMutations<M extends object>(
  callers: MutationCallers<keyof M & string>,
  resolvers: M,
): M {
  const guarded: Record<string, Resolve> = {};
  for (const [name, resolve] of Object.entries(resolvers) as [keyof M & string, unknown][]) {
    const declared = callers[name];
    if (!declared) throw new Error(`mutation ${name} has no declared callers`);
    if (typeof resolve !== 'function') throw new Error(`mutation ${name}: guard plain resolver functions`);
    guarded[name] = (parent, args, ctx, info) => {
      requireCaller(ctx.identity, declared);
      return (resolve as Resolve)(parent, args, ctx, info);
    };
  }
  return guarded as M;
}
