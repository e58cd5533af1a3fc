import { EntitySchema } from '@mikro-orm/core';

export type DomainKind = 'INITIAL' | 'PUBLIC';

/** ACC-3: a domain work accounts can be made on, once verified. */
export class Domain {
  id!: string;
  organizationId!: string;
  name!: string;
  kind!: DomainKind;
  verificationToken!: string;
  verifiedAt: Date | null = null;
  createdAt!: Date;
}

export const DomainSchema = new EntitySchema<Domain>({
  class: Domain,
  tableName: 'domain',
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36, index: true },
    name: { type: 'string', unique: true },
    kind: { type: 'string', length: 16 },
    verificationToken: { type: 'string' },
    verifiedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
  },
});

/** The TXT record value that proves ownership. */
export const verificationRecord = (domain: Domain) => `bc-domain-verification=${domain.verificationToken}`;
