import { BigIntType, EntitySchema } from '@mikro-orm/core';

/**
 * REP-6: reporting's own tables, built only from the other services' events. Rows keep the ids of
 * the aggregates they came from; reports join them when they run, so events of different aggregates
 * may arrive in any order and the result is the same.
 */

/** From `agreements.purchasing-account.changed.v1`. */
export class PurchasingAccountRow {
  id!: string;
  organizationId!: string;
  number!: string;
  name!: string;
  location!: string;
  city!: string;
  /** First contact: the Agreements report's contact columns. */
  contactName!: string;
  contactEmail!: string;
  /** Every contact's name and email, lower case, for "find by contact". */
  contactSearch!: string;
}

/** From `agreements.agreement.signed.v1` and `.changed.v1`. */
export class AgreementRow {
  id!: string;
  organizationId!: string;
  number!: string;
  purchasingAccountId!: string;
  status!: string;
  signingMethod!: string;
  signerName!: string;
  signedOn!: string;
  startDate!: string;
  endDate!: string;
  anniversaryMonth!: number;
}

/** One offer of a signed agreement. */
export class AgreementOfferRow {
  agreementId!: string;
  code!: string;
  organizationId!: string;
  name!: string;
  productPool!: string;
  priceLevel!: string;
}

/** One line of `agreements.order.placed.v1`. */
export class OrderLineRow {
  orderId!: string;
  lineNumber!: number;
  organizationId!: string;
  purchasingAccountId!: string;
  orderNumber!: string;
  agreementNumber!: string;
  orderedOn!: string;
  orderType!: string;
  purchaseOrderNumber!: string;
  kind!: string;
  sku!: string;
  name!: string;
  quantity!: number;
  unitPriceMinor!: number;
  listUnitPriceMinor!: number;
  currency!: string;
  priceProtected!: boolean;
}

/** From `inventory.license.changed.v1`. */
export class LicenseRow {
  id!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  sku!: string;
  /** The event's `displayName` (product, version, edition), which the reports' product column shows. */
  productName!: string;
  family!: string;
  quantity!: number;
  softwareAssurance!: boolean;
  status!: string;
  expiresOn!: string;
}

/** From `inventory.subscription.changed.v1`. */
export class SubscriptionRow {
  id!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  sku!: string;
  serviceName!: string;
  plan!: string;
  quantity!: number;
  status!: string;
  selfProvisioned!: boolean;
  orderNumber: string | null = null;
  expiresOn!: string;
}

/** From `benefits.support-request.opened.v1`. */
export class SupportRequestRow {
  id!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  channel!: string;
  summary!: string;
  openedBy!: string;
  openedOn!: string;
}

/** From `benefits.voucher.assigned.v1` and `.revoked.v1` (either may come first). */
export class VoucherRow {
  id!: string;
  organizationId!: string;
  purchasingAccountId!: string;
  employeeName: string | null = null;
  email: string | null = null;
  days!: number;
  language: string | null = null;
  voucherCode: string | null = null;
  assignedOn: string | null = null;
  revokedOn: string | null = null;
}

/** From `benefits.entitlement.changed.v1`: the latest state per purchasing account and benefit. */
export class EntitlementRow {
  purchasingAccountId!: string;
  benefitCode!: string;
  organizationId!: string;
  benefitName!: string;
  unit!: string;
  entitled!: number;
  used!: number;
  available!: number;
  /** occurredAt of the event this state came from: an older event never overwrites a newer one. */
  asOf!: string;
}

const id = { type: 'string', length: 36, primary: true } as const;
const org = { type: 'string', length: 36, index: true } as const;
const account = { type: 'string', length: 36 } as const;
const text = { type: 'string' } as const;
const day = { type: 'string', length: 10 } as const;
const nullableText = { type: 'string', nullable: true } as const;

export const PurchasingAccountRowSchema = new EntitySchema<PurchasingAccountRow>({
  class: PurchasingAccountRow,
  tableName: 'rm_purchasing_account',
  properties: {
    id,
    organizationId: org,
    number: text,
    name: text,
    location: text,
    city: text,
    contactName: text,
    contactEmail: text,
    contactSearch: { type: 'text' },
  },
});

