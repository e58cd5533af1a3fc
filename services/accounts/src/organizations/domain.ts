import { EntitySchema } from '@mikro-orm/core';

export type DomainKind = 'INITIAL' | 'PUBLIC';

/** The partial unique index on verified names (also in the PostgreSQL migration). */
export const VERIFIED_NAME_INDEX = 'domain_verified_name_unique';

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
    name: { type: 'string' },
    kind: { type: 'string', length: 16 },
    verificationToken: { type: 'string' },
    verifiedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime' },
  },
  uniques: [
    // One claim per name and organization.
    { properties: ['organizationId', 'name'] },
    // ACC-3: any number of pending claims on a name, but one verified domain: the first to prove it
    // wins even when two verify at once. A raw partial index, the same SQL on SQLite and PostgreSQL.
    {
      name: VERIFIED_NAME_INDEX,
      expression: `create unique index "${VERIFIED_NAME_INDEX}" on "domain" ("name") where "verified_at" is not null`,
    },
  ],
});

/** The TXT record value that proves ownership. */
export const verificationRecord = (domain: Domain) => `bc-domain-verification=${domain.verificationToken}`;
