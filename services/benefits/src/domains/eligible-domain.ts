import { EntitySchema } from '@mikro-orm/core';

/** BEN-4: a domain whose employees qualify for a benefit (e-Learning, Home Use Program). */
export class EligibleDomain {
  id!: string;
  organizationId!: string;
  benefitCode!: string;
  name!: string;
  createdAt!: Date;
}

export const EligibleDomainSchema = new EntitySchema<EligibleDomain>({
  class: EligibleDomain,
  tableName: 'eligible_domain',
  uniques: [{ properties: ['organizationId', 'benefitCode', 'name'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36 },
    benefitCode: { type: 'string', length: 40 },
    name: { type: 'string' },
    createdAt: { type: 'datetime' },
  },
});

/** BEN-4: one access code per organization and benefit, for all employees; it exists while a domain does. */
export class AccessCode {
  organizationId!: string;
  benefitCode!: string;
  code!: string;
  createdAt!: Date;
}

export const AccessCodeSchema = new EntitySchema<AccessCode>({
  class: AccessCode,
  tableName: 'access_code',
  properties: {
    organizationId: { type: 'string', length: 36, primary: true },
    benefitCode: { type: 'string', length: 40, primary: true },
    code: { type: 'string', length: 32 },
    createdAt: { type: 'datetime' },
  },
});
