import { Migration } from '@mikro-orm/migrations';

export class Migration20261125140726 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_contact" ("organization_id" varchar(36) not null, "name" varchar(255) not null, "notification_email" varchar(255) not null, constraint "partner_contact_pkey" primary key ("organization_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_contact" cascade;`);
  }
}
