import { defineEntity, p } from '@mikro-orm/core';

export type PasswordSetupPurpose = 'WELCOME' | 'RESET';

export const PasswordSetupSchema = defineEntity({
  name: 'PasswordSetup',
  tableName: 'password_setup',
  properties: {
    id: p.string().length(36).primary(),
    userId: p.string().length(36).index(),
    purpose: p.string().$type<PasswordSetupPurpose>().length(16),
    /** SHA-256 of the link's token; the token itself is made by the mailer from the id (platform mail-links). */
    tokenHash: p.string().length(64).unique(),
    issuedAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().strictNullable(),
    /** Set when a newer link for the same user replaced this one. */
    supersededAt: p.datetime().strictNullable(),
  },
});

/** OPS-3, ACC-4/6: a one-time link to set a password (a new user's first, or after a reset). */
export class PasswordSetup extends PasswordSetupSchema.class {
  constructor() {
    super();
    this.usedAt = null;
    this.supersededAt = null;
  }
}
PasswordSetupSchema.setClass(PasswordSetup);
