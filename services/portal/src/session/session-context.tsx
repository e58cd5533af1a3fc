import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { BrowserSession, SessionState } from './session.ts';

const SessionContext = createContext<BrowserSession | null>(null);

export function SessionProvider({ session, children }: { session: BrowserSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useBrowserSession(): BrowserSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useBrowserSession outside SessionProvider');
  return session;
}

export function useSessionState(): SessionState {
  const session = useBrowserSession();
  return useSyncExternalStore(session.subscribe, () => session.current);
}
