import { Migration } from '@mikro-orm/migrations';

export class Migration20261125152139 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "support_request" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "channel" varchar(8) not null, "summary" text not null, "opened_by_work_account" varchar(255) not null, "opened_at" timestamptz not null, constraint "support_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "support_request_organization_id_purchasing_account_id_index" on "support_request" ("organization_id", "purchasing_account_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "support_request" cascade;`);
  }
}
