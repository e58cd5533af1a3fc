// The GraphiQL page's script (bundled by assets.ts with esbuild; browser code, so outside the Node tsconfig).
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';

// Monaco's workers come from this origin, built beside this script (no CDN; CSP worker-src 'self').
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    const name = label === 'json' || label === 'graphql' ? label : 'editor';
    return new Worker(`/graphiql/${name}.worker.js`);
  },
};

const DEFAULT_QUERY = `# The Business Center GraphQL API.
#
# Every field and argument is described in the documentation (the book icon).
# Most fields need a caller: add a header below, e.g.
#   { "Authorization": "Bearer <access token>" }
# with a token from signIn, or from an API client's client-credentials grant.

query Me {
  me {
    id
    workAccount
  }
}
`;

// The schema (with its descriptions) comes with the page, so GraphiQL works where introspection is off.
const schema = await (await fetch('/graphiql/schema.json')).json();
const root = document.getElementById('graphiql');
if (root)
  createRoot(root).render(
    <GraphiQL
      fetcher={createGraphiQLFetcher({ url: '/graphql' })}
      schema={schema}
      defaultQuery={DEFAULT_QUERY}
      defaultEditorToolsVisibility="headers"
    />,
  );
