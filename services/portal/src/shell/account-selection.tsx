import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** WEB-2: "All" or one purchasing account, remembered in this browser (not a secret: an id). */
export const ALL_ACCOUNTS = 'ALL';
const STORAGE_KEY = 'bc.purchasingAccount';

interface AccountSelection {
  /** `ALL_ACCOUNTS` or a purchasing account id. */
  selected: string;
  select: (value: string) => void;
  /** The `purchasingAccountId` argument every account list takes: null for All. */
  purchasingAccountId: string | null;
}

const Context = createContext<AccountSelection | null>(null);

function stored(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? ALL_ACCOUNTS;
  } catch {
    return ALL_ACCOUNTS;
  }
}

export function AccountSelectionProvider({ children }: { children: ReactNode }) {
  const [selected, setSelected] = useState(stored);
  const select = useCallback((value: string) => {
    setSelected(value);
    try {
      window.localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo(
    () => ({ selected, select, purchasingAccountId: selected === ALL_ACCOUNTS ? null : selected }),
    [selected, select],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAccountSelection(): AccountSelection {
  const value = useContext(Context);
  if (!value) throw new Error('useAccountSelection outside AccountSelectionProvider');
  return value;
}
