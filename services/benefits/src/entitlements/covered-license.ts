import { EntitySchema } from '@mikro-orm/core';

/** BEN-2: the licenses benefits are earned by, kept current from `inventory.license.changed.v1`. */
export class CoveredLicense {
  licenseId!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  family!: string;
  quantity!: number;
  softwareAssurance!: boolean;
  active!: boolean;
  expiresOn!: string;
}

export const CoveredLicenseSchema = new EntitySchema<CoveredLicense>({
  class: CoveredLicense,
  tableName: 'covered_license',
  indexes: [{ properties: ['organizationId', 'purchasingAccountId'] }],
  properties: {
    licenseId: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36 },
    purchasingAccountId: { type: 'string', length: 36 },
    family: { type: 'string' },
    quantity: { type: 'integer' },
    softwareAssurance: { type: 'boolean' },
    active: { type: 'boolean' },
    expiresOn: { type: 'string', length: 10 },
  },
});
