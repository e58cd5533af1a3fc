import { useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { graphql } from '../__generated__';
import type { CatalogKind, ExpiryStatus, SubscriptionStatus } from '../__generated__/graphql.ts';
import { useAccountSelection } from '../shell/account-selection.tsx';
import { useMe } from '../shell/me-context.tsx';
import { formatNumber } from '../ui/format.ts';
import { Empty, ErrorState, Loading } from '../ui/states.tsx';
import { allExpanded, type Expanded, expandAll, toggle } from './expansion.ts';
import { ProductRows } from './ProductRows.tsx';

const PAGE = 50;

const InventoryQuery = graphql(`
  query Inventory(
    $purchasingAccountId: ID
    $filter: InventoryFilter
    $first: Int
    $after: String
    $accounts: Boolean!
  ) {
    inventory(purchasingAccountId: $purchasingAccountId, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          productId
          ...ProductRows_product
        }
      }
    }
    purchasingAccounts(first: 100) @include(if: $accounts) {
      edges {
        node {
          id
          number
          name
        }
      }
    }
  }
`);

interface Filters {
  productName: string;
  kind: CatalogKind | '';
  expiryStatus: ExpiryStatus | '';
  status: SubscriptionStatus | '';
}

const NO_FILTERS: Filters = { productName: '', kind: '', expiryStatus: '', status: '' };

/**
 * WEB-4, the Licenses and Services tab: products of the account chosen at the top right, expanding to
 * versions and editions and, under each edition, its licenses and subscriptions (with Manage services).
 * The filters are the API's (INV-2/INV-3): product name, type, expiration and subscription status.
 */
export function LicensesTab() {
  const { can } = useMe();
  const { purchasingAccountId } = useAccountSelection();
  const ids = { name: useId(), kind: useId(), expiry: useId(), status: useId() };
  const [draftName, setDraftName] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [expanded, setExpanded] = useState<Expanded>(new Set());
  const filter = {
    ...(filters.productName ? { productName: filters.productName } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.expiryStatus ? { expiryStatus: filters.expiryStatus } : {}),
    ...(filters.status ? { status: [filters.status] } : {}),
  };
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(InventoryQuery, {
    variables: { purchasingAccountId, filter, first: PAGE, accounts: can('VIEW_AGREEMENTS') },
  });
  // The next page is appended to the products already shown.
  const showMore = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        inventory: {
          ...fetchMoreResult.inventory,
          edges: [...previous.inventory.edges, ...fetchMoreResult.inventory.edges],
        },
      }),
    });
  const shown = data ?? previousData;
  const products = shown?.inventory.edges.map((e) => e.node) ?? [];
  const productIds = products.map((p) => p.productId);
  const accounts = new Map(
    (shown?.purchasingAccounts?.edges ?? []).map(({ node }) => [node.id, `${node.name} (${node.number})`]),
  );
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const change = (next: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...next }));
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    change({ productName: draftName.trim() });
  };

  return (
    <section aria-labelledby="licenses-heading">
      <h2 id="licenses-heading" className="visually-hidden">
        Licenses and Services
      </h2>
      <form className="filters" onSubmit={search} aria-label="Filter licenses and services">
        <div className="field">
          <label htmlFor={ids.name}>Product name</label>
          <div className="inline-input">
            <input
              id={ids.name}
              type="search"
              value={draftName}
              onChange={(e) => setDraftName(e.target.value)}
            />
            <button type="submit" className="button secondary">
              Search
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.kind}>Type</label>
          <select
            id={ids.kind}
            value={filters.kind}
            onChange={(e) => change({ kind: e.target.value as Filters['kind'] })}
          >
            <option value="">All</option>
            <option value="SOFTWARE">Licenses</option>
            <option value="ONLINE_SERVICE">Online services</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.expiry}>Next expiration</label>
          <select
            id={ids.expiry}
            value={filters.expiryStatus}
            onChange={(e) => change({ expiryStatus: e.target.value as Filters['expiryStatus'] })}
          >
            <option value="">Any date</option>
            <option value="CRITICAL">Within 30 days</option>
            <option value="EXPIRING_SOON">In 31 to 90 days</option>
            <option value="ACTIVE">In more than 90 days</option>
            <option value="EXPIRED">Expired</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.status}>Status</label>
          <select
            id={ids.status}
            value={filters.status}
            onChange={(e) => change({ status: e.target.value as Filters['status'] })}
          >
            <option value="">Any status</option>
            <option value="ACTIVE">Active</option>
            <option value="AWAITING_ORDER">Awaiting order</option>
            <option value="CANCELLED">Cancelled</option>
          </select>
        </div>
        {filtered && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setDraftName('');
              change(NO_FILTERS);
            }}
          >
            Clear filters
          </button>
        )}
      </form>

      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : !shown ? (
        <Loading what="your licenses and services" />
      ) : products.length === 0 ? (
        <Empty>
          {filtered
            ? 'No licenses or online services match these filters.'
            : 'No licenses or online services for this account yet. They appear here once your partner places an order.'}
        </Empty>
      ) : (
        <>
          <div className="toolbar">
            <p className="subtle" aria-live="polite">
              {loading ? 'Updating…' : `${formatNumber(shown.inventory.totalCount)} products`}
            </p>
            <div className="toolbar-buttons">
              <button
                type="button"
                className="button secondary"
                disabled={allExpanded(expanded, productIds)}
                onClick={() => setExpanded(expandAll(productIds))}
              >
                Expand all
              </button>
              <button
                type="button"
                className="button secondary"
                disabled={expanded.size === 0}
                onClick={() => setExpanded(new Set())}
              >
                Collapse all
              </button>
            </div>
          </div>
          <div className="table-scroll">
            <table className="inventory-table">
              <caption className="visually-hidden">
                Licenses and online services by product, version and edition
              </caption>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col" className="number">
                    Quantity
                  </th>
                  <th scope="col">Next expiration</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              {products.map((p) => (
                <ProductRows
                  key={p.productId}
                  product={p}
                  expanded={expanded.has(p.productId)}
                  onToggle={() => setExpanded((e) => toggle(e, p.productId))}
                  accountName={(id) => accounts.get(id) ?? null}
                />
              ))}
            </table>
          </div>
          {shown.inventory.pageInfo.hasNextPage && shown.inventory.pageInfo.endCursor && (
            <button
              type="button"
              className="button secondary"
              onClick={() => void showMore(shown.inventory.pageInfo.endCursor!)}
            >
              Show more products
            </button>
          )}
        </>
      )}
    </section>
  );
}
