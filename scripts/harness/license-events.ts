import { randomUUID } from 'node:crypto';
import { inventory } from '@bc/contracts';

export interface LicenseLoad {
  organizationId: string;
  /** Default: one of five accounts in turn. */
  purchasingAccountId?: string;
  /** Quantities run 1..quantities in turn (a sum then shows an event applied twice). Default 9. */
  quantities?: number;
}

/** The i-th change of a synthetic license load: the key and payload of `inventory.license.changed.v1`. */
export function licenseChange(i: number, load: LicenseLoad) {
  const licenseId = randomUUID();
  return {
    key: licenseId,
    payload: {
      licenseId,
      organizationId: load.organizationId,
      purchasingAccountId: load.purchasingAccountId ?? `pa-${i % 5}`,
      sku: 'SQL-ENT',
      productName: 'SQL Server Enterprise',
      family: 'Servers',
      quantity: 1 + (i % (load.quantities ?? 9)),
      softwareAssurance: true,
      status: 'ACTIVE' as const,
      expiresOn: '2027-06-30',
    },
  };
}

/** The same change as inventory's relay puts it on the topic: the whole envelope, serialized. */
export function licenseChangedMessage(
  i: number,
  load: LicenseLoad,
): { id: string; key: string; value: string } {
  const { key, payload } = licenseChange(i, load);
  const id = randomUUID();
  const envelope = {
    id,
    type: inventory.licenseChanged.type,
    version: inventory.licenseChanged.version,
    occurredAt: new Date().toISOString(),
    producer: 'inventory',
    tenant: load.organizationId,
    key,
    payload,
  };
  return { id, key, value: JSON.stringify(envelope) };
}