export const AgreementRowSchema = new EntitySchema<AgreementRow>({
  class: AgreementRow,
  tableName: 'rm_agreement',
  properties: {
    id,
    organizationId: org,
    number: text,
    purchasingAccountId: account,
    status: text,
    signingMethod: text,
    signerName: text,
    signedOn: day,
    startDate: day,
    endDate: day,
    anniversaryMonth: { type: 'integer' },
  },
});

export const AgreementOfferRowSchema = new EntitySchema<AgreementOfferRow>({
  class: AgreementOfferRow,
  tableName: 'rm_agreement_offer',
  properties: {
    agreementId: id,
    code: { type: 'string', length: 64, primary: true },
    organizationId: org,
    name: text,
    productPool: text,
    priceLevel: text,
  },
});

export const OrderLineRowSchema = new EntitySchema<OrderLineRow>({
  class: OrderLineRow,
  tableName: 'rm_order_line',
  properties: {
    orderId: id,
    lineNumber: { type: 'integer', primary: true },
    organizationId: org,
    purchasingAccountId: account,
    orderNumber: text,
    agreementNumber: text,
    orderedOn: day,
    orderType: text,
    purchaseOrderNumber: text,
    kind: text,
    sku: text,
    name: text,
    quantity: { type: 'integer' },
    // API-5: amounts beyond 32 bits (PostgreSQL `bigint`; read back as an exact number).
    unitPriceMinor: { type: new BigIntType('number') },
    listUnitPriceMinor: { type: new BigIntType('number') },
    currency: { type: 'string', length: 3 },
    priceProtected: { type: 'boolean' },
  },
});

export const LicenseRowSchema = new EntitySchema<LicenseRow>({
  class: LicenseRow,
  tableName: 'rm_license',
  properties: {
    id,
    organizationId: org,
    purchasingAccountId: account,
    sku: text,
    productName: text,
    family: text,
    quantity: { type: 'integer' },
    softwareAssurance: { type: 'boolean' },
    status: text,
    expiresOn: day,
  },
});

export const SubscriptionRowSchema = new EntitySchema<SubscriptionRow>({
  class: SubscriptionRow,
  tableName: 'rm_subscription',
  properties: {
    id,
    organizationId: org,
    purchasingAccountId: account,
    sku: text,
    serviceName: text,
    plan: text,
    quantity: { type: 'integer' },
    status: text,
    selfProvisioned: { type: 'boolean' },
    orderNumber: nullableText,
    expiresOn: day,
  },
});

export const SupportRequestRowSchema = new EntitySchema<SupportRequestRow>({
  class: SupportRequestRow,
  tableName: 'rm_support_request',
  properties: {
    id,
    organizationId: org,
    purchasingAccountId: account,
    channel: text,
    summary: { type: 'text' },
    openedBy: text,
    openedOn: day,
  },
});

export const VoucherRowSchema = new EntitySchema<VoucherRow>({
  class: VoucherRow,
  tableName: 'rm_voucher',
  properties: {
    id,
    organizationId: org,
    purchasingAccountId: account,
    employeeName: nullableText,
    email: nullableText,
    days: { type: 'integer' },
    language: nullableText,
    voucherCode: nullableText,
    assignedOn: { type: 'string', length: 10, nullable: true },
    revokedOn: { type: 'string', length: 10, nullable: true },
  },
});

export const EntitlementRowSchema = new EntitySchema<EntitlementRow>({
  class: EntitlementRow,
  tableName: 'rm_entitlement',
  properties: {
    purchasingAccountId: id,
    benefitCode: { type: 'string', length: 40, primary: true },
    organizationId: org,
    benefitName: text,
    unit: text,
    entitled: { type: 'integer' },
    used: { type: 'integer' },
    available: { type: 'integer' },
    asOf: { type: 'string', length: 32 },
  },
});

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
