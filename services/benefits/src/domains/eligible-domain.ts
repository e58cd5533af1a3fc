import { defineEntity, p } from '@mikro-orm/core';

export const EligibleDomainSchema = defineEntity({
  name: 'EligibleDomain',
  tableName: 'eligible_domain',
  uniques: [{ properties: ['organizationId', 'benefitCode', 'name'] }],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36),
    benefitCode: p.string().length(40),
    name: p.string(),
    createdAt: p.datetime(),
  },
});

/** BEN-4: a domain whose employees qualify for a benefit (e-Learning, Home Use Program). */
export class EligibleDomain extends EligibleDomainSchema.class {}
EligibleDomainSchema.setClass(EligibleDomain);

export const AccessCodeSchema = defineEntity({
  name: 'AccessCode',
  tableName: 'access_code',
  properties: {
    organizationId: p.string().length(36).primary(),
    benefitCode: p.string().length(40).primary(),
    code: p.string().length(32),
    createdAt: p.datetime(),
  },
});

/** BEN-4: one access code per organization and benefit, for all employees; it exists while a domain does. */
export class AccessCode extends AccessCodeSchema.class {}
AccessCodeSchema.setClass(AccessCode);
