import { EntitySchema } from '@mikro-orm/core';

/** BEN-5: an employee who uses a benefit that manages users (e-Learning, Home Use Program). */
export class BenefitUser {
  id!: string;
  organizationId!: string;
  benefitCode!: string;
  name!: string;
  email!: string;
  createdAt!: Date;
}

export const BenefitUserSchema = new EntitySchema<BenefitUser>({
  class: BenefitUser,
  tableName: 'benefit_user',
  uniques: [{ properties: ['organizationId', 'benefitCode', 'email'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36 },
    benefitCode: { type: 'string', length: 40 },
    name: { type: 'string' },
    email: { type: 'string' },
    createdAt: { type: 'datetime' },
  },
});
