import { createHash } from 'node:crypto';
import { agreements as events } from '@bc/contracts';
import {
  badInput,
  CustomerLink,
  forbidden,
  keyedWrite,
  mailLinkToken,
  notFound,
  requirePermission,
  type Tx,
  type UserIdentity,
} from '@bc/platform';
import type { EntityManager } from '@mikro-orm/core';
import type { AgreementsContext } from '../context.ts';
import { requirePartnerSeller } from '../customers/access.ts';
import { purchasingAccountChangedPayload } from '../purchasing-accounts/events.ts';
import { type Address, type Contact, PurchasingAccount } from '../purchasing-accounts/purchasing-account.ts';
import { Agreement, type AgreementStatus, type Offer, type SigningMethod } from './agreement.ts';
import { agreementRef } from './events.ts';
import {
  endDateOf,
  newNumber,
  requireAddress,
  requireContacts,
  requireDate,
  requireEmail,
  requireMonth,
  requireOffers,
  requireTerm,
  requireText,
  requireTransition,
} from './rules.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface DraftInput {
  customerId?: string | null;
  newCustomer?: { organizationName: string; domainAdministratorEmail: string } | null;
  purchasingAccountId?: string | null;
  newPurchasingAccount?: { name: string; address: Address; contacts: Contact[] } | null;
  offers: Offer[];
  signingMethod: SigningMethod;
  signer: { name: string; email: string };
  startDate: string;
  termMonths?: number | null;
  anniversaryMonth: number;
}

function setStatus(agreement: Agreement, status: AgreementStatus, at: Date, by: UserIdentity | null): void {
  requireTransition(agreement.status, status);
  agreement.status = status;
  agreement.updatedAt = at;
  agreement.statusHistory = [
    ...agreement.statusHistory,
    { status, at: at.toISOString(), byWorkAccount: by?.workAccount ?? null },
  ];
}

/** AGR-2: the partner drafts a sales package for a new customer or one of its customers. */
export async function draftSalesPackage(
  ctx: AgreementsContext,
  input: DraftInput,
  idempotencyKey?: string | null,
): Promise<Agreement> {
  const partner = requirePartnerSeller(ctx.identity);
  if (!!input.customerId === !!input.newCustomer)
    throw badInput('customerId', 'give either customerId or newCustomer');
  if (!!input.purchasingAccountId === !!input.newPurchasingAccount) {
    throw badInput('purchasingAccountId', 'give either purchasingAccountId or newPurchasingAccount');
  }
  if (input.newCustomer && input.purchasingAccountId) {
    throw badInput('purchasingAccountId', 'a new customer needs a new purchasing account');
  }
  const offers = requireOffers('offers', input.offers);
  const startDate = requireDate('startDate', input.startDate);
  const termMonths = requireTerm('termMonths', input.termMonths ?? 36);
  const anniversaryMonth = requireMonth('anniversaryMonth', input.anniversaryMonth);
  const signerName = requireText('signer.name', input.signer.name, 100);
  const signerEmail = requireEmail('signer.email', input.signer.email);
  const newCustomer = input.newCustomer
    ? {
        organizationName: requireText('newCustomer.organizationName', input.newCustomer.organizationName),
        domainAdministratorEmail: requireEmail(
          'newCustomer.domainAdministratorEmail',
          input.newCustomer.domainAdministratorEmail,
        ),
      }
    : null;
  const newAccount = input.newPurchasingAccount
    ? {
        name: requireText('newPurchasingAccount.name', input.newPurchasingAccount.name),
        address: requireAddress('newPurchasingAccount.address', input.newPurchasingAccount.address),
        contacts: requireContacts('newPurchasingAccount.contacts', input.newPurchasingAccount.contacts),
      }
    : null;

  const retry = { key: idempotencyKey, request: input };
  return keyedWrite(
    ctx,
    partner,
    'draftSalesPackage',
    { ...retry, entity: Agreement },
    async ({ em, emit }) => {
      const now = ctx.clock.now();
      let organizationId: string;
      let customerName: string;
      if (newCustomer) {
        organizationId = ctx.ids.uuid();
        customerName = newCustomer.organizationName;
        em.persist(
          Object.assign(new CustomerLink(), {
            partnerOrganizationId: partner.organizationId,
            customerOrganizationId: organizationId,
            customerName,
            linkedAt: now,
          }),
        );
      } else {
        const link = await em.findOne(CustomerLink, {
          partnerOrganizationId: partner.organizationId,
          customerOrganizationId: input.customerId!,
        });
        if (!link) throw notFound('Customer');
        organizationId = link.customerOrganizationId;
        customerName = link.customerName;
      }
      let account: PurchasingAccount;
      if (newAccount) {
        account = Object.assign(new PurchasingAccount(), {
          id: ctx.ids.uuid(),
          organizationId,
          number: newNumber('PA'),
          name: newAccount.name,
          address: newAccount.address,
          contacts: newAccount.contacts,
          location: newAccount.address.country,
          createdAt: now,
          updatedAt: now,
        });
        em.persist(account);
        emit(events.purchasingAccountChanged, purchasingAccountChangedPayload(account));
      } else {
        const found = await em.findOne(PurchasingAccount, { id: input.purchasingAccountId!, organizationId });
        if (!found) throw notFound('Purchasing account');
        account = found;
      }
      const agreement = Object.assign(new Agreement(), {
        id: ctx.ids.uuid(),
        number: newNumber('MPSA'),
        organizationId,
        customerName,
        newCustomerAdministratorEmail: newCustomer?.domainAdministratorEmail ?? null,
        partnerOrganizationId: partner.organizationId,
        purchasingAccountId: account.id,
        status: 'DRAFT' as const,
        signingMethod: input.signingMethod,
        signerName,
        signerEmail,
        offers,
        startDate,
        termMonths,
        endDate: endDateOf(startDate, termMonths),
        anniversaryMonth,
        statusHistory: [
          { status: 'DRAFT' as const, at: now.toISOString(), byWorkAccount: partner.workAccount },
        ],
        createdAt: now,
        updatedAt: now,
      });
      em.persist(agreement);
      return agreement;
    },
  );
}

