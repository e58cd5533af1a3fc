import { Migration } from '@mikro-orm/migrations';

/**
 * API-6: indexes in the order of the keyset-paged lists whose sort keys had none, so a page is an
 * index range read, not a sort of the whole filtered list.
 */
export class Migration20261205ApiSixKeysetIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "license_product_keys_index" on "license" ("purchasing_account_id", "product_name", "version", "edition", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "license_product_keys_index";`);
  }
}
