import { Migration } from '@mikro-orm/migrations';

export class Migration20261125142716 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "organization" add column "notification_email" varchar(255) null, add column "webhook_url" varchar(255) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization" drop column "notification_email", drop column "webhook_url";`);
  }
}
