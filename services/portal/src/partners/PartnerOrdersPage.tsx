import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import type { OrderType, PlaceOrderInput } from '../__generated__/graphql.ts';
import { useMe } from '../shell/me-context.tsx';
import { ROUTES } from '../shell/menus.ts';
import { type ApiProblem, apiProblem } from '../ui/errors.ts';
import { FormProblem, Notice, NotPermitted, SelectField, TextField } from '../ui/fields.tsx';
import { humanize } from '../ui/format.ts';
import { ListResult } from '../ui/ListResult.tsx';
import { ErrorState, Loading } from '../ui/states.tsx';
import { explain, formatInstantDay, formatMoney, newKey } from './format.ts';
import { type LineKind, type OrderDraft, type OrderLineDraft, orderInput } from './order-form.ts';

const PAGE = 25;
/** AGR-5: every order type the API has. */
const TYPES = ['NEW', 'ADD_ON', 'RENEWAL', 'TRUE_UP'] as const;
const TYPE_LABEL: Record<string, string> = {
  NEW: 'New',
  ADD_ON: 'Add-on',
  RENEWAL: 'Renewal',
  TRUE_UP: 'True-up',
};
const typeLabel = (t: string) => TYPE_LABEL[t] ?? humanize(t);
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD'];

const OrderRowOrder = graphql(`
  fragment PartnerOrderRow_order on Order {
    id
    number
    type
    status
    purchaseOrderNumber
    orderedAt
    agreementNumber
    purchasingAccount {
      id
      name
      number
    }
    total {
      amount
      currency
    }
  }
`);

const OrdersQuery = graphql(`
  query PartnerOrders($first: Int) {
    orders(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...PartnerOrderRow_order
        }
      }
    }
  }
`);

const OrderFormQuery = graphql(`
  query PlaceOrderForm {
    myCustomers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    catalogProducts(first: 100) {
      edges {
        node {
          id
          name
          kind
          versions {
            version
            editions {
              displayName
              sku
            }
          }
          plans {
            displayName
            sku
          }
        }
      }
    }
  }
`);

const OrderAccountsQuery = graphql(`
  query PlaceOrderAccounts($customerId: ID!) {
    purchasingAccounts(customerId: $customerId, first: 100) {
      edges {
        node {
          id
          number
          name
          agreements {
            id
            number
            status
          }
        }
      }
    }
  }
`);

const PlaceOrderMutation = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!, $idempotencyKey: String) {
    placeOrder(input: $input, idempotencyKey: $idempotencyKey) {
      id
      number
      total {
        amount
        currency
      }
    }
  }
