import { Migration } from '@mikro-orm/migrations';

/**
 * API-6: indexes in the order of the keyset-paged lists whose sort keys had none, so a page is an
 * index range read, not a sort of the whole filtered list.
 */
export class Migration20261205ApiSixKeysetIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "work_account_organization_id_work_account_index" on "work_account" ("organization_id", "work_account");`,
    );
    this.addSql(
      `create index "partner_relationship_partner_created_at_id_index" on "partner_relationship" ("partner_organization_id", "created_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "work_account_organization_id_work_account_index";`);
    this.addSql(`drop index if exists "partner_relationship_partner_created_at_id_index";`);
  }
}
