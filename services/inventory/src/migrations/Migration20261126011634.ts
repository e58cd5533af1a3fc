import { Migration } from '@mikro-orm/migrations';

export class Migration20261126011634 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "subscription" add column "self_provisioned" boolean not null default false;`);
    // Existing rows without an order were set up by the customer (awaiting or cancelled); settled ones cannot be told apart.
    this.addSql(`update "subscription" set "self_provisioned" = true where "order_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "subscription" drop column "self_provisioned";`);
  }
}
