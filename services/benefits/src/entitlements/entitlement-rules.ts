import type { BenefitDefinition } from '../catalog/benefit-catalog.ts';

export interface CoveredQuantity {
  family: string;
  quantity: number;
  softwareAssurance: boolean;
  active: boolean;
  /** YYYY-MM-DD */
  expiresOn: string;
}

/**
 * BEN-2: units of a benefit earned by licenses: active, unexpired, Software-Assurance-covered
 * licenses of the benefit's product groups, one unit per `licensesPerUnit` (rounded down).
 * Null when the benefit is not measured.
 */
export function entitlementOf(
  benefit: BenefitDefinition,
  licenses: CoveredQuantity[],
  today: string,
): number | null {
  if (benefit.licensesPerUnit === null) return null;
  const covered = licenses
    .filter(
      (l) =>
        l.softwareAssurance && l.active && l.expiresOn >= today && benefit.productGroups.includes(l.family),
    )
    .reduce((sum, l) => sum + l.quantity, 0);
  return Math.floor(covered / benefit.licensesPerUnit);
}

/** BEN-8: what is left; usage never counts below zero or above the entitlement. */
export function availableOf(entitled: number, used: number): { used: number; available: number };
export function availableOf(
  entitled: number | null,
  used: number,
): { used: number; available: number | null };
export function availableOf(
  entitled: number | null,
  used: number,
): { used: number; available: number | null } {
  const clamped = Math.max(0, used);
  if (entitled === null) return { used: clamped, available: null };
  const counted = Math.min(clamped, entitled);
  return { used: counted, available: entitled - counted };
}
