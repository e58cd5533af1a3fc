import { Migration } from '@mikro-orm/migrations';

export class Migration20261125143700 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "purchasing_account_ref" add column "number" varchar(32) not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "purchasing_account_ref" drop column "number";`);
  }
}
