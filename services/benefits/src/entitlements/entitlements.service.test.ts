import { benefits as events, inventory } from '@bc/contracts';
import { type ServiceUnderTest, serviceUnderTest } from '@bc/platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benefitsService } from '../server.ts';
import { TOTALS_FROM_COVERED } from './covered-total.ts';

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

  it('BEN-2 the covered totals kept on write equal the covered licenses summed, as licenses change quantity, expiry and state', async () => {
    const changes = [
      { ...license('lic-1', 9) },
      { ...license('lic-2', 6), expiresOn: '2030-06-30' },
      { ...license('lic-3', 2), family: 'Applications', softwareAssurance: false },
      {
        ...license('lic-3', 2),
        family: 'Applications',
        softwareAssurance: false,
        status: 'CANCELLED' as const,
      },
    ];
    for (const [i, payload] of changes.entries())
      await benefits.publish(inventory.licenseChanged, payload, {
        key: `${payload.licenseId}-${i}`,
        tenant: 'org-contoso',
      });
    const order_by = ' order by purchasing_account_id, family, software_assurance, active, expires_on';
    const kept = await benefits.rows(`select * from covered_total${order_by}`);
    const summed = (await benefits.rows(`select * from (${TOTALS_FROM_COVERED}) t${order_by}`)).map((r) => ({
      ...r,
      quantity: Number(r.quantity),
      licenses: Number(r.licenses),
    }));
    expect(kept).toEqual(summed);
    expect(kept).toMatchObject([
      { family: 'Applications', active: false, quantity: 2, licenses: 1 },
      { family: 'Servers', expires_on: '2027-06-30', active: true, quantity: 9, licenses: 1 },
      { family: 'Servers', expires_on: '2030-06-30', active: true, quantity: 6, licenses: 1 },
    ]);
  });
});
