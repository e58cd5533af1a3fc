import { Migration } from '@mikro-orm/migrations';

export class Migration20261204160100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "subscription" add column "provisioned_by_user_id" varchar(36) null, add column "cancelled_at" timestamptz null, add column "cancellation_reason" varchar(16) null;`,
    );
    // Until now the deadline job was the only way a subscription got cancelled; its date was not kept.
    this.addSql(
      `update "subscription" set "cancellation_reason" = 'NO_ORDER' where "status" = 'CANCELLED' and "self_provisioned" = true;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "subscription" drop column "provisioned_by_user_id", drop column "cancelled_at", drop column "cancellation_reason";`,
    );
  }
}
