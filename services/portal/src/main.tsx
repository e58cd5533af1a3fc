import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { createApolloClient } from './apollo.ts';
import { browserSession } from './session/browser-session.ts';
import { SessionProvider } from './session/session-context.tsx';
import { Loading } from './ui/states.tsx';
import './styles.css';

const client = createApolloClient(browserSession);
// A reload keeps the session: the refresh cookie (if any) gives a new access token.
void browserSession.restore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider session={browserSession}>
      <ApolloProvider client={client}>
        <BrowserRouter>
          {/* The invitation page is loaded lazily too (App.tsx). */}
          <Suspense fallback={<Loading what="the page" />}>
            <App />
          </Suspense>
        </BrowserRouter>
      </ApolloProvider>
    </SessionProvider>
  </StrictMode>,
);
