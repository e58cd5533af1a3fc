import { defineEntity, p } from '@mikro-orm/core';

/**
 * REP-6: reporting's own tables, built only from the other services' events. Rows keep the ids of
 * the aggregates they came from; reports join them when they run, so events of different aggregates
 * may arrive in any order and the result is the same.
 */

// Column kinds the read models share (a builder per use: each property gets its own options).
const id = () => p.string().length(36).primary();
const org = () => p.string().length(36).index();
const account = () => p.string().length(36);
const text = () => p.string();
const day = () => p.string().length(10);
const nullableText = () => p.string().strictNullable();

export const PurchasingAccountRowSchema = defineEntity({
  name: 'PurchasingAccountRow',
  tableName: 'rm_purchasing_account',
  properties: {
    id: id(),
    organizationId: org(),
    number: text(),
    name: text(),
    location: text(),
    city: text(),
    /** First contact: the Agreements report's contact columns. */
    contactName: text(),
    contactEmail: text(),
    /** Every contact's name and email, lower case, for "find by contact". */
    contactSearch: p.text(),
  },
});

/** From `agreements.purchasing-account.changed.v1`. */
export class PurchasingAccountRow extends PurchasingAccountRowSchema.class {}
PurchasingAccountRowSchema.setClass(PurchasingAccountRow);

export const AgreementRowSchema = defineEntity({
  name: 'AgreementRow',
  tableName: 'rm_agreement',
  properties: {
    id: id(),
    organizationId: org(),
    number: text(),
    purchasingAccountId: account(),
    status: text(),
    signingMethod: text(),
    signerName: text(),
    signedOn: day(),
    startDate: day(),
    endDate: day(),
    anniversaryMonth: p.integer(),
  },
});

/** From `agreements.agreement.signed.v1` and `.changed.v1`. */
export class AgreementRow extends AgreementRowSchema.class {}
AgreementRowSchema.setClass(AgreementRow);

export const AgreementOfferRowSchema = defineEntity({
  name: 'AgreementOfferRow',
  tableName: 'rm_agreement_offer',
  properties: {
    agreementId: id(),
    code: p.string().length(64).primary(),
    organizationId: org(),
    name: text(),
    productPool: text(),
    priceLevel: text(),
  },
});

/** One offer of a signed agreement. */
export class AgreementOfferRow extends AgreementOfferRowSchema.class {}
AgreementOfferRowSchema.setClass(AgreementOfferRow);

export const OrderLineRowSchema = defineEntity({
  name: 'OrderLineRow',
  tableName: 'rm_order_line',
  properties: {
    orderId: id(),
    lineNumber: p.integer().primary(),
    organizationId: org(),
    purchasingAccountId: account(),
    orderNumber: text(),
    agreementNumber: text(),
    orderedOn: day(),
    orderType: text(),
    purchaseOrderNumber: text(),
    kind: text(),
    sku: text(),
    name: text(),
    quantity: p.integer(),
    // API-5: amounts beyond 32 bits (PostgreSQL `bigint`; read back as an exact number).
    unitPriceMinor: p.bigint('number'),
    listUnitPriceMinor: p.bigint('number'),
    currency: p.string().length(3),
    priceProtected: p.boolean(),
  },
});

/** One line of `agreements.order.placed.v1`. */
export class OrderLineRow extends OrderLineRowSchema.class {}
OrderLineRowSchema.setClass(OrderLineRow);

export const LicenseRowSchema = defineEntity({
  name: 'LicenseRow',
  tableName: 'rm_license',
  properties: {
    id: id(),
    organizationId: org(),
    purchasingAccountId: account(),
    sku: text(),
    /** The event's `displayName` (product, version, edition), which the reports' product column shows. */
    productName: text(),
    family: text(),
    quantity: p.integer(),
    softwareAssurance: p.boolean(),
    status: text(),
    expiresOn: day(),
  },
});

/** From `inventory.license.changed.v1`. */
export class LicenseRow extends LicenseRowSchema.class {}
LicenseRowSchema.setClass(LicenseRow);

export const SubscriptionRowSchema = defineEntity({
  name: 'SubscriptionRow',
  tableName: 'rm_subscription',
  properties: {
    id: id(),
    organizationId: org(),
    purchasingAccountId: account(),
    sku: text(),
    serviceName: text(),
    plan: text(),
    quantity: p.integer(),
    status: text(),
    selfProvisioned: p.boolean(),
    orderNumber: nullableText(),
    expiresOn: day(),
  },
});

/** From `inventory.subscription.changed.v1`. */
export class SubscriptionRow extends SubscriptionRowSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.orderNumber = null;
  }
}
SubscriptionRowSchema.setClass(SubscriptionRow);

export const SupportRequestRowSchema = defineEntity({
  name: 'SupportRequestRow',
  tableName: 'rm_support_request',
  properties: {
    id: id(),
    organizationId: org(),
    purchasingAccountId: account(),
    channel: text(),
    summary: p.text(),
    openedBy: text(),
    openedOn: day(),
  },
});

/** From `benefits.support-request.opened.v1`. */
export class SupportRequestRow extends SupportRequestRowSchema.class {}
SupportRequestRowSchema.setClass(SupportRequestRow);

export const VoucherRowSchema = defineEntity({
  name: 'VoucherRow',
  tableName: 'rm_voucher',
  properties: {
    id: id(),
    organizationId: org(),
    purchasingAccountId: account(),
    employeeName: nullableText(),
    email: nullableText(),
    days: p.integer(),
    language: nullableText(),
    voucherCode: nullableText(),
    assignedOn: p.string().length(10).strictNullable(),
    revokedOn: p.string().length(10).strictNullable(),
  },
});

/** From `benefits.voucher.assigned.v1` and `.revoked.v1` (either may come first). */
export class VoucherRow extends VoucherRowSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.employeeName = null;
    this.email = null;
    this.language = null;
    this.voucherCode = null;
    this.assignedOn = null;
    this.revokedOn = null;
  }
}
VoucherRowSchema.setClass(VoucherRow);

export const EntitlementRowSchema = defineEntity({
  name: 'EntitlementRow',
  tableName: 'rm_entitlement',
  properties: {
    purchasingAccountId: id(),
    benefitCode: p.string().length(40).primary(),
    organizationId: org(),
    benefitName: text(),
    unit: text(),
    entitled: p.integer(),
    used: p.integer(),
    available: p.integer(),
    /** occurredAt of the event this state came from: an older event never overwrites a newer one. */
    asOf: p.string().length(32),
  },
});

/** From `benefits.entitlement.changed.v1`: the latest state per purchasing account and benefit. */
export class EntitlementRow extends EntitlementRowSchema.class {}
EntitlementRowSchema.setClass(EntitlementRow);

export const readModelSchemas = [
  PurchasingAccountRowSchema,
  AgreementRowSchema,
  AgreementOfferRowSchema,
  OrderLineRowSchema,
  LicenseRowSchema,
  SubscriptionRowSchema,
  SupportRequestRowSchema,
  VoucherRowSchema,
  EntitlementRowSchema,
];
