import { defineEntity, p } from '@mikro-orm/core';

export const BenefitUserSchema = defineEntity({
  name: 'BenefitUser',
  tableName: 'benefit_user',
  uniques: [{ properties: ['organizationId', 'benefitCode', 'email'] }],
  // API-6: the keyset pages of this list read this index in the list's order.
  indexes: [
    {
      properties: ['organizationId', 'benefitCode', 'name', 'id'],
      name: 'benefit_user_organization_id_benefit_code_name_id_index',
    },
  ],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36),
    benefitCode: p.string().length(40),
    name: p.string(),
    email: p.string(),
    createdAt: p.datetime(),
  },
});

/** BEN-5: an employee who uses a benefit that manages users (e-Learning, Home Use Program). */
export class BenefitUser extends BenefitUserSchema.class {}
BenefitUserSchema.setClass(BenefitUser);