/** Loads a package the calling partner drafted. */
async function partnersPackage(em: EntityManager, partner: UserIdentity, id: string): Promise<Agreement> {
  const agreement = await em.findOne(Agreement, { id, partnerOrganizationId: partner.organizationId });
  if (!agreement) throw notFound('Sales package');
  return agreement;
}

export async function updateSalesPackage(
  ctx: AgreementsContext,
  input: {
    id: string;
    offers?: Offer[] | null;
    signer?: { name: string; email: string } | null;
    startDate?: string | null;
    termMonths?: number | null;
    anniversaryMonth?: number | null;
  },
  idempotencyKey?: string | null,
): Promise<Agreement> {
  const partner = requirePartnerSeller(ctx.identity);
  const offers = input.offers ? requireOffers('offers', input.offers) : null;
  const startDate = input.startDate ? requireDate('startDate', input.startDate) : null;
  const termMonths = input.termMonths != null ? requireTerm('termMonths', input.termMonths) : null;
  const anniversaryMonth =
    input.anniversaryMonth != null ? requireMonth('anniversaryMonth', input.anniversaryMonth) : null;
  const retry = { key: idempotencyKey, request: input };
  return keyedWrite(ctx, partner, 'updateSalesPackage', { ...retry, entity: Agreement }, async ({ em }) => {
    const agreement = await partnersPackage(em, partner, input.id);
    // Offers and terms are fixed once the package has been sent (AGR-2): CONFLICT, not silently changed.
    requireTransition(agreement.status, 'DRAFT');
    if (offers) agreement.offers = offers;
    if (input.signer) {
      agreement.signerName = requireText('signer.name', input.signer.name, 100);
      agreement.signerEmail = requireEmail('signer.email', input.signer.email);
    }
    if (anniversaryMonth) agreement.anniversaryMonth = anniversaryMonth;
    if (startDate) agreement.startDate = startDate;
    if (termMonths) agreement.termMonths = termMonths;
    agreement.endDate = endDateOf(agreement.startDate, agreement.termMonths);
    agreement.updatedAt = ctx.clock.now();
    return agreement;
  });
}

/** AGR-2: sends the package; the signer gets a review-and-sign link (electronic) or is told to sign on paper. */
export async function sendSalesPackage(
  ctx: AgreementsContext,
  id: string,
  idempotencyKey?: string | null,
): Promise<Agreement> {
  const partner = requirePartnerSeller(ctx.identity);
  const retry = { key: idempotencyKey, request: { id } };
  return keyedWrite(
    ctx,
    partner,
    'sendSalesPackage',
    { ...retry, entity: Agreement },
    async ({ em, emit }) => {
      const agreement = await partnersPackage(em, partner, id);
      setStatus(agreement, 'SENT', ctx.clock.now(), partner);
      // OPS-3: the link's token is made from a fresh id with the key shared with the mailer; the
      // event carries only the id (a new send makes a new link, the old one dies).
      let signingLinkId: string | null = null;
      if (agreement.signingMethod === 'ELECTRONIC') {
        signingLinkId = ctx.ids.uuid();
        agreement.signingTokenHash = hash(
          mailLinkToken(ctx.deps.settings.mailLinkSecret, 'signing', signingLinkId),
        );
      }
      emit(events.salesPackageSent, {
        ...agreementRef(agreement),
        signerName: agreement.signerName,
        signerEmail: agreement.signerEmail,
        signingMethod: agreement.signingMethod,
        signingLinkId,
        signingPage: signingLinkId ? `${ctx.deps.settings.portalUrl}/agreements/sign` : null,
      });
      return agreement;
    },
  );
}

type Decision =
  | { kind: 'sign'; method: SigningMethod; name: string; title: string; signedAt: Date }
  | { kind: 'decline'; reason: string };

