/**
 * AGR-5: the Place an order form as the partner fills it in, and the `PlaceOrderInput` it becomes.
 * Checked here only where the browser must turn text into numbers (quantity, price in minor units);
 * everything else is the server's rule, and its refusal names the same fields.
 */
export type LineKind = 'PRODUCT' | 'ONLINE_SERVICE';

export interface OrderLineDraft {
  /** Catalog SKU of an edition (PRODUCT) or a plan (ONLINE_SERVICE). */
  sku: string;
  name: string;
  kind: LineKind;
  quantity: string;
  /** List price per unit as typed, in major units ("36.00"). */
  unitPrice: string;
}

export interface OrderDraft {
  purchasingAccountId: string;
  agreementId: string;
  type: string;
  purchaseOrderNumber: string;
  currency: string;
  lines: OrderLineDraft[];
}

export interface PlaceOrderInputShape {
  purchasingAccountId: string;
  agreementId: string;
  type: string;
  purchaseOrderNumber: string;
  lines: {
    kind: LineKind;
    sku: string;
    name: string;
    quantity: number;
    listUnitPrice: { amountMinor: string; currency: string };
  }[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/** The currency's ISO 4217 digits as the browser knows them (USD 2, JPY 0, KWD 3). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits as number;
}

/**
 * "36.5" USD → "3650". Exact text arithmetic (no floating point), a dot or a comma as the decimal
 * separator; more decimals than the currency has is refused rather than rounded.
 */
export function toMinorUnits(text: string, currency: string): string | null {
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(text.trim());
  if (!match) return null;
  const digits = currencyDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const minor = `${match[1]}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  return minor;
}

export function orderInput(draft: OrderDraft): Checked<PlaceOrderInputShape> {
  if (!draft.purchasingAccountId)
    return { ok: false, field: 'purchasingAccountId', message: 'Choose a purchasing account.' };
  if (!draft.agreementId)
    return { ok: false, field: 'agreementId', message: 'Choose a signed agreement of the account.' };
  if (draft.lines.length === 0) return { ok: false, field: 'lines', message: 'Add at least one product.' };
  const lines: PlaceOrderInputShape['lines'] = [];
  for (const [i, line] of draft.lines.entries()) {
    if (!line.sku)
      return { ok: false, field: `lines[${i}].sku`, message: `Choose the product of line ${i + 1}.` };
    const quantity = line.quantity.trim();
    if (!/^\d{1,9}$/.test(quantity) || Number(quantity) < 1)
      return {
        ok: false,
        field: `lines[${i}].quantity`,
        message: `The quantity of line ${i + 1} must be a whole number of at least 1.`,
      };
    const amountMinor = toMinorUnits(line.unitPrice, draft.currency);
    if (amountMinor === null)
      return {
        ok: false,
        field: `lines[${i}].listUnitPrice.amountMinor`,
        message: `The unit price of line ${i + 1} must be an amount in ${draft.currency} with at most ${currencyDigits(draft.currency)} decimals.`,
      };
    lines.push({
      kind: line.kind,
      sku: line.sku,
      name: line.name,
      quantity: Number(quantity),
      listUnitPrice: { amountMinor, currency: draft.currency },
    });
  }
  return {
    ok: true,
    value: {
      purchasingAccountId: draft.purchasingAccountId,
      agreementId: draft.agreementId,
      type: draft.type,
      purchaseOrderNumber: draft.purchaseOrderNumber.trim(),
      lines,
    },
  };
}
