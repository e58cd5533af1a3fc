import { describe, expect, it } from 'vitest';
import { humanize } from './format.ts';
import { countOf } from './ListResult.tsx';

describe('humanize', () => {
  it('WEB-8 turns a code into words, keeping acronyms in capitals', () => {
    expect(humanize('ACCOUNT_VIEWER')).toBe('Account viewer');
    expect(humanize('API_CLIENT_USE')).toBe('API client use');
    expect(humanize('CREATE_API_CLIENT')).toBe('Create API client');
    expect(humanize('RAPID')).toBe('Rapid');
  });
});

describe('countOf', () => {
  it('WEB-8 names one row in the singular', () => {
    expect(countOf(1, 'changes')).toBe('1 change');
    expect(countOf(1, 'deliveries')).toBe('1 delivery');
    expect(countOf(1, 'sales packages')).toBe('1 sales package');
    expect(countOf(0, 'orders')).toBe('0 orders');
    expect(countOf(2, 'users')).toBe('2 users');
  });
});
