import { describe, expect, it } from 'vitest';
import { allExpanded, expandAll, manageServicesUrl, toggle } from './expansion.ts';

describe('inventory expansion (WEB-4)', () => {
  it('WEB-4 a product arrow toggles that product only', () => {
    const one = toggle(new Set(), 'sql');
    expect([...one]).toEqual(['sql']);
    expect([...toggle(one, 'win')].sort()).toEqual(['sql', 'win']);
    expect([...toggle(one, 'sql')]).toEqual([]);
  });

  it('WEB-4 Expand all opens every product shown; Collapse all is the empty set', () => {
    const ids = ['sql', 'win', 'm365'];
    expect(allExpanded(expandAll(ids), ids)).toBe(true);
    expect(allExpanded(toggle(expandAll(ids), 'win'), ids)).toBe(false);
    expect(allExpanded(new Set(), [])).toBe(false);
  });

  it('WEB-4 INV-4 Manage services is offered for usable subscriptions with a site, never cancelled ones', () => {
    const url = 'https://outlook.office.com/';
    expect(manageServicesUrl({ status: 'ACTIVE', manageServicesUrl: url })).toBe(url);
    expect(manageServicesUrl({ status: 'AWAITING_ORDER', manageServicesUrl: url })).toBe(url);
    expect(manageServicesUrl({ status: 'CANCELLED', manageServicesUrl: url })).toBeNull();
    expect(manageServicesUrl({ status: 'ACTIVE', manageServicesUrl: null })).toBeNull();
  });
});
