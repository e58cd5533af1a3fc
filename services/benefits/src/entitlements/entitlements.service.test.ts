import { benefits as events, inventory } from '@bc/contracts';
import { type ServiceUnderTest, serviceUnderTest } from '@bc/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benefitsService } from '../server.ts';

/** Benefits alone on PostgreSQL: inventory's license events in, covered licenses and entitlements out. */
describe('benefits, fed inventory.license.changed', () => {
  let benefits: ServiceUnderTest;
  beforeAll(async () => {
    benefits = await serviceUnderTest(benefitsService);
  });
  afterAll(async () => benefits?.stop());

  const license = (licenseId: string, quantity: number) => ({
    licenseId,
    organizationId: 'org-contoso',
    purchasingAccountId: 'pa-1',
    sku: 'SQL-ENT',
    productName: 'SQL Server Enterprise',
    family: 'Servers',
    quantity,
    softwareAssurance: true,
    status: 'ACTIVE' as const,
    expiresOn: '2027-06-30',
  });

  it('BEN-2 EVT-2 a covered license is kept once per license (the same event twice changes nothing) and the account entitlements are announced', async () => {
    const first = await benefits.publish(inventory.licenseChanged, license('lic-1', 4), {
      key: 'lic-1',
      tenant: 'org-contoso',
    });
    await benefits.publish(inventory.licenseChanged, license('lic-2', 6), {
      key: 'lic-2',
      tenant: 'org-contoso',
    });
    const announcedBefore = benefits.emitted(events.entitlementChanged).length;
    // Redelivery of the first event: the inbox drops it, so nothing changes and nothing is announced.
    await benefits.redeliver(inventory.licenseChanged, first);
    expect(benefits.emitted(events.entitlementChanged)).toHaveLength(announcedBefore);
    const rows = await benefits.rows<{ license_id: string; quantity: number }>(
      'select license_id, quantity from covered_license order by license_id',
    );
    expect(rows).toEqual([
      { license_id: 'lic-1', quantity: 4 },
      { license_id: 'lic-2', quantity: 6 },
    ]);

    const announced = benefits.emitted(events.entitlementChanged);
    expect(announced.length).toBeGreaterThan(0);
    expect(new Set(announced.map((e) => e.tenant))).toEqual(new Set(['org-contoso']));
    const latest = new Map(announced.map((e) => [e.payload.benefitCode, e.payload]));
    for (const entitlement of latest.values())
      expect(entitlement).toMatchObject({ organizationId: 'org-contoso', purchasingAccountId: 'pa-1' });
  });
});