`);

function OrderRow({ order }: { order: FragmentType<typeof OrderRowOrder> }) {
  const o = getFragmentData(OrderRowOrder, order);
  return (
    <tr>
      <th scope="row" className="nowrap">
        {o.number}
      </th>
      <td className="nowrap">
        <time dateTime={o.orderedAt}>{formatInstantDay(o.orderedAt)}</time>
      </td>
      <td>{typeLabel(o.type)}</td>
      <td>{humanize(o.status)}</td>
      <td>{o.purchaseOrderNumber}</td>
      <td>
        {o.purchasingAccount.name} <span className="subtle">({o.purchasingAccount.number})</span>
      </td>
      <td className="nowrap">{o.agreementNumber}</td>
      <td className="number nowrap">{formatMoney(o.total)}</td>
    </tr>
  );
}

function OrdersList({ notice }: { notice: string | null }) {
  const { can } = useMe();
  const [first, setFirst] = useState(PAGE);
  const { data, previousData, error, loading, refetch } = useQuery(OrdersQuery, {
    variables: { first },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <>
      <h1>Orders</h1>
      {notice && <Notice>{notice}</Notice>}
      {can('EDIT_ACTIVE_AGREEMENTS') && (
        <p>
          <Link className="button primary inline" to="?new=1">
            Place an order
          </Link>
        </p>
      )}
      <ListResult
        error={error}
        retry={() => void refetch()}
        loading={loading}
        shown={shown?.orders}
        loadingWhat="orders"
        noun="orders"
        empty="You have not placed any orders yet."
        caption="Orders you placed"
        head={
          <>
            <th scope="col">Microsoft order number</th>
            <th scope="col">Order date</th>
            <th scope="col">Order type</th>
            <th scope="col">Status</th>
            <th scope="col">Purchase order number</th>
            <th scope="col">Purchasing account</th>
            <th scope="col">Agreement number</th>
            <th scope="col" className="number">
              Total
            </th>
          </>
        }
        onMore={() => setFirst((n) => n + PAGE)}
      >
        {shown?.orders.edges.map(({ node }) => (
          <OrderRow key={node.id} order={node} />
        ))}
      </ListResult>
    </>
  );
}

const ORDER_LABELS = {
  purchasingAccountId: 'Purchasing account',
  agreementId: 'Agreement',
  type: 'Order type',
  purchaseOrderNumber: 'Purchase order number',
  lines: 'Products',
  'lines[i].sku': 'Product, line {n}',
  'lines[i].name': 'Product, line {n}',
  'lines[i].quantity': 'Quantity, line {n}',
  'lines[i].listUnitPrice': 'Unit price, line {n}',
};

const emptyLine = (): OrderLineDraft => ({
  sku: '',
  name: '',
  kind: 'PRODUCT',
  quantity: '1',
  unitPrice: '',
});

/**
 * AGR-5: place an order for a customer's purchasing account under one of its signed agreements.
 * The form keeps everything on a refusal; its idempotency key changes only when the form does, so a
 * submission retried after a lost answer places no second order (API-5).
 */
function PlaceOrderForm({ onPlaced }: { onPlaced: (message: string) => void }) {
  const [params] = useSearchParams();
  const [customerId, setCustomerId] = useState(params.get('customer') ?? '');
  const [form, setForm] = useState<OrderDraft>({
    purchasingAccountId: params.get('account') ?? '',
    agreementId: '',
    type: 'NEW',
    purchaseOrderNumber: '',
    currency: 'USD',
    lines: [emptyLine()],
  });
  const [key, setKey] = useState(newKey);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const { data, error, refetch } = useQuery(OrderFormQuery);
  const accounts = useQuery(OrderAccountsQuery, { variables: { customerId }, skip: !customerId });
  const [place, { loading }] = useMutation(PlaceOrderMutation, {
    refetchQueries: ['PartnerOrders'],
  });
  const update = (patch: Partial<OrderDraft>) => {
    setForm((f) => ({ ...f, ...patch }));
    setKey(newKey());
  };
  const setLine = (i: number, patch: Partial<OrderLineDraft>) =>
    update({ lines: form.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const bad = (field: string) =>
    problem?.field === field || (problem?.field?.startsWith(`${field}.`) ?? false);

  if (error && !data) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading what="the order form" />;
  const customers = data.myCustomers.edges.map((e) => e.node);
  // Every orderable SKU of the catalog: software editions and online-service plans.
  const skus = data.catalogProducts.edges.flatMap(
    ({ node }): { sku: string; name: string; kind: LineKind }[] =>
      node.kind === 'ONLINE_SERVICE'
        ? node.plans.map((p) => ({ sku: p.sku, name: p.displayName, kind: 'ONLINE_SERVICE' }))
        : node.versions.flatMap((v) =>
            v.editions.map((e) => ({ sku: e.sku, name: e.displayName, kind: 'PRODUCT' })),
          ),
  );
  const accountList = accounts.data?.purchasingAccounts.edges.map((e) => e.node) ?? [];
  const account = accountList.find((a) => a.id === form.purchasingAccountId);
  const signed = account?.agreements.filter((a) => a.status === 'SIGNED') ?? [];
  // The only signed agreement of the account is chosen for the partner.
  const agreementId = form.agreementId || (signed.length === 1 ? signed[0]!.id : '');

  return (
    <>
      <p>
        <Link className="back" to={ROUTES.partnerOrders}>
          Back to orders
        </Link>
      </p>
      <h1>Place an order</h1>
      <form
        className="wizard partner-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setProblem(null);
          const checked = orderInput({ ...form, agreementId });
          if (!checked.ok) {
            setProblem({ message: checked.message, field: checked.field, code: 'BAD_USER_INPUT' });
            return;
          }
          try {
            const result = await place({
              variables: {
                input: { ...checked.value, type: checked.value.type as OrderType } as PlaceOrderInput,
                idempotencyKey: key,
              },
            });
            const placed = result.data?.placeOrder;
            if (placed)
              onPlaced(
                `Order ${placed.number} was placed (${formatMoney(placed.total)}). The licenses and subscriptions appear in the customer's inventory.`,
              );
          } catch (err) {
            setProblem(explain(apiProblem(err), ORDER_LABELS));
          }
        }}
      >
        <FormProblem problem={problem} />
        <fieldset>
          <legend>For</legend>
          <SelectField
            label="Customer"
            value={customerId}
            onChange={(v) => {
              setCustomerId(v);
              update({ purchasingAccountId: '', agreementId: '' });
            }}
            options={[
              { value: '', label: 'Choose a customer' },
              ...customers.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <SelectField
            label="Purchasing account"
            value={form.purchasingAccountId}
            onChange={(v) => update({ purchasingAccountId: v, agreementId: '' })}
            invalid={bad('purchasingAccountId')}
            options={[
              { value: '', label: customerId ? 'Choose a purchasing account' : 'Choose a customer first' },
              ...accountList.map((a) => ({ value: a.id, label: `${a.name} (${a.number})` })),
            ]}
          />
          <SelectField
            label="Agreement"
            value={agreementId}
            onChange={(v) => update({ agreementId: v })}
            invalid={bad('agreementId')}
            options={[
              {
                value: '',
                label:
                  account && signed.length === 0
                    ? 'No signed agreement for this account'
                    : 'Choose a signed agreement',
              },
              ...signed.map((a) => ({ value: a.id, label: a.number })),
            ]}
          />
        </fieldset>
        <fieldset>
          <legend>Order</legend>
          <SelectField
            label="Order type"
            value={form.type}
            onChange={(v) => update({ type: v })}
            invalid={bad('type')}
            options={TYPES.map((t) => ({ value: t, label: typeLabel(t) }))}
          />
          <TextField
            label="Purchase order number"
            value={form.purchaseOrderNumber}
            onChange={(v) => update({ purchaseOrderNumber: v })}
            invalid={bad('purchaseOrderNumber')}
          />
          <SelectField
            label="Currency"
            value={form.currency}
            onChange={(v) => update({ currency: v })}
            invalid={bad('currency')}
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          />
        </fieldset>
        <fieldset>
          <legend>Products</legend>
          {form.lines.map((line, i) => (
            // Lines have no id of their own; their position is what the server names (lines[i]).
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div className="order-line" key={i}>
              <SelectField
                label={`Product, line ${i + 1}`}
                value={line.sku}
                invalid={bad(`lines[${i}].sku`)}
                onChange={(sku) => {
                  const found = skus.find((s) => s.sku === sku);
                  setLine(i, { sku, name: found?.name ?? '', kind: found?.kind ?? 'PRODUCT' });
                }}
                options={[
                  { value: '', label: 'Choose a product' },
                  ...skus.map((s) => ({ value: s.sku, label: s.name })),
                ]}
              />
              <TextField
                label={`Quantity, line ${i + 1}`}
                value={line.quantity}
                inputMode="numeric"
                invalid={bad(`lines[${i}].quantity`)}
                onChange={(quantity) => setLine(i, { quantity })}
              />
              <TextField
                label={`Unit price (${form.currency}), line ${i + 1}`}
                value={line.unitPrice}
                inputMode="decimal"
                invalid={bad(`lines[${i}].listUnitPrice`)}
                onChange={(unitPrice) => setLine(i, { unitPrice })}
              />
              {form.lines.length > 1 && (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => update({ lines: form.lines.filter((_, j) => j !== i) })}
                >
                  Remove line {i + 1}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button secondary small"
            onClick={() => update({ lines: [...form.lines, emptyLine()] })}
          >
            Add a product
          </button>
        </fieldset>
        <div className="wizard-actions">
          <button type="submit" className="button primary inline" disabled={loading}>
            Place order
          </button>
          <Link className="button secondary" to={ROUTES.partnerOrders}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** WEB-10 / AGR-5: the orders the partner placed, and Place an order (`?new=1`). */
export default function PartnerOrdersPage() {
  const { can, organizationKind } = useMe();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | null>(null);
  if (organizationKind !== 'PARTNER' || !can('VIEW_ORDERS'))
    return <NotPermitted title="Orders" what="placing orders as a partner" />;
  if (params.get('new') && can('EDIT_ACTIVE_AGREEMENTS'))
    return (
      <PlaceOrderForm
        onPlaced={(message) => {
          setNotice(message);
          setParams({});
        }}
      />
    );
  return <OrdersList notice={notice} />;
}
