import { defineEntity, p } from '@mikro-orm/core';

export const CoveredLicenseSchema = defineEntity({
  name: 'CoveredLicense',
  tableName: 'covered_license',
  indexes: [{ properties: ['organizationId', 'purchasingAccountId'] }],
  properties: {
    licenseId: p.string().length(36).primary(),
    organizationId: p.string().length(36),
    purchasingAccountId: p.string().length(36),
    family: p.string(),
    quantity: p.integer(),
    softwareAssurance: p.boolean(),
    active: p.boolean(),
    expiresOn: p.string().length(10),
  },
});

/** BEN-2: the licenses benefits are earned by, kept current from `inventory.license.changed.v1`. */
export class CoveredLicense extends CoveredLicenseSchema.class {}
CoveredLicenseSchema.setClass(CoveredLicense);
