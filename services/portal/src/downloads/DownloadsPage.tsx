import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '../__generated__';
import { useAccountSelection } from '../shell/account-selection.tsx';
import { useMe } from '../shell/me-context.tsx';
import { formatNumber } from '../ui/format.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { categoriesOf, inCategories } from './files.ts';
import { ProductItem } from './ProductItem.tsx';
import { ProductKeys } from './ProductKeys.tsx';
import { SearchBox } from './SearchBox.tsx';

const DownloadsQuery = graphql(`
  query Downloads($search: String, $keys: Boolean!) {
    everything: catalogProducts(filter: { kind: SOFTWARE }, first: 100) {
      edges {
        node {
          id
          name
          categories
        }
      }
    }
    catalogProducts(filter: { kind: SOFTWARE, search: $search }, first: 100) {
      edges {
        node {
          id
          categories
          ...ProductItem_product
        }
      }
    }
    purchasingAccounts(first: 100) @include(if: $keys) {
      edges {
        node {
          id
          ...ProductKeys_account
        }
      }
    }
  }
`);

/**
 * WEB-6, the guide's Downloads and Keys: every product, owned or not, alphabetical; Categories
 * checkboxes and the Search box (type-ahead) narrow it; More details; downloads for roles that may
 * download (DOWNLOAD_SOFTWARE) and product keys for roles that may view them (VIEW_PRODUCT_KEYS), for
 * the account chosen at the top right.
 */
export function DownloadsPage() {
  const { can } = useMe();
  const mayDownload = can('DOWNLOAD_SOFTWARE');
  const mayViewKeys = can('VIEW_PRODUCT_KEYS');
  const { purchasingAccountId } = useAccountSelection();
  const [search, setSearch] = useState('');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const { data, previousData, error, loading, refetch } = useQuery(DownloadsQuery, {
    variables: { search: search || null, keys: mayViewKeys },
  });
  // While a new search loads, the last list stays (the categories and the search box do not flicker).
  const shown = data ?? previousData;

  const everything = shown?.everything.edges.map((e) => e.node) ?? [];
  const categories = useMemo(() => categoriesOf(everything), [everything]);
  const names = useMemo(() => new Set(everything.map((p) => p.name)), [everything]);
  const products = (shown?.catalogProducts.edges.map((e) => e.node) ?? []).filter((p) =>
    inCategories(p, checked),
  );
  const accounts = (shown?.purchasingAccounts?.edges.map((e) => e.node) ?? []).filter(
    (a) => !purchasingAccountId || a.id === purchasingAccountId,
  );

  const toggle = (category: string) =>
    setChecked((current) => {
      const next = new Set(current);
      if (!next.delete(category)) next.add(category);
      return next;
    });

  return (
    <>
      <h1>Downloads and keys</h1>
      {error && !shown ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !shown ? (
        <Loading what="the products" />
      ) : (
        <>
          <section aria-labelledby="downloads-heading" className="downloads">
            <h2 id="downloads-heading">Downloads</h2>
            <p className="lead">
              Every product available to you, whether you own it or not, so you can try the other software
              listed.
              {!mayDownload && ' Your role does not include downloading software.'}
            </p>
            <div className="downloads-layout">
              <fieldset className="categories">
                <legend>Categories</legend>
                {categories.map((c) => (
                  <div key={c} className="checkbox">
                    <input
                      type="checkbox"
                      id={`category-${c}`}
                      checked={checked.has(c)}
                      onChange={() => toggle(c)}
                    />
                    <label htmlFor={`category-${c}`}>{c}</label>
                  </div>
                ))}
              </fieldset>
              <div className="product-results">
                <SearchBox initial={search} offered={names} onSearch={setSearch} />
                {error && <ErrorState error={error} retry={() => void refetch()} />}
                <p className="subtle" role="status">
                  {loading ? 'Searching…' : `${formatNumber(products.length)} products`}
                  {search && ` containing "${search}"`}
                </p>
                {products.length === 0 ? (
                  <Empty>No products match. Clear the search or the categories to see every product.</Empty>
                ) : (
                  <ul className="product-list" aria-label="Products">
                    {products.map((p) => (
                      <ProductItem key={p.id} product={p} mayDownload={mayDownload} />
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </section>
          {mayViewKeys && (
            <section aria-labelledby="keys-heading" className="product-keys">
              <h2 id="keys-heading">Product keys</h2>
              <p className="lead">
                To print or export the keys of one account only, choose that account in the Account menu at
                the top right.
              </p>
              {accounts.length === 0 ? (
                <Empty>No purchasing accounts yet, so no product keys.</Empty>
              ) : (
                accounts.map((a) => <ProductKeys key={a.id} account={a} />)
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default DownloadsPage;
