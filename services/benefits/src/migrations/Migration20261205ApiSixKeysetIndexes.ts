import { Migration } from '@mikro-orm/migrations';

/**
 * API-6: indexes in the order of the keyset-paged lists whose sort keys had none, so a page is an
 * index range read, not a sort of the whole filtered list.
 */
export class Migration20261205ApiSixKeysetIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "voucher_assignment_keyset_index" on "voucher_assignment" ("organization_id", "purchasing_account_id", "assigned_at", "id");`,
    );
    this.addSql(
      `create index "benefit_user_organization_id_benefit_code_name_id_index" on "benefit_user" ("organization_id", "benefit_code", "name", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "voucher_assignment_keyset_index";`);
    this.addSql(`drop index if exists "benefit_user_organization_id_benefit_code_name_id_index";`);
  }
}
