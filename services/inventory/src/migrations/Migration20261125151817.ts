import { Migration } from '@mikro-orm/migrations';

export class Migration20261125151817 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "benefit_permission_ref" ("partner_organization_id" varchar(36) not null, "customer_organization_id" varchar(36) not null, "approved" boolean not null, constraint "benefit_permission_ref_pkey" primary key ("partner_organization_id", "customer_organization_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "benefit_permission_ref" cascade;`);
  }
}
