import { Migration } from '@mikro-orm/migrations';

export class Migration20261125142954 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization_contact" ("user_id" varchar(36) not null, "organization_id" varchar(36) not null, "email" varchar(255) not null, "roles" jsonb not null, "status" varchar(16) not null, constraint "organization_contact_pkey" primary key ("user_id"));`,
    );
    this.addSql(
      `create index "organization_contact_organization_id_index" on "organization_contact" ("organization_id");`,
    );

    this.addSql(
      `create table "webhook_key" ("kid" varchar(255) not null, "private_jwk" text not null, "public_jwk" text not null, "created_at" timestamptz not null, constraint "webhook_key_pkey" primary key ("kid"));`,
    );

    this.addSql(`alter table "partner_contact" add column "webhook_url" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization_contact" cascade;`);

    this.addSql(`drop table if exists "webhook_key" cascade;`);

    this.addSql(`alter table "partner_contact" drop column "webhook_url";`);
  }
}
