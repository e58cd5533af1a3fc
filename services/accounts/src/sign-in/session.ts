import { EntitySchema } from '@mikro-orm/core';

/** ACC-4: a signed-in session; its refresh token is stored only as a hash and rotates on use. */
export class Session {
  id!: string;
  userId!: string;
  refreshTokenHash!: string;
  createdAt!: Date;
  expiresAt!: Date;
  revokedAt: Date | null = null;
}

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'session',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    userId: { type: 'string', length: 36, index: true },
    refreshTokenHash: { type: 'string', length: 64, unique: true },
    createdAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    revokedAt: { type: 'datetime', nullable: true },
  },
});

/** A JWT signing key pair; the public half is served at the JWKS endpoint. */
export class SigningKey {
  kid!: string;
  privateJwk!: string;
  publicJwk!: string;
  createdAt!: Date;
}

export const SigningKeySchema = new EntitySchema<SigningKey>({
  class: SigningKey,
  tableName: 'signing_key',
  properties: {
    kid: { type: 'string', primary: true },
    privateJwk: { type: 'text' },
    publicJwk: { type: 'text' },
    createdAt: { type: 'datetime' },
  },
});
