import { describe, expect, it } from 'vitest';
import { menusFor } from './menus.ts';

const labels = (permissions: string[], organizationKind = 'CUSTOMER') =>
  menusFor({ permissions, organizationKind }).map(
    (m) => `${m.label}: ${m.items.map((i) => i.label).join(', ')}`,
  );

describe('portal menus (WEB-2, WEB-11)', () => {
  it('WEB-2 an account administrator gets every customer menu of the guide', () => {
    const all = [
      'VIEW_AGREEMENTS',
      'VIEW_ORDERS',
      'VIEW_LICENSES',
      'VIEW_REPORTS',
      'VIEW_PRODUCT_KEYS',
      'SELF_PROVISION',
      'DOWNLOAD_SOFTWARE',
      'MANAGE_USERS',
    ];
    expect(labels(all)).toEqual([
      'Inventory: Manage my inventory, Set up online services, Get downloads and keys',
      'Account: View agreements, View order history, Manage users, API clients',
      'Reports: Reports',
    ]);
  });

  it('WEB-11 an account viewer is not offered Manage users, set-up or downloads', () => {
    expect(labels(['VIEW_AGREEMENTS', 'VIEW_ORDERS', 'VIEW_LICENSES', 'VIEW_REPORTS'])).toEqual([
      'Inventory: Manage my inventory',
      'Account: View agreements, View order history',
      'Reports: Reports',
    ]);
  });

  it('WEB-8 the audit log is offered under Account to whoever may view it (account administrators)', () => {
    expect(labels(['VIEW_AGREEMENTS', 'MANAGE_USERS', 'VIEW_AUDIT_LOG'])).toEqual([
      'Account: View agreements, Manage users, Audit log, API clients',
    ]);
  });

  it('WEB-11 a user administrator sees only Manage users; a menu left empty disappears', () => {
    expect(labels(['MANAGE_USERS', 'VIEW_DELIVERY_LOG'])).toEqual(['Account: Manage users, API clients']);
  });

  it('WEB-2 partner menus only for partner users', () => {
    expect(labels(['VIEW_AGREEMENTS', 'MANAGE_ORGANIZATION'], 'PARTNER')).toEqual([
      'Partner: Customers, Sales packages, API clients and webhooks',
    ]);
    expect(labels(['VIEW_AGREEMENTS'], 'OPERATOR')).toEqual([]);
  });

  it('WEB-10 API-1 API clients are offered to administrators (MANAGE_USERS), customers and partners alike', () => {
    expect(labels(['MANAGE_USERS', 'MANAGE_ORGANIZATION'], 'PARTNER')).toEqual([
      'Partner: Customers, API clients, API clients and webhooks',
    ]);
    expect(labels(['VIEW_ORDERS'], 'PARTNER')).toEqual([]);
  });
});
