import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__';
import { formatInstant, formatMoney } from '../agreements/format.ts';
import { formatNumber, humanize } from '../ui/format.ts';
import { ErrorState, Loading } from '../ui/states.tsx';
import { orderTypeLabel } from './labels.ts';

const OrderDetailsQuery = graphql(`
  query OrderDetails($id: ID!) {
    order(id: $id) {
      id
      number
      type
      status
      purchaseOrderNumber
      orderedAt
      agreementNumber
      purchasingAccountNumber
      purchasingAccount {
        id
        name
      }
      lines {
        lineNumber
        kind
        sku
        name
        quantity
        unitPrice {
          amount
          currency
        }
        listUnitPrice {
          amount
          currency
        }
        priceProtected
        total {
          amount
          currency
        }
      }
      total {
        amount
        currency
      }
    }
  }
`);

/** WEB-7: one order's lines, with the price paid and, where it differs, today's list price (AGR-7). */
export function OrderDetails({ id, onBack }: { id: string; onBack: () => void }) {
  const { data, error, refetch } = useQuery(OrderDetailsQuery, { variables: { id } });
  const back = (
    <button type="button" className="link-button back" onClick={onBack}>
      Back to Order history
    </button>
  );
  if (error)
    return (
      <>
        <h1>Order</h1>
        {back}
        <ErrorState error={error} retry={() => void refetch()} />
      </>
    );
  if (!data) return <Loading what="the order" />;
  const o = data.order;
  if (!o)
    return (
      <>
        <h1>Order</h1>
        {back}
        <p className="state state-empty">This order does not exist or is not yours to see.</p>
      </>
    );
  return (
    <>
      <h1>Order {o.number}</h1>
      {back}
      <section className="panel" aria-labelledby="order-heading">
        <h2 id="order-heading">Order details</h2>
        <dl className="details">
          <div>
            <dt>Order date</dt>
            <dd>{formatInstant(o.orderedAt)}</dd>
          </div>
          <div>
            <dt>Order type</dt>
            <dd>{orderTypeLabel(o.type)}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{humanize(o.status)}</dd>
          </div>
          <div>
            <dt>Purchase order number</dt>
            <dd>{o.purchaseOrderNumber}</dd>
          </div>
          <div>
            <dt>Agreement number</dt>
            <dd>{o.agreementNumber}</dd>
          </div>
          <div>
            <dt>Purchasing account</dt>
            <dd>
              {o.purchasingAccount.name} ({o.purchasingAccountNumber})
            </dd>
          </div>
          <div>
            <dt>Total</dt>
            <dd>{formatMoney(o.total)}</dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="lines-heading">
        <h2 id="lines-heading">Lines</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Product or service</th>
                <th scope="col">SKU</th>
                <th scope="col" className="number">
                  Quantity
                </th>
                <th scope="col" className="number">
                  Unit price
                </th>
                <th scope="col" className="number">
                  Line total
                </th>
              </tr>
            </thead>
            <tbody>
              {o.lines.map((line) => (
                <tr key={line.lineNumber}>
                  <th scope="row">
                    {line.name}
                    <span className="subtle">
                      {line.kind === 'ONLINE_SERVICE' ? 'Online service' : 'Product'}
                    </span>
                  </th>
                  <td>{line.sku}</td>
                  <td className="number">{formatNumber(line.quantity)}</td>
                  <td className="number">
                    {formatMoney(line.unitPrice)}
                    {line.priceProtected && (
                      <span className="subtle">
                        Price protected; list price {formatMoney(line.listUnitPrice)}
                      </span>
                    )}
                  </td>
                  <td className="number">{formatMoney(line.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