/** Applies a signature or a decline once; the second decision on the same package is a CONFLICT. */
async function decide(
  ctx: AgreementsContext,
  { em, emit }: Tx,
  agreement: Agreement,
  by: UserIdentity | null,
  decision: Decision,
) {
  const now = ctx.clock.now();
  if (decision.kind === 'decline') {
    setStatus(agreement, 'DECLINED', now, by);
    agreement.declineReason = decision.reason;
    agreement.signingTokenHash = null;
    emit(events.agreementDeclined, {
      ...agreementRef(agreement),
      reason: decision.reason,
      declinedAt: now.toISOString(),
    });
    return agreement;
  }
  setStatus(agreement, 'SIGNED', now, by);
  agreement.signature = {
    method: decision.method,
    signerName: decision.name,
    signerTitle: decision.title,
    signedAt: decision.signedAt.toISOString(),
  };
  agreement.signingTokenHash = null;
  const account = await em.findOneOrFail(PurchasingAccount, { id: agreement.purchasingAccountId });
  emit(events.agreementSigned, {
    ...agreementRef(agreement),
    method: decision.method,
    signerName: decision.name,
    signerTitle: decision.title,
    signedAt: agreement.signature.signedAt,
    startDate: agreement.startDate,
    endDate: agreement.endDate,
    purchasingAccountId: account.id,
    purchasingAccountNumber: account.number,
    anniversaryMonth: agreement.anniversaryMonth,
    offers: agreement.offers,
    newCustomer: agreement.newCustomerAdministratorEmail
      ? { domainAdministratorEmail: agreement.newCustomerAdministratorEmail }
      : null,
  });
  return agreement;
}

/** A customer user with SIGN_AGREEMENTS, on a package sent to their own organization. */
async function customersPackage(ctx: AgreementsContext, em: EntityManager, id: string) {
  const user = requirePermission(ctx.identity, 'SIGN_AGREEMENTS');
  if (user.organizationKind !== 'CUSTOMER') throw forbidden('Only the customer signs or declines');
  const agreement = await em.findOne(Agreement, {
    id,
    organizationId: user.organizationId,
    status: { $ne: 'DRAFT' },
  });
  if (!agreement) throw notFound('Sales package');
  return { user, agreement };
}

async function linkedPackage(em: EntityManager, token: string): Promise<Agreement> {
  const agreement = token ? await em.findOne(Agreement, { signingTokenHash: hash(token) }) : null;
  if (!agreement)
    throw badInput('token', 'this signing link is not valid or was already used', { reason: 'INVALID' });
  return agreement;
}

export async function signSalesPackage(
  ctx: AgreementsContext,
  id: string,
  signer: { name: string; title: string },
) {
  const name = requireText('signer.name', signer.name, 100);
  const title = requireText('signer.title', signer.title, 100);
  return ctx.tx(async (tx) => {
    const { user, agreement } = await customersPackage(ctx, tx.em, id);
    return decide(ctx, tx, agreement, user, {
      kind: 'sign',
      method: 'ELECTRONIC',
      name,
      title,
      signedAt: ctx.clock.now(),
    });
  });
}

export async function signSalesPackageWithLink(
  ctx: AgreementsContext,
  token: string,
  signer: { name: string; title: string },
) {
  const name = requireText('signer.name', signer.name, 100);
  const title = requireText('signer.title', signer.title, 100);
  return ctx.tx(async (tx) => {
    const agreement = await linkedPackage(tx.em, token);
    return decide(ctx, tx, agreement, null, {
      kind: 'sign',
      method: 'ELECTRONIC',
      name,
      title,
      signedAt: ctx.clock.now(),
    });
  });
}

export async function recordPaperSignature(
  ctx: AgreementsContext,
  id: string,
  signer: { name: string; title: string; signedAt: Date },
  idempotencyKey?: string | null,
) {
  const partner = requirePartnerSeller(ctx.identity);
  const name = requireText('signer.name', signer.name, 100);
  const title = requireText('signer.title', signer.title, 100);
  // An instant already (the DateTime scalar refused anything else as `signer.signedAt`).
  const { signedAt } = signer;
  if (signedAt.getTime() > ctx.clock.now().getTime())
    throw badInput('signer.signedAt', 'must not be in the future');
  const retry = { key: idempotencyKey, request: { id, signer } };
  return keyedWrite(ctx, partner, 'recordPaperSignature', { ...retry, entity: Agreement }, async (tx) => {
    const agreement = await partnersPackage(tx.em, partner, id);
    return decide(ctx, tx, agreement, partner, { kind: 'sign', method: 'PAPER', name, title, signedAt });
  });
}

export async function declineSalesPackage(ctx: AgreementsContext, id: string, reason: string) {
  const why = requireText('reason', reason, 1000);
  return ctx.tx(async (tx) => {
    const { user, agreement } = await customersPackage(ctx, tx.em, id);
    return decide(ctx, tx, agreement, user, { kind: 'decline', reason: why });
  });
}

export async function declineSalesPackageWithLink(ctx: AgreementsContext, token: string, reason: string) {
  const why = requireText('reason', reason, 1000);
  return ctx.tx(async (tx) => {
    const agreement = await linkedPackage(tx.em, token);
    return decide(ctx, tx, agreement, null, { kind: 'decline', reason: why });
  });
}

export async function salesPackageForSigning(ctx: AgreementsContext, token: string): Promise<Agreement> {
  return linkedPackage(ctx.em, token);
}
