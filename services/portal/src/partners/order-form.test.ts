import { describe, expect, it } from 'vitest';
import { type OrderDraft, orderInput, toMinorUnits } from './order-form.ts';

const draft = (over: Partial<OrderDraft> = {}): OrderDraft => ({
  purchasingAccountId: 'pa-1',
  agreementId: 'ag-1',
  type: 'NEW',
  purchaseOrderNumber: ' PO-7 ',
  currency: 'USD',
  lines: [
    { sku: 'SQL-ENT', name: 'SQL Server Enterprise', kind: 'PRODUCT', quantity: '8', unitPrice: '1500' },
  ],
  ...over,
});

describe('WEB-10 AGR-5 the Place an order form', () => {
  it('WEB-10 API-5 turns prices into exact minor units by the currency digits, refusing extra decimals', () => {
    expect(toMinorUnits('36.5', 'USD')).toBe('3650');
    expect(toMinorUnits('36,50', 'EUR')).toBe('3650');
    expect(toMinorUnits('0.07', 'USD')).toBe('7');
    expect(toMinorUnits('1250', 'JPY')).toBe('1250');
    expect(toMinorUnits('1.5', 'JPY')).toBeNull();
    expect(toMinorUnits('1.234', 'KWD')).toBe('1234');
    expect(toMinorUnits('90071992547409.91', 'USD')).toBe('9007199254740991');
    expect(toMinorUnits('-1', 'USD')).toBeNull();
    expect(toMinorUnits('abc', 'USD')).toBeNull();
    expect(toMinorUnits('', 'USD')).toBeNull();
  });

  it('WEB-10 AGR-5 builds PlaceOrderInput, or names the first field in the server field names', () => {
    const done = orderInput(draft());
    expect(done).toEqual({
      ok: true,
      value: {
        purchasingAccountId: 'pa-1',
        agreementId: 'ag-1',
        type: 'NEW',
        purchaseOrderNumber: 'PO-7',
        lines: [
          {
            kind: 'PRODUCT',
            sku: 'SQL-ENT',
            name: 'SQL Server Enterprise',
            quantity: 8,
            listUnitPrice: { amountMinor: '150000', currency: 'USD' },
          },
        ],
      },
    });
    const line = draft().lines[0]!;
    expect(orderInput(draft({ agreementId: '' }))).toMatchObject({ ok: false, field: 'agreementId' });
    expect(orderInput(draft({ purchasingAccountId: '' }))).toMatchObject({
      ok: false,
      field: 'purchasingAccountId',
    });
    expect(orderInput(draft({ lines: [] }))).toMatchObject({ ok: false, field: 'lines' });
    for (const quantity of ['0', '1.5', '', 'x'])
      expect(orderInput(draft({ lines: [line, { ...line, quantity }] }))).toMatchObject({
        ok: false,
        field: 'lines[1].quantity',
      });
    expect(orderInput(draft({ lines: [{ ...line, unitPrice: '1.001' }] }))).toMatchObject({
      ok: false,
      field: 'lines[0].listUnitPrice.amountMinor',
    });
    expect(orderInput(draft({ lines: [{ ...line, sku: '' }] }))).toMatchObject({
      ok: false,
      field: 'lines[0].sku',
    });
  });
});
