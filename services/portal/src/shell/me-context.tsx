import { createContext, useContext } from 'react';

/** What pages need to know about the signed-in person to offer only what they may use (WEB-11). */
export interface Me {
  permissions: readonly string[];
  organizationKind: string;
}

export const MeContext = createContext<Me>({ permissions: [], organizationKind: 'CUSTOMER' });

export function useMe(): Me & { can: (permission: string) => boolean } {
  const me = useContext(MeContext);
  return { ...me, can: (permission) => me.permissions.includes(permission) };
}
