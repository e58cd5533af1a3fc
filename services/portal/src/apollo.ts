import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { BrowserSession } from './session/session.ts';

/** Only the gateway's public API, same origin; the bearer token comes from the in-memory session. */
export function createApolloClient(session: BrowserSession) {
  const auth = new SetContextLink(async (prevContext) => {
    const token = await session.accessToken();
    return {
      headers: { ...prevContext.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Inventory rows have no id; they are values of the query that holds them.
        InventoryProduct: { keyFields: false },
        InventoryDashboard: { keyFields: false },
      },
    }),
  });
}
