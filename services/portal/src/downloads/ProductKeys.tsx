import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { apiProblem } from '../ui/errors.ts';
import { formatNumber } from '../ui/format.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { openInTab, startDownload } from './browser-file.ts';

const ProductKeysAccount = graphql(`
  fragment ProductKeys_account on PurchasingAccount {
    id
    number
    name
  }
`);

const ProductKeysQuery = graphql(`
  query ProductKeys($purchasingAccountId: ID!, $after: String) {
    productKeys(purchasingAccountId: $purchasingAccountId, first: 100, after: $after) {
      edges {
        node {
          productName
          version
          edition
          keyType
          productKey
          activations
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ExportKeysQuery = graphql(`
  query ExportProductKeys($purchasingAccountId: ID!, $format: ProductKeyExportFormat!) {
    exportProductKeys(purchasingAccountId: $purchasingAccountId, format: $format) {
      fileName
      url
    }
  }
`);

/**
 * INV-6 / WEB-6: one purchasing account's product keys, and the guide's "Select Export all keys, then
 * choose whether to Print keys or Export as CSV". Keys are per account (the API's rule), so with "All"
 * chosen at the top right each account has its own list and export.
 */
export function ProductKeys({ account }: { account: FragmentType<typeof ProductKeysAccount> }) {
  const a = getFragmentData(ProductKeysAccount, account);
  const { data, error, loading, refetch, fetchMore } = useQuery(ProductKeysQuery, {
    variables: { purchasingAccountId: a.id },
  });
  // The next 100 keys are appended to those shown (the export always holds all of them).
  const showMore = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        productKeys: {
          ...fetchMoreResult.productKeys,
          edges: [...previous.productKeys.edges, ...fetchMoreResult.productKeys.edges],
        },
      }),
    });
  const client = useApolloClient();
  const [menu, setMenu] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = `keys-${a.id}`;

  const exportKeys = async (format: 'CSV' | 'PRINT') => {
    setMenu(false);
    setProblem(null);
    setBusy(true);
    // Opened now, inside the click, so no pop-up blocker stops the print view.
    const view = format === 'PRINT' ? window.open('', '_blank') : null;
    try {
      const { data: file, error: failed } = await client.query({
        query: ExportKeysQuery,
        variables: { purchasingAccountId: a.id, format },
        fetchPolicy: 'network-only',
      });
      if (failed || !file) throw failed;
      const { url, fileName } = file.exportProductKeys;
      if (format === 'CSV') startDownload(url, fileName);
      else openInTab(url, view);
    } catch (e) {
      view?.close();
      setProblem(apiProblem(e).message);
    } finally {
      setBusy(false);
    }
  };

  const keys = data?.productKeys.edges.map((e) => e.node) ?? [];
  const next = data?.productKeys.pageInfo.hasNextPage ? data.productKeys.pageInfo.endCursor : null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-heading">
        <h3 id={headingId}>
          {a.name} ({a.number})
        </h3>
        {keys.length > 0 && (
          <div className="export-menu">
            <button
              type="button"
              className="button secondary small"
              aria-expanded={menu}
              aria-controls={`${headingId}-export`}
              disabled={busy}
              onClick={() => setMenu((v) => !v)}
            >
              {busy ? 'Exporting…' : 'Export all keys'}
              <span className="visually-hidden"> of {a.name}</span>
            </button>
            <ul id={`${headingId}-export`} hidden={!menu} className="export-options">
              <li>
                <button type="button" className="link-button" onClick={() => void exportKeys('PRINT')}>
                  Print keys
                </button>
              </li>
              <li>
                <button type="button" className="link-button" onClick={() => void exportKeys('CSV')}>
                  Export as CSV
                </button>
              </li>
            </ul>
          </div>
        )}
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : loading || !data ? (
        <Loading what="the product keys" />
      ) : keys.length === 0 ? (
        <Empty>No product keys for this account. Keys appear for the licenses your partner orders.</Empty>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard must reach a table that scrolls sideways on a narrow screen (axe scrollable-region-focusable, WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-label={`Product keys of ${a.name}, table`}>
          <table>
            <caption className="visually-hidden">Product keys of {a.name}</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Version</th>
                <th scope="col">Edition</th>
                <th scope="col">Key type</th>
                <th scope="col">Product key</th>
                <th scope="col" className="number">
                  Activations
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.productKey}>
                  <th scope="row">{k.productName}</th>
                  <td>{k.version}</td>
                  <td>{k.edition}</td>
                  <td>{k.keyType}</td>
                  <td className="product-key">{k.productKey}</td>
                  <td className="number">{formatNumber(k.activations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {next && (
            <button type="button" className="button secondary" onClick={() => void showMore(next)}>
              Show more product keys
            </button>
          )}
        </section>
      )}
    </section>
  );
}
