import { createContext, type ReactNode, useContext } from 'react';

/**
 * BEN-7: the customer a partner acts for on the benefit pages. Absent (null) on the customer's own
 * pages, so they send no `customerId` and behave as before; a partner's pages wrap the same components
 * in this provider, and every benefits read and change then names that customer.
 */
export interface ActingCustomer {
  customerId: string;
  customerName: string;
  /** The customer's purchasing account the partner chose; null for All. */
  purchasingAccountId: string | null;
}

const Context = createContext<ActingCustomer | null>(null);

export function ActingCustomerProvider({ value, children }: { value: ActingCustomer; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useActingCustomer(): ActingCustomer | null {
  return useContext(Context);
}

/** The `customerId` argument: the acting customer's id, or nothing at all on the customer's own pages. */
export function useCustomerId(): string | undefined {
  return useContext(Context)?.customerId;
}
