import { Migration } from '@mikro-orm/migrations';

/** ACC-4/5/6: the user's security stamp, carried in access tokens and moved when standing changes. */
export class Migration20261204150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "work_account" add column "security_stamp" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "work_account" drop column "security_stamp";`);
  }
}
