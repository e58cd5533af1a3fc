import { Migration } from '@mikro-orm/migrations';

/**
 * API-6: indexes in the order of the keyset-paged lists whose sort keys had none, so a page is an
 * index range read, not a sort of the whole filtered list.
 */
export class Migration20261205ApiSixKeysetIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "purchasing_account_organization_id_name_id_index" on "purchasing_account" ("organization_id", "name", "id");`,
    );
    this.addSql(
      `create index "customer_order_partner_organization_id_ordered_at_index" on "customer_order" ("partner_organization_id", "ordered_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "purchasing_account_organization_id_name_id_index";`);
    this.addSql(`drop index if exists "customer_order_partner_organization_id_ordered_at_index";`);
  }
}
