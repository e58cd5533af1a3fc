import { describe, expect, it } from 'vitest';
import { explain } from './format.ts';

describe('WEB-11 a refusal names the field in the form words', () => {
  const labels = {
    purchaseOrderNumber: 'Purchase order number',
    'lines[i].quantity': 'Quantity, line {n}',
    'lines[i].listUnitPrice': 'Unit price, line {n}',
    'newCustomer.organizationName': 'Organization name',
  };

  it('WEB-11 prefixes the label of the named field, the most specific one, with the line number', () => {
    expect(explain({ message: 'Must not be empty.', field: 'purchaseOrderNumber' }, labels).message).toBe(
      'Purchase order number: Must not be empty.',
    );
    expect(
      explain({ message: 'Too big.', field: 'lines[2].listUnitPrice.amountMinor' }, labels).message,
    ).toBe('Unit price, line 3: Too big.');
    expect(explain({ message: 'X.', field: 'lines[0].quantity' }, labels).message).toBe(
      'Quantity, line 1: X.',
    );
    expect(explain({ message: 'X.', field: 'newCustomer.organizationName' }, labels).message).toBe(
      'Organization name: X.',
    );
  });

  it('WEB-11 leaves a message without a field, or with an unknown one, as it is', () => {
    expect(explain({ message: 'Refused.' }, labels).message).toBe('Refused.');
    expect(explain({ message: 'Refused.', field: 'somethingElse' }, labels).message).toBe('Refused.');
  });
});
