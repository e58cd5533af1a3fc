import { Migration } from '@mikro-orm/migrations';

export class Migration20261125150646 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_permission" ("id" varchar(36) not null, "partner_organization_id" varchar(36) not null, "customer_organization_id" varchar(36) not null, "customer_name" varchar(255) not null, "status" varchar(16) not null, "requested_at" timestamptz not null, "decided_at" timestamptz null, constraint "partner_permission_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "partner_permission_customer_organization_id_status_index" on "partner_permission" ("customer_organization_id", "status");`,
    );
    this.addSql(
      `create index "partner_permission_partner_organization_id_custome_80239_index" on "partner_permission" ("partner_organization_id", "customer_organization_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_permission" cascade;`);
  }
}
