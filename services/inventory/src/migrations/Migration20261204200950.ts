import { Migration } from '@mikro-orm/migrations';

export class Migration20261204200950 extends Migration {
  override name = 'Migration20261204200950';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "inventory_total" ("purchasing_account_id" varchar(36) not null, "kind" varchar(16) not null, "product_id" varchar(255) not null, "product_name" varchar(255) not null, "family" varchar(255) not null, "version" varchar(255) not null, "edition" varchar(255) not null, "sku" varchar(255) not null, "expires_on" varchar(10) not null, "organization_id" varchar(36) not null, "quantity" int not null, "items" int not null, primary key ("purchasing_account_id", "kind", "product_id", "product_name", "family", "version", "edition", "sku", "expires_on"));`,
    );
    this.addSql(
      `create index "inventory_total_organization_id_index" on "inventory_total" ("organization_id");`,
    );
    // The dashboard's totals for the items already held (from then on kept on every write).
    this.addSql(`insert into "inventory_total"
  ("purchasing_account_id", "kind", "product_id", "product_name", "family", "version", "edition", "sku", "expires_on", "organization_id", "quantity", "items")
  select "purchasing_account_id", 'LICENSE', "product_id", "product_name", "family", "version", "edition", "sku", "expires_on", min("organization_id"), sum("quantity"), count(*)
    from "license" where "status" = 'ACTIVE'
    group by "purchasing_account_id", "product_id", "product_name", "family", "version", "edition", "sku", "expires_on"
  union all
  select "purchasing_account_id", 'SUBSCRIPTION', "product_id", "service_name", 'Online Services', '', "plan", "sku", "expires_on", min("organization_id"), sum("quantity"), count(*)
    from "subscription" where "status" <> 'CANCELLED'
    group by "purchasing_account_id", "product_id", "service_name", "plan", "sku", "expires_on";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "inventory_total" cascade;`);
  }
}
