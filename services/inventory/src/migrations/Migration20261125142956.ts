import { Migration } from '@mikro-orm/migrations';

export class Migration20261125142956 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "purchasing_account_ref" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "partner_organization_id" varchar(36) not null, "covered_until" varchar(10) not null, constraint "purchasing_account_ref_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "purchasing_account_ref_organization_id_index" on "purchasing_account_ref" ("organization_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "purchasing_account_ref" cascade;`);
  }
}
