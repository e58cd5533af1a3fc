import { defineEntity, p } from '@mikro-orm/core';

export type DomainKind = 'INITIAL' | 'PUBLIC';

/** The partial unique index on verified names (also in the PostgreSQL migration). */
export const VERIFIED_NAME_INDEX = 'domain_verified_name_unique';

export const DomainSchema = defineEntity({
  name: 'Domain',
  tableName: 'domain',
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36).index(),
    name: p.string(),
    kind: p.string().$type<DomainKind>().length(16),
    verificationToken: p.string(),
    verifiedAt: p.datetime().strictNullable(),
    createdAt: p.datetime(),
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

/** ACC-3: a domain work accounts can be made on, once verified. */
export class Domain extends DomainSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.verifiedAt = null;
  }
}
DomainSchema.setClass(Domain);

/** The TXT record value that proves ownership. */
export const verificationRecord = (domain: Domain) => `bc-domain-verification=${domain.verificationToken}`;
