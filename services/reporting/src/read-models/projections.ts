import { agreements, benefits, inventory } from '@bc/contracts';
import type { EventConsumer } from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
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
 * REP-6: how each event the reports need lands in the read models. Handlers run in the consumer's
 * transaction with its inbox row, so an event is applied once (EVT-2).
 */
export function projectEvents(consumer: EventConsumer): void {
  consumer.on(agreements.purchasingAccountChanged, async ({ payload: p }, em) => {
    const row = await upsert(em, PurchasingAccountRow, { id: p.purchasingAccountId });
    const first = p.contacts[0];
    Object.assign(row, {
      organizationId: p.organizationId,
      number: p.number,
      name: p.name,
      location: p.location,
      city: p.address.city,
      contactName: first?.name ?? '',
      contactEmail: first?.email ?? '',
      contactSearch: p.contacts.map((c) => `${c.name}\n${c.email}`.toLowerCase()).join('\n'),
    });
  });

  consumer.on(agreements.agreementSigned, async ({ payload: p }, em) => {
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

  consumer.on(agreements.agreementChanged, async ({ payload: p }, em) => {
    // Only signed agreements are reported; a change event for one not seen yet waits for its signing.
    const row = await em.findOne(AgreementRow, { id: p.agreementId });
    if (row) row.anniversaryMonth = p.anniversaryMonth;
  });

  consumer.on(agreements.orderPlaced, async ({ payload: p }, em) => {
    for (const line of p.lines) {
      const row = await upsert(em, OrderLineRow, { orderId: p.orderId, lineNumber: line.lineNumber });
      Object.assign(row, {
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
      });
    }
  });

  consumer.on(inventory.licenseChanged, async ({ payload: p }, em) => {
    const row = await upsert(em, LicenseRow, { id: p.licenseId });
    Object.assign(row, {
      organizationId: p.organizationId,
      purchasingAccountId: p.purchasingAccountId,
      sku: p.sku,
      productName: p.productName,
      family: p.family,
      quantity: p.quantity,
      softwareAssurance: p.softwareAssurance,
      status: p.status,
      expiresOn: p.expiresOn,
    });
  });

  consumer.on(inventory.subscriptionChanged, async ({ payload: p }, em) => {
    const row = await upsert(em, SubscriptionRow, { id: p.subscriptionId });
    Object.assign(row, {
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
    });
  });

  consumer.on(benefits.supportRequestOpened, async ({ payload: p }, em) => {
    const row = await upsert(em, SupportRequestRow, { id: p.requestId });
    Object.assign(row, {
      organizationId: p.organizationId,
      purchasingAccountId: p.purchasingAccountId,
      channel: p.channel,
      summary: p.summary,
      openedBy: p.openedByWorkAccount,
      openedOn: day(p.openedAt),
    });
  });

  consumer.on(benefits.voucherAssigned, async ({ payload: p, occurredAt }, em) => {
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

  consumer.on(benefits.voucherRevoked, async ({ payload: p }, em) => {
    const row = await upsert(em, VoucherRow, { id: p.assignmentId });
    Object.assign(row, {
      organizationId: p.organizationId,
      purchasingAccountId: p.purchasingAccountId,
      days: p.days,
      revokedOn: day(p.revokedAt),
    });
  });

  consumer.on(benefits.entitlementChanged, async ({ payload: p, occurredAt }, em) => {
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
