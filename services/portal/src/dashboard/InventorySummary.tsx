import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { ROUTES } from '../shell/menus.ts';
import { ExpirationDate } from '../ui/ExpirationDate.tsx';
import { formatNumber } from '../ui/format.ts';
import { Empty } from '../ui/states.tsx';

const InventorySummaryDashboard = graphql(`
  fragment InventorySummary_dashboard on InventoryDashboard {
    licenseCount
    subscriptionCount
    expiringSoonCount
    criticalCount
    products {
      productId
      productName
      family
      totalQuantity
      nextExpiration
      expiryStatus
    }
  }
`);

/** WEB-3: the subset of inventory that expires soonest, and the counts; "See all inventory". */
export function InventorySummary({
  dashboard,
}: {
  dashboard: FragmentType<typeof InventorySummaryDashboard>;
}) {
  const d = getFragmentData(InventorySummaryDashboard, dashboard);
  return (
    <section className="panel" aria-labelledby="inventory-heading">
      <div className="panel-heading">
        <h2 id="inventory-heading">Inventory</h2>
        <Link to={ROUTES.inventory}>See all inventory</Link>
      </div>
      <dl className="figures">
        <div>
          <dt>Licenses</dt>
          <dd>{formatNumber(d.licenseCount)}</dd>
        </div>
        <div>
          <dt>Online services</dt>
          <dd>{formatNumber(d.subscriptionCount)}</dd>
        </div>
        <div>
          <dt>Expiring soon</dt>
          <dd>{formatNumber(d.expiringSoonCount + d.criticalCount)}</dd>
        </div>
      </dl>
      {d.products.length === 0 ? (
        <Empty>
          No licenses or online services for this account yet. They appear here once your partner places an
          order.
        </Empty>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Products that expire soonest</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col" className="number">
                  Quantity
                </th>
                <th scope="col">Next expiration</th>
              </tr>
            </thead>
            <tbody>
              {d.products.map((p) => (
                <tr key={p.productId}>
                  <th scope="row">
                    {p.productName}
                    <span className="subtle">{p.family}</span>
                  </th>
                  <td className="number">{formatNumber(p.totalQuantity)}</td>
                  <td>
                    <ExpirationDate day={p.nextExpiration} status={p.expiryStatus} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
