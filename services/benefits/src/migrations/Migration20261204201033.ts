import { Migration } from '@mikro-orm/migrations';

export class Migration20261204201033 extends Migration {
  override name = 'Migration20261204201033';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "covered_total" ("purchasing_account_id" varchar(36) not null, "family" varchar(255) not null, "software_assurance" boolean not null, "active" boolean not null, "expires_on" varchar(10) not null, "organization_id" varchar(36) not null, "quantity" int not null, "licenses" int not null, primary key ("purchasing_account_id", "family", "software_assurance", "active", "expires_on"));`,
    );
    this.addSql(`create index "covered_total_organization_id_index" on "covered_total" ("organization_id");`);
    // The totals of the licenses already covered (from then on kept on every change).
    this.addSql(`insert into "covered_total" ("purchasing_account_id", "family", "software_assurance", "active", "expires_on", "organization_id", "quantity", "licenses")
  select "purchasing_account_id", "family", "software_assurance", "active", "expires_on", min("organization_id"), sum("quantity"), count(*)
    from "covered_license" group by "purchasing_account_id", "family", "software_assurance", "active", "expires_on";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "covered_total" cascade;`);
  }
}
