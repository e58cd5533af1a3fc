import { Migration } from '@mikro-orm/migrations';

export class Migration20261125143447 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "expiry_alert" ("id" varchar(36) not null, "item_id" varchar(36) not null, "item_kind" varchar(16) not null, "threshold" varchar(16) not null, "expires_on" varchar(10) not null, "alerted_at" timestamptz not null, constraint "expiry_alert_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "expiry_alert_item_id_index" on "expiry_alert" ("item_id");`);
    this.addSql(
      `alter table "expiry_alert" add constraint "expiry_alert_item_id_threshold_expires_on_unique" unique ("item_id", "threshold", "expires_on");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "expiry_alert" cascade;`);
  }
}
