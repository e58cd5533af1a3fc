import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { ROUTES } from '../shell/menus.ts';
import { useBrowserSession } from './session-context.tsx';

/** Whatever session this browser had, a link's new session replaces it: nothing cached is kept. */
export function useStartSession() {
  const session = useBrowserSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (started: { accessToken: string; expiresIn: number }) => {
    await client.clearStore();
    session.signedIn(started.accessToken, started.expiresIn);
    navigate(ROUTES.dashboard, { replace: true });
  };
}
