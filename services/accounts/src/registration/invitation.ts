import { defineEntity, p } from '@mikro-orm/core';

export const InvitationSchema = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36).index(),
    recipientEmail: p.string(),
    tokenHash: p.string().length(64).unique(),
    issuedAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().strictNullable(),
    /** Set when a resend or a new designated administrator replaced this link. */
    supersededAt: p.datetime().strictNullable(),
    partnerOrganizationId: p.string().length(36).strictNullable(),
  },
});

/** ACC-2: a domain administrator's welcome invitation; the link token is stored only as a hash. */
export class Invitation extends InvitationSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.usedAt = null;
    this.supersededAt = null;
    this.partnerOrganizationId = null;
  }
}
InvitationSchema.setClass(Invitation);
