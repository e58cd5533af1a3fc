import { Migration } from '@mikro-orm/migrations';

/**
 * API-6: indexes in the order of the keyset-paged lists whose sort keys had none, so a page is an
 * index range read, not a sort of the whole filtered list.
 */
export class Migration20261205ApiSixKeysetIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "delivery_endpoint_id_created_at_index" on "delivery" ("endpoint_id", "created_at");`,
    );
    this.addSql(
      `create index "mailbox_message_recipient_sent_at_index" on "mailbox_message" ("recipient", "sent_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "delivery_endpoint_id_created_at_index";`);
    this.addSql(`drop index if exists "mailbox_message_recipient_sent_at_index";`);
  }
}
