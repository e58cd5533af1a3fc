import { accounts, agreements, benefits, deadLettered, type EventContract, inventory } from './index.ts';

/**
 * Each contract derives an event's key (aggregate id) and tenant from its payload. These are the
 * producers' own examples: the key and tenant each call site passed before the contracts derived
 * them, so events keep the keys (Kafka partitions, per-aggregate order) and tenants they always had.
 */
const org = 'org-1';
const partner = 'partner-1';
const at = '2025-01-01T00:00:00.000Z';
const agreementRef = {
  agreementId: 'agr-1',
  agreementNumber: 'MPSA-1',
  organizationId: org,
  organizationName: 'Contoso',
  partnerOrganizationId: partner,
};
const subscriptionRef = {
  subscriptionId: 'sub-1',
  organizationId: org,
  purchasingAccountId: 'pa-1',
  partnerOrganizationId: partner,
  serviceName: 'Exchange Online',
  plan: 'Plan 1',
  sku: 'EXO-P1',
  quantity: 5,
};

export type ContractExample = {
  // biome-ignore lint/suspicious/noExplicitAny: one example per contract, each of its own payload type
  contract: EventContract<any>;
  payload: unknown;
  key: string;
  tenant: string | null;
};
export const contractExamples: ContractExample[] = [
  // accounts/registration: key and tenant are the invited organization.
  {
    contract: accounts.invitationSent,
    payload: {
      invitationId: 'inv-1',
      organizationId: org,
      organizationName: 'Contoso',
      recipientEmail: 'a@contoso.example',
      linkPage: 'https://portal.example/register',
      expiresAt: at,
      resend: false,
      partnerOrganizationId: partner,
    },
    key: org,
    tenant: org,
  },
  // accounts/users and partners: key is the user, tenant the user's organization.
  {
    contract: accounts.userInvited,
    payload: {
      userId: 'user-1',
      organizationId: org,
      organizationName: 'Contoso',
      workAccount: 'ann@contoso.example',
      recipientEmail: 'ann@contoso.example',
      firstName: 'Ann',
      passwordSetupId: 'setup-1',
      setPasswordPage: 'https://portal.example/set-password',
      expiresAt: at,
    },
    key: 'user-1',
    tenant: org,
  },
  {
    contract: accounts.passwordReset,
    payload: {
      userId: 'user-1',
      organizationId: org,
      workAccount: 'ann@contoso.example',
      recipientEmail: 'ann@contoso.example',
      passwordSetupId: 'setup-1',
      setPasswordPage: 'https://portal.example/set-password',
      expiresAt: at,
    },
    key: 'user-1',
    tenant: org,
  },
  {
    contract: accounts.organizationRegistered,
    payload: {
      organizationId: org,
      organizationName: 'Contoso',
      administratorUserId: 'user-1',
      partnerOrganizationId: null,
    },
    key: org,
    tenant: org,
  },
  {
    contract: accounts.userChanged,
    payload: {
      userId: 'user-1',
      organizationId: org,
      workAccount: 'ann@contoso.example',
      email: 'ann@contoso.example',
      roles: ['ACCOUNT_ADMINISTRATOR'],
      status: 'ACTIVE',
    },
    key: 'user-1',
    tenant: org,
  },
  {
    contract: accounts.partnerRegistered,
    payload: { organizationId: partner, name: 'Fabrikam', notificationEmail: 'n@fabrikam.example' },
    key: partner,
    tenant: partner,
  },
  // The link belongs to the customer: key and tenant are the customer organization.
  {
    contract: accounts.customerLinked,
    payload: { partnerOrganizationId: partner, customerOrganizationId: org, customerName: 'Contoso' },
    key: org,
    tenant: org,
  },
  {
    contract: accounts.partnerChanged,
    payload: {
      organizationId: partner,
      name: 'Fabrikam',
      notificationEmail: 'n@fabrikam.example',
      webhookUrl: null,
    },
    key: partner,
    tenant: partner,
  },
  {
    contract: accounts.accessRevoked,
    payload: {
      userId: 'user-1',
      organizationId: org,
      sessionIds: ['s-1'],
      securityStamp: null,
      until: at,
      reason: 'SIGNED_OUT',
    },
    key: 'user-1',
    tenant: org,
  },
  // agreements: an agreement's events are keyed by the agreement, for its customer.
  {
    contract: agreements.salesPackageSent,
    payload: {
      ...agreementRef,
      signerName: 'Sam',
      signerEmail: 'sam@contoso.example',
      signingMethod: 'PAPER',
      signingLinkId: null,
      signingPage: null,
    },
    key: 'agr-1',
    tenant: org,
  },
  {
    contract: agreements.agreementSigned,
    payload: {
      ...agreementRef,
      method: 'PAPER',
      signerName: 'Sam',
      signerTitle: 'CEO',
      signedAt: at,
      startDate: '2025-01-01',
      endDate: '2027-12-31',
      purchasingAccountId: 'pa-1',
      purchasingAccountNumber: 'PA-1',
      anniversaryMonth: 1,
      offers: [],
      newCustomer: null,
    },
    key: 'agr-1',
    tenant: org,
  },
  {
    contract: agreements.agreementDeclined,
    payload: { ...agreementRef, reason: 'no', declinedAt: at },
    key: 'agr-1',
    tenant: org,
  },
  {
    contract: agreements.agreementChanged,
    payload: { ...agreementRef, changes: ['anniversaryMonth'], anniversaryMonth: 3 },
    key: 'agr-1',
    tenant: org,
  },
  {
    contract: agreements.purchasingAccountChanged,
    payload: {
      purchasingAccountId: 'pa-1',
      organizationId: org,
      number: 'PA-1',
      name: 'Contoso EU',
      address: { line1: '1 Way', city: 'Dublin', postalCode: 'D1', country: 'IE' },
      location: 'IE',
      contacts: [],
    },
    key: 'pa-1',
    tenant: org,
  },
  // An order is keyed by its purchasing account, so one account's orders stay in order.
  {
    contract: agreements.orderPlaced,
    payload: {
      orderId: 'order-1',
      orderNumber: 'O-1',
      organizationId: org,
      partnerOrganizationId: partner,
      purchasingAccountId: 'pa-1',
      purchasingAccountNumber: 'PA-1',
      agreementId: 'agr-1',
      agreementNumber: 'MPSA-1',
      agreementEndDate: '2027-12-31',
      type: 'NEW',
      purchaseOrderNumber: 'PO-1',
      orderedAt: at,
      lines: [],
    },
    key: 'pa-1',
    tenant: org,
  },
  // benefits
  {
    contract: benefits.voucherAssigned,
    payload: {
      assignmentId: 'as-1',
      organizationId: org,
      purchasingAccountId: 'pa-1',
      employeeName: 'Ann',
      email: 'ann@contoso.example',
      days: 2,
      language: 'en-US',
      voucherCode: 'V-1',
      instructions: 'go',
    },
    key: 'as-1',
    tenant: org,
  },
  {
    contract: benefits.instructionsSent,
    payload: {
      benefitUserId: 'bu-1',
      organizationId: org,
      benefitCode: 'HUP',
      benefitName: 'Home Use',
      name: 'Ann',
      email: 'ann@contoso.example',
      instructions: 'go',
    },
    key: 'bu-1',
    tenant: org,
  },
  // A permission is keyed by, and belongs to, the customer whose benefits it concerns.
  {
    contract: benefits.partnerPermissionChanged,
    payload: {
      permissionId: 'perm-1',
      partnerOrganizationId: partner,
      customerOrganizationId: org,
      customerName: 'Contoso',
      status: 'PENDING',
    },
    key: org,
    tenant: org,
  },
  {
    contract: benefits.voucherRevoked,
    payload: {
      assignmentId: 'as-1',
      organizationId: org,
      purchasingAccountId: 'pa-1',
      days: 2,
      revokedAt: at,
    },
    key: 'as-1',
    tenant: org,
  },
  {
    contract: benefits.supportRequestOpened,
    payload: {
      requestId: 'req-1',
      organizationId: org,
      purchasingAccountId: 'pa-1',
      channel: 'WEB',
      summary: 'help',
      openedByWorkAccount: 'ann@contoso.example',
      openedAt: at,
    },
    key: 'req-1',
    tenant: org,
  },
  // Keyed by purchasing account and benefit, so the latest entitlement of each wins.
  {
    contract: benefits.entitlementChanged,
    payload: {
      organizationId: org,
      purchasingAccountId: 'pa-1',
      benefitCode: 'SUPPORT',
      benefitName: 'Support',
      unit: 'incidents',
      entitled: 2,
      used: 0,
      available: 2,
    },
    key: 'pa-1:SUPPORT',
    tenant: org,
  },
  // inventory
  {
    contract: inventory.subscriptionProvisioned,
    payload: { ...subscriptionRef, orderDeadline: at, manageServicesUrl: null },
    key: 'sub-1',
    tenant: org,
  },
  {
    contract: inventory.subscriptionCancelled,
    payload: { ...subscriptionRef, reason: 'NO_ORDER', cancelledAt: at },
    key: 'sub-1',
    tenant: org,
  },
  {
    contract: inventory.expiryAlerted,
    payload: {
      itemId: 'lic-1',
      itemKind: 'LICENSE',
      organizationId: org,
      purchasingAccountId: 'pa-1',
      partnerOrganizationId: null,
      name: 'Office',
      expiresOn: '2025-03-01',
      threshold: 'DAYS_30',
    },
    key: 'lic-1',
    tenant: org,
  },
  {
    contract: inventory.licenseChanged,
    payload: {
      licenseId: 'lic-1',
      organizationId: org,
      purchasingAccountId: 'pa-1',
      sku: 'OFF',
      productName: 'Office',
      family: 'Office',
      quantity: 1,
      softwareAssurance: true,
      status: 'ACTIVE',
      expiresOn: '2027-12-31',
    },
    key: 'lic-1',
    tenant: org,
  },
  {
    contract: inventory.subscriptionChanged,
    payload: {
      subscriptionId: 'sub-1',
      organizationId: org,
      purchasingAccountId: 'pa-1',
      sku: 'EXO-P1',
      serviceName: 'Exchange Online',
      plan: 'Plan 1',
      quantity: 5,
      status: 'ACTIVE',
      selfProvisioned: false,
      orderNumber: null,
      expiresOn: '2027-12-31',
    },
    key: 'sub-1',
    tenant: org,
  },
  // platform: a dead letter keeps the failed message's key (or "none") and belongs to no tenant.
  {
    contract: deadLettered,
    payload: { consumer: 'c', topic: 't', key: 'k-1', value: '{}', reason: 'bad', attempts: 5 },
    key: 'k-1',
    tenant: null,
  },
  {
    contract: deadLettered,
    payload: { consumer: 'c', topic: 't', key: '', value: '{}', reason: 'bad', attempts: 0 },
    key: 'none',
    tenant: null,
  },
];
