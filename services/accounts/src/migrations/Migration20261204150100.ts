import { Migration } from '@mikro-orm/migrations';

/**
 * ACC-3: pending claims on a public domain no longer block each other. A name is unique among
 * verified domains only (partial unique index), and once per organization.
 */
export class Migration20261204150100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "domain" drop constraint "domain_name_unique";`);
    this.addSql(
      `alter table "domain" add constraint "domain_organization_id_name_unique" unique ("organization_id", "name");`,
    );
    this.addSql(
      `create unique index "domain_verified_name_unique" on "domain" ("name") where "verified_at" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "domain_verified_name_unique";`);
    this.addSql(`alter table "domain" drop constraint "domain_organization_id_name_unique";`);
    this.addSql(`alter table "domain" add constraint "domain_name_unique" unique ("name");`);
  }
}
