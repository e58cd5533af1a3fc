import { EntitySchema } from '@mikro-orm/core';

/** ACC-2: a domain administrator's welcome invitation; the link token is stored only as a hash. */
export class Invitation {
  id!: string;
  organizationId!: string;
  recipientEmail!: string;
  tokenHash!: string;
  issuedAt!: Date;
  expiresAt!: Date;
  usedAt: Date | null = null;
  /** Set when a resend or a new designated administrator replaced this link. */
  supersededAt: Date | null = null;
  partnerOrganizationId: string | null = null;
}

export const InvitationSchema = new EntitySchema<Invitation>({
  class: Invitation,
  tableName: 'invitation',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36, index: true },
    recipientEmail: { type: 'string' },
    tokenHash: { type: 'string', length: 64, unique: true },
    issuedAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
    supersededAt: { type: 'datetime', nullable: true },
    partnerOrganizationId: { type: 'string', length: 36, nullable: true },
  },
});
