import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import type { OrderStatus, OrderType } from '../__generated__/graphql.ts';
import { formatInstantDay, formatMoney } from '../agreements/format.ts';
import { useAccountSelection } from '../shell/account-selection.tsx';
import { useMe } from '../shell/me-context.tsx';
import { NotPermitted, SelectField, TextField } from '../ui/fields.tsx';
import { FilterForm, useListFilter } from '../ui/filters.tsx';
import { humanize } from '../ui/format.ts';
import { ListResult } from '../ui/ListResult.tsx';
import { orderTypeLabel } from './labels.ts';
import { OrderDetails } from './OrderDetails.tsx';

const TYPES = ['NEW', 'ADD_ON', 'RENEWAL', 'TRUE_UP'] as const;
const STATUSES = ['PLACED', 'COMPLETED', 'CANCELLED'] as const;

const OrderRowOrder = graphql(`
  fragment OrderRow_order on Order {
    id
    number
    type
    status
    purchaseOrderNumber
    orderedAt
    partnerOrganizationId
    agreementNumber
    purchasingAccountNumber
    total {
      amount
      currency
    }
  }
`);

const OrdersQuery = graphql(`
  query OrderHistory($filter: OrderFilter, $first: Int) {
    me {
      id
      organization {
        id
        partnerOfRecord {
          id
          name
        }
      }
    }
    orders(filter: $filter, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...OrderRow_order
        }
      }
    }
  }
`);

function OrderRow({
  order,
  partyName,
}: {
  order: FragmentType<typeof OrderRowOrder>;
  partyName: (id: string) => string;
}) {
  const o = getFragmentData(OrderRowOrder, order);
  return (
    <tr>
      <th scope="row" className="nowrap">
        <Link to={`?order=${encodeURIComponent(o.id)}`}>{o.number}</Link>
      </th>
      <td className="nowrap">
        <time dateTime={o.orderedAt}>{formatInstantDay(o.orderedAt)}</time>
      </td>
      <td>{orderTypeLabel(o.type)}</td>
      <td>{humanize(o.status)}</td>
      <td>{o.purchaseOrderNumber}</td>
      <td className="nowrap">{o.agreementNumber}</td>
      <td className="nowrap">{o.purchasingAccountNumber}</td>
      <td>{partyName(o.partnerOrganizationId)}</td>
      <td className="number nowrap">{formatMoney(o.total)}</td>
    </tr>
  );
}

const EMPTY_FILTER = {
  orderDateFrom: '',
  orderDateTo: '',
  type: '',
  orderingPartyId: '',
  orderNumber: '',
  agreementNumber: '',
  purchasingAccountNumber: '',
  status: '',
};

const orNull = (value: string) => value.trim() || null;

/**
 * WEB-7, the guide's Order history page (Account → View order history), filtered by every field the
 * guide lists; an order's lines at `?order=<id>`.
 */
function OrdersList() {
  const { purchasingAccountId } = useAccountSelection();
  const [params, setParams] = useSearchParams();
  const selected = params.get('order');
  const { form, filter, first, set, apply, clear, more } = useListFilter(EMPTY_FILTER);
  const { data, previousData, error, loading, refetch } = useQuery(OrdersQuery, {
    variables: {
      filter: {
        purchasingAccountId,
        orderDateFrom: orNull(filter.orderDateFrom),
        orderDateTo: orNull(filter.orderDateTo),
        type: (filter.type || null) as OrderType | null,
        orderingPartyId: orNull(filter.orderingPartyId),
        orderNumber: orNull(filter.orderNumber),
        agreementNumber: orNull(filter.agreementNumber),
        purchasingAccountNumber: orNull(filter.purchasingAccountNumber),
        status: (filter.status || null) as OrderStatus | null,
      },
      first,
    },
    skip: selected !== null,
  });
  const shown = data ?? previousData;
  if (selected) return <OrderDetails id={selected} onBack={() => setParams({})} />;

  // The ordering party is the partner that placed the order: the customer knows its partner of record.
  const partner = shown?.me.organization.partnerOfRecord ?? null;
  const partyName = (id: string) => (partner && partner.id === id ? partner.name : 'Another partner');
  return (
    <>
      <h1>Order history</h1>
      <FilterForm label="Filter orders" onApply={apply} onClear={clear}>
        <TextField
          label="Order date from"
          type="date"
          value={form.orderDateFrom}
          onChange={set('orderDateFrom')}
        />
        <TextField label="Order date to" type="date" value={form.orderDateTo} onChange={set('orderDateTo')} />
        <SelectField
          label="Order type"
          value={form.type}
          onChange={set('type')}
          options={[
            { value: '', label: 'All types' },
            ...TYPES.map((t) => ({ value: t, label: orderTypeLabel(t) })),
          ]}
        />
        <SelectField
          label="Ordering party"
          value={form.orderingPartyId}
          onChange={set('orderingPartyId')}
          options={[
            { value: '', label: 'All ordering parties' },
            ...(partner ? [{ value: partner.id, label: partner.name }] : []),
          ]}
        />
        <TextField label="Microsoft order number" value={form.orderNumber} onChange={set('orderNumber')} />
        <TextField label="Agreement number" value={form.agreementNumber} onChange={set('agreementNumber')} />
        <TextField
          label="Purchasing account number"
          value={form.purchasingAccountNumber}
          onChange={set('purchasingAccountNumber')}
        />
        <SelectField
          label="Purchase order status"
          value={form.status}
          onChange={set('status')}
          options={[
            { value: '', label: 'All statuses' },
            ...STATUSES.map((s) => ({ value: s, label: humanize(s) })),
          ]}
        />
      </FilterForm>
      <ListResult
        error={error}
        retry={() => void refetch()}
        loading={loading}
        shown={shown?.orders}
        loadingWhat="order history"
        noun="orders"
        empty="No orders match these filters."
        caption="Orders"
        head={
          <>
            <th scope="col">Microsoft order number</th>
            <th scope="col">Order date</th>
            <th scope="col">Order type</th>
            <th scope="col">Status</th>
            <th scope="col">Purchase order number</th>
            <th scope="col">Agreement number</th>
            <th scope="col">Purchasing account number</th>
            <th scope="col">Ordering party</th>
            <th scope="col" className="number">
              Total
            </th>
          </>
        }
        onMore={more}
      >
        {shown?.orders.edges.map(({ node }) => (
          <OrderRow key={node.id} order={node} partyName={partyName} />
        ))}
      </ListResult>
    </>
  );
}

/** Reached by its address without VIEW_ORDERS: said plainly instead of a refused query. */
export function OrdersPage() {
  const { can } = useMe();
  return can('VIEW_ORDERS') ? (
    <OrdersList />
  ) : (
    <NotPermitted title="Order history" what="viewing order history" />
  );
}

/** The route loads the page lazily (App.tsx), which needs a default export. */
export default OrdersPage;
