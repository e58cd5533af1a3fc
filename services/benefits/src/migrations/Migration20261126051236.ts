import { Migration } from '@mikro-orm/migrations';

export class Migration20261126051236 extends Migration {
  override async up(): Promise<void> {
    // The relay now deletes what it has published: rows published before this version go now, or
    // the new relay would send them again.
    this.addSql(`delete from "outbox_message" where "published_at" is not null;`);
    this.addSql(`drop index "outbox_message_published_at_index";`);
    this.addSql(`alter table "outbox_message" drop column "published_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_message" add column "published_at" timestamptz(6) null;`);
    this.addSql(`create index "outbox_message_published_at_index" on "outbox_message" ("published_at");`);
  }
}
