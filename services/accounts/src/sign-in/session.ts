import type { RetentionRule } from '@bc/platform';
import { defineEntity, p } from '@mikro-orm/core';

export const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.string().length(36).primary(),
    userId: p.string().length(36).index(),
    refreshTokenHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().strictNullable(),
  },
});

/** ACC-4: a signed-in session; its refresh token is stored only as a hash and rotates on use. */
export class Session extends SessionSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.revokedAt = null;
  }
}
SessionSchema.setClass(Session);

/** OPS-3: sessions signed out or expired more than `days` ago (no token of theirs is still valid). */
export const endedSessions = (days: number): RetentionRule<Session> => ({
  name: 'ended sessions',
  entity: Session,
  days,
  where: (cutoff) => ({ $or: [{ revokedAt: { $lt: cutoff } }, { expiresAt: { $lt: cutoff } }] }),
});

export const SigningKeySchema = defineEntity({
  name: 'SigningKey',
  tableName: 'signing_key',
  properties: {
    kid: p.string().primary(),
    privateJwk: p.text(),
    publicJwk: p.text(),
    createdAt: p.datetime(),
  },
});

/** A JWT signing key pair; the public half is served at the JWKS endpoint. */
export class SigningKey extends SigningKeySchema.class {}
SigningKeySchema.setClass(SigningKey);
