import { Migration } from '@mikro-orm/migrations';

export class Migration20261125150426 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "benefit_user" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "benefit_code" varchar(40) not null, "name" varchar(255) not null, "email" varchar(255) not null, "created_at" timestamptz not null, constraint "benefit_user_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "benefit_user" add constraint "benefit_user_organization_id_benefit_code_email_unique" unique ("organization_id", "benefit_code", "email");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "benefit_user" cascade;`);
  }
}
