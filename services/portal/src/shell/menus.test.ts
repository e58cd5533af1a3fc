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
    expect(labels(['MANAGE_USERS'])).toEqual(['Account: Manage users, API clients']);
  });

  it('NOT-5 WEB-11 the delivery log is offered under Account to whoever may view it', () => {
    expect(labels(['MANAGE_USERS', 'VIEW_DELIVERY_LOG'])).toEqual([
      'Account: Manage users, Delivery log, API clients',
    ]);
  });

  it('WEB-2 partner menus only for partner users', () => {
    expect(labels(['VIEW_AGREEMENTS', 'MANAGE_ORGANIZATION'], 'PARTNER')).toEqual([
      'Partner: Customers, Sales packages, Webhooks',
    ]);
  });

  it('WEB-10 BEN-7 a partner with MANAGE_BENEFITS gets Customer benefits; with VIEW_DELIVERY_LOG its delivery log', () => {
    expect(
      labels(['VIEW_AGREEMENTS', 'MANAGE_ORGANIZATION', 'MANAGE_BENEFITS', 'VIEW_DELIVERY_LOG'], 'PARTNER'),
    ).toEqual(['Partner: Customers, Sales packages, Customer benefits, Webhooks, Delivery log']);
  });

  it('WEB-10 the operator gets the operator pages (no organization permissions needed), no customer menus', () => {
    expect(labels([], 'OPERATOR')).toEqual(['Operator: Mailbox, Delivery log, Read models']);
    expect(labels(['VIEW_AGREEMENTS'], 'OPERATOR')).toEqual(['Operator: Mailbox, Delivery log, Read models']);
  });

  it('WEB-10 WEB-11 a partner user with VIEW_ORDERS gets Orders; a customer never gets the Partner menu', () => {
    expect(labels(['VIEW_AGREEMENTS', 'VIEW_ORDERS'], 'PARTNER')).toEqual([
      'Partner: Customers, Sales packages, Orders',
    ]);
    expect(labels(['VIEW_AGREEMENTS', 'VIEW_ORDERS'], 'CUSTOMER').some((l) => l.startsWith('Partner'))).toBe(
      false,
    );
  });

  it('WEB-10 API-3 webhooks are offered to whoever manages the organization, customer or partner', () => {
    expect(labels(['VIEW_AGREEMENTS', 'MANAGE_ORGANIZATION'])).toEqual([
      'Account: View agreements, Webhooks',
    ]);
    expect(labels(['VIEW_AGREEMENTS', 'MANAGE_USERS'])).toEqual([
      'Account: View agreements, Manage users, API clients',
    ]);
  });

  it('WEB-10 API-1 API clients are offered to administrators (MANAGE_USERS), customers and partners alike', () => {
    expect(labels(['MANAGE_USERS', 'MANAGE_ORGANIZATION'], 'PARTNER')).toEqual([
      'Partner: Customers, API clients, Webhooks',
    ]);
    expect(labels(['VIEW_ORDERS'], 'PARTNER')).toEqual(['Partner: Orders']);
  });
});
