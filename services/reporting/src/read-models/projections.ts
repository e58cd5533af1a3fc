import { agreements, benefits, inventory, productDisplayName } from '@bc/contracts';
import type { EventConsumer } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import {
  AgreementOfferRow,
  AgreementRow,
  EntitlementRow,
  LicenseRow,
  OrderLineRow,
  PurchasingAccountRow,
  SubscriptionRow,
  SupportRequestRow,
  VoucherRow,
} from './read-models.ts';

const day = (iso: string) => iso.slice(0, 10);

/** Loads the row by primary key or starts a new one: every projection is an upsert, so redelivery is harmless. */
async function upsert<T extends object>(em: EntityManager, type: new () => T, where: Partial<T>): Promise<T> {
  const found = await em.findOne(type, where as never);
  if (found) return found;
  const row = Object.assign(new type(), where);
  em.persist(row);
  return row;
}

/**
 * Writes a batch of rows in one statement: a row whose key exists replaces its columns. Of two rows
 * with one key in the batch the later wins (events arrive in partition order, one key per aggregate),
 * as one statement may not touch a row twice.
 */
async function upsertAll<T extends object>(
  em: EntityManager,
  type: new () => T,
  key: (keyof T & string)[],
  rows: T[],
): Promise<void> {
  const latest = new Map<string, T>();
  for (const row of rows) latest.set(key.map((k) => String(row[k])).join('\u0000'), row);
  await (em as SqlEntityManager)
    .createQueryBuilder(type)
    .insert([...latest.values()] as never)
    .onConflict(key as never)
    .merge()
    .execute('run');
}

/**
 * REP-6: how each event the reports need lands in the read models. Handlers run in the consumer's
 * transaction with its inbox row, so an event is applied once (EVT-2).
 */
