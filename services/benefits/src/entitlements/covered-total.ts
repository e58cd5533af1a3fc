import { fillTotalsIfEmpty, moveTotal } from '@bc/platform';
import { defineEntity, type EntityManager, p } from '@mikro-orm/core';
import type { CoveredLicense } from './covered-license.ts';

/**
 * The covered licenses of a purchasing account summed by everything the entitlement rule looks at
 * (product group, coverage, state, expiry), kept on every change of a covered license in the same
 * transaction: the rule adds quantities, so these sums give the same entitlements as the rows, and
 * benefits pages read a few rows instead of summing thousands of licenses per request.
 */
export const CoveredTotalSchema = defineEntity({
  name: 'CoveredTotal',
  tableName: 'covered_total',
  indexes: [{ properties: ['organizationId'] }],
  properties: {
    purchasingAccountId: p.string().length(36).primary(),
    family: p.string().primary(),
    softwareAssurance: p.boolean().primary(),
    active: p.boolean().primary(),
    expiresOn: p.string().length(10).primary(),
    organizationId: p.string().length(36),
    quantity: p.integer(),
    licenses: p.integer(),
  },
});

export class CoveredTotal extends CoveredTotalSchema.class {}
CoveredTotalSchema.setClass(CoveredTotal);

type Covered = Pick<
  CoveredLicense,
  | 'organizationId'
  | 'purchasingAccountId'
  | 'family'
  | 'softwareAssurance'
  | 'active'
  | 'expiresOn'
  | 'quantity'
>;

/** A covered license's place in the totals: everything the entitlement rule looks at. */
const counted = (c: Covered) => ({
  key: {
    purchasing_account_id: c.purchasingAccountId,
    family: c.family,
    software_assurance: c.softwareAssurance,
    active: c.active,
    expires_on: c.expiresOn,
  },
  amounts: { quantity: c.quantity, licenses: 1 },
  columns: { organization_id: c.organizationId },
});

/** Moves a covered license's quantity from where it counted before (null: new) to where it counts now. */
export const recountCovered = (em: EntityManager, before: Covered | null, after: Covered) =>
  moveTotal(em, 'covered_total', 'licenses', before && counted(before), counted(after));

/** The totals as the covered licenses give them, in the table's column order. */
export const TOTALS_FROM_COVERED = `select purchasing_account_id, family, software_assurance, active, expires_on,
      min(organization_id) as organization_id, sum(quantity) as quantity, count(*) as licenses
    from covered_license
    group by purchasing_account_id, family, software_assurance, active, expires_on`;

/** Fills the totals from the covered licenses for a database from before them (platform `fillTotalsIfEmpty`). */
export const fillCoveredTotalsIfMissing = (em: EntityManager) =>
  fillTotalsIfEmpty(em, 'covered_total', FILL_COVERED_TOTALS);

const FILL_COVERED_TOTALS = `insert into covered_total
  (purchasing_account_id, family, software_assurance, active, expires_on, organization_id, quantity, licenses)
  ${TOTALS_FROM_COVERED}`;

/** Rebuilds every total from the covered licenses: for bulk loads that write them straight into the table (benchmarks, tests). */
export const REBUILD_COVERED_TOTALS = ['delete from covered_total', FILL_COVERED_TOTALS];
