import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { ExpirationDate } from '../ui/ExpirationDate.tsx';
import { formatDay, formatNumber, humanize } from '../ui/format.ts';
import { manageServicesUrl } from './expansion.ts';

const ProductRowsProduct = graphql(`
  fragment ProductRows_product on InventoryProduct {
    productId
    productName
    family
    kind
    totalQuantity
    nextExpiration
    expiryStatus
    versions {
      version
      nextExpiration
      expiryStatus
      editions {
        edition
        displayName
        sku
        quantity
        nextExpiration
        expiryStatus
        licenses {
          id
          purchasingAccountId
          quantity
          softwareAssurance
          expiresOn
          expiryStatus
          orderNumber
        }
        subscriptions {
          id
          purchasingAccountId
          quantity
          status
          expiresOn
          expiryStatus
          manageServicesUrl
          orderNumber
          cancelledAt
          cancellationReason
        }
      }
    }
  }
`);

/**
 * One product as a row group: the product row with its arrow and, when expanded, a row per version
 * (software only: online services have none), per edition or plan, and per license or subscription.
 */
export function ProductRows({
  product,
  expanded,
  onToggle,
  accountName,
}: {
  product: FragmentType<typeof ProductRowsProduct>;
  expanded: boolean;
  onToggle: () => void;
  accountName: (purchasingAccountId: string) => string | null;
}) {
  const p = getFragmentData(ProductRowsProduct, product);
  const rowsId = `product-${p.productId}`;
  const where = (purchasingAccountId: string, order: string | null | undefined) =>
    [accountName(purchasingAccountId), order ? `order ${order}` : null].filter(Boolean).join(' · ');
  return (
    <tbody className={expanded ? 'product expanded' : 'product'}>
      <tr className="product-row">
        <th scope="row">
          <button
            type="button"
            className="expander"
            aria-expanded={expanded}
            aria-controls={expanded ? rowsId : undefined}
            onClick={onToggle}
          >
            <span className="arrow" aria-hidden="true" />
            <span>
              {p.productName}
              <span className="visually-hidden">: versions and editions</span>
            </span>
          </button>
          <span className="subtle indent-1">
            {p.family} · {p.kind === 'ONLINE_SERVICE' ? 'Online service' : 'Software'}
          </span>
        </th>
        <td className="number">{formatNumber(p.totalQuantity)}</td>
        <td>
          <ExpirationDate day={p.nextExpiration} status={p.expiryStatus} />
        </td>
        <td />
      </tr>
      {expanded &&
        p.versions.flatMap((v) => [
          v.version ? (
            <tr key={`v-${v.version}`} className="version-row" id={rowsId}>
              <th scope="row" className="indent-1">
                Version {v.version}
              </th>
              <td />
              <td>
                <ExpirationDate day={v.nextExpiration} status={v.expiryStatus} />
              </td>
              <td />
            </tr>
          ) : null,
          ...v.editions.flatMap((e) => [
            <tr key={`e-${e.sku}`} className="edition-row" id={v.version ? undefined : rowsId}>
              <th scope="row" className={v.version ? 'indent-2' : 'indent-1'}>
                {e.displayName}
                <span className="subtle">{e.sku}</span>
              </th>
              <td className="number">{formatNumber(e.quantity)}</td>
              <td>
                <ExpirationDate day={e.nextExpiration} status={e.expiryStatus} />
              </td>
              <td />
            </tr>,
            ...e.licenses.map((l) => (
              <tr key={l.id} className="item-row">
                <td className={v.version ? 'indent-3' : 'indent-2'}>
                  License{l.softwareAssurance ? ' with Software Assurance' : ''}
                  <span className="subtle">{where(l.purchasingAccountId, l.orderNumber)}</span>
                </td>
                <td className="number">{formatNumber(l.quantity)}</td>
                <td>
                  <ExpirationDate day={l.expiresOn} status={l.expiryStatus} />
                </td>
                <td />
              </tr>
            )),
            ...e.subscriptions.map((s) => {
              const manage = manageServicesUrl(s);
              return (
                <tr key={s.id} className="item-row">
                  <td className={v.version ? 'indent-3' : 'indent-2'}>
                    Subscription{' '}
                    <span className={s.status === 'ACTIVE' ? 'badge badge-muted' : 'badge badge-warning'}>
                      {humanize(s.status)}
                    </span>
                    <span className="subtle">
                      {where(s.purchasingAccountId, s.orderNumber)}
                      {s.status === 'CANCELLED' &&
                        ` · cancelled${s.cancelledAt ? ` on ${formatDay(s.cancelledAt.slice(0, 10))}` : ''}${
                          s.cancellationReason === 'NO_ORDER' ? ': no order arrived in time' : ''
                        }`}
                    </span>
                  </td>
                  <td className="number">{formatNumber(s.quantity)}</td>
                  <td>
                    {s.status === 'CANCELLED' ? (
                      <span className="subtle">Cancelled</span>
                    ) : (
                      <ExpirationDate day={s.expiresOn} status={s.expiryStatus} />
                    )}
                  </td>
                  <td>
                    {manage && (
                      <a href={manage} target="_blank" rel="noopener noreferrer">
                        Manage services<span className="visually-hidden"> (opens the service's site)</span>
                      </a>
                    )}
                  </td>
                </tr>
              );
            }),
          ]),
        ])}
    </tbody>
  );
}
