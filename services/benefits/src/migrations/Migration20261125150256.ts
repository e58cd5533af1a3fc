import { Migration } from '@mikro-orm/migrations';

export class Migration20261125150256 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "benefit_usage" ("purchasing_account_id" varchar(36) not null, "benefit_code" varchar(40) not null, "used" int not null default 0, constraint "benefit_usage_pkey" primary key ("purchasing_account_id", "benefit_code"));`,
    );

    this.addSql(
      `create table "voucher_assignment" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "employee_name" varchar(255) not null, "email" varchar(255) not null, "days" int not null, "language" varchar(10) not null, "voucher_code" varchar(32) not null, "status" varchar(16) not null default 'ASSIGNED', "assigned_at" timestamptz not null, "revoked_at" timestamptz null, constraint "voucher_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "voucher_assignment_organization_id_purchasing_account_id_index" on "voucher_assignment" ("organization_id", "purchasing_account_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "benefit_usage" cascade;`);

    this.addSql(`drop table if exists "voucher_assignment" cascade;`);
  }
}