export function projectEvents(consumer: EventConsumer): void {
  consumer.onBatch(agreements.purchasingAccountChanged, async (events, { em }) => {
    const rows = events.map(
      ({ payload: p }): PurchasingAccountRow => ({
        id: p.purchasingAccountId,
        organizationId: p.organizationId,
        number: p.number,
        name: p.name,
        location: p.location,
        city: p.address.city,
        contactName: p.contacts[0]?.name ?? '',
        contactEmail: p.contacts[0]?.email ?? '',
        contactSearch: p.contacts.map((c) => `${c.name}\n${c.email}`.toLowerCase()).join('\n'),
      }),
    );
    await upsertAll(em, PurchasingAccountRow, ['id'], rows);
  });

  consumer.on(agreements.agreementSigned, async ({ payload: p }, { em }) => {
    const row = await upsert(em, AgreementRow, { id: p.agreementId });
    Object.assign(row, {
      organizationId: p.organizationId,
      number: p.agreementNumber,
      purchasingAccountId: p.purchasingAccountId,
      status: 'SIGNED',
      signingMethod: p.method,
      signerName: p.signerName,
      signedOn: day(p.signedAt),
      startDate: p.startDate,
      endDate: p.endDate,
      anniversaryMonth: p.anniversaryMonth,
    });
    for (const offer of p.offers) {
      const o = await upsert(em, AgreementOfferRow, { agreementId: p.agreementId, code: offer.code });
      Object.assign(o, {
        organizationId: p.organizationId,
        name: offer.name,
        productPool: offer.productPool,
        priceLevel: offer.priceLevel,
      });
    }
  });

  consumer.on(agreements.agreementChanged, async ({ payload: p }, { em }) => {
    // Only signed agreements are reported; a change event for one not seen yet waits for its signing.
    const row = await em.findOne(AgreementRow, { id: p.agreementId });
    if (row) row.anniversaryMonth = p.anniversaryMonth;
  });

  consumer.onBatch(agreements.orderPlaced, async (events, { em }) => {
    const rows = events.flatMap(({ payload: p }) =>
      p.lines.map(
        (line): OrderLineRow => ({
          orderId: p.orderId,
          lineNumber: line.lineNumber,
          organizationId: p.organizationId,
          purchasingAccountId: p.purchasingAccountId,
          orderNumber: p.orderNumber,
          agreementNumber: p.agreementNumber,
          orderedOn: day(p.orderedAt),
          orderType: p.type,
          purchaseOrderNumber: p.purchaseOrderNumber,
          kind: line.kind,
          sku: line.sku,
          name: line.name,
          quantity: line.quantity,
          unitPriceMinor: line.unitPrice.amountMinor,
          listUnitPriceMinor: line.listUnitPrice.amountMinor,
          currency: line.unitPrice.currency,
          priceProtected: line.priceProtected,
        }),
      ),
    );
    await upsertAll(em, OrderLineRow, ['orderId', 'lineNumber'], rows);
  });

  consumer.onBatch(inventory.licenseChanged, async (events, { em }) => {
    const rows = events.map(
      ({ payload: p }): LicenseRow => ({
        id: p.licenseId,
        organizationId: p.organizationId,
        purchasingAccountId: p.purchasingAccountId,
        sku: p.sku,
        // Reports show a license by its display name (product, version, edition once each).
        productName: p.displayName ?? productDisplayName({ product: p.productName }),
        family: p.family,
        quantity: p.quantity,
        softwareAssurance: p.softwareAssurance,
        status: p.status,
        expiresOn: p.expiresOn,
      }),
    );
    await upsertAll(em, LicenseRow, ['id'], rows);
  });

  consumer.onBatch(inventory.subscriptionChanged, async (events, { em }) => {
    const rows = events.map(
      ({ payload: p }): SubscriptionRow => ({
        id: p.subscriptionId,
        organizationId: p.organizationId,
        purchasingAccountId: p.purchasingAccountId,
        sku: p.sku,
        serviceName: p.serviceName,
        plan: p.plan,
        quantity: p.quantity,
        status: p.status,
        selfProvisioned: p.selfProvisioned,
        orderNumber: p.orderNumber,
        expiresOn: p.expiresOn,
      }),
    );
    await upsertAll(em, SubscriptionRow, ['id'], rows);
  });

  consumer.onBatch(benefits.supportRequestOpened, async (events, { em }) => {
    const rows = events.map(
      ({ payload: p }): SupportRequestRow => ({
        id: p.requestId,
        organizationId: p.organizationId,
        purchasingAccountId: p.purchasingAccountId,
        channel: p.channel,
        summary: p.summary,
        openedBy: p.openedByWorkAccount,
        openedOn: day(p.openedAt),
      }),
    );
    await upsertAll(em, SupportRequestRow, ['id'], rows);
  });

  consumer.on(benefits.voucherAssigned, async ({ payload: p, occurredAt }, { em }) => {
    const row = await upsert(em, VoucherRow, { id: p.assignmentId });
    // A revocation that arrived first keeps its date; the assignment fills in the rest.
    Object.assign(row, {
      organizationId: p.organizationId,
      purchasingAccountId: p.purchasingAccountId,
      employeeName: p.employeeName,
      email: p.email,
      days: p.days,
      language: p.language,
      voucherCode: p.voucherCode,
      assignedOn: day(occurredAt),
    });
  });

  consumer.on(benefits.voucherRevoked, async ({ payload: p }, { em }) => {
    const row = await upsert(em, VoucherRow, { id: p.assignmentId });
    Object.assign(row, {
      organizationId: p.organizationId,
      purchasingAccountId: p.purchasingAccountId,
      days: p.days,
      revokedOn: day(p.revokedAt),
    });
  });

  consumer.on(benefits.entitlementChanged, async ({ payload: p, occurredAt }, { em }) => {
    const row = await upsert(em, EntitlementRow, {
      purchasingAccountId: p.purchasingAccountId,
      benefitCode: p.benefitCode,
    });
    if (row.asOf && row.asOf > occurredAt) return;
    Object.assign(row, {
      organizationId: p.organizationId,
      benefitName: p.benefitName,
      unit: p.unit,
      entitled: p.entitled,
      used: p.used,
      available: p.available,
      asOf: occurredAt,
    });
  });
}
