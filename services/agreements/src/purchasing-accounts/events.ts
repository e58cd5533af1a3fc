import type { PurchasingAccount } from './purchasing-account.ts';

/** The `agreements.purchasing-account.changed.v1` payload: the account as it is now (AGR-1, AGR-4). */
export function purchasingAccountChangedPayload(account: PurchasingAccount) {
  return {
    purchasingAccountId: account.id,
    organizationId: account.organizationId,
    number: account.number,
    name: account.name,
    address: account.address,
    location: account.location,
    contacts: account.contacts,
  };
}
