import { Migration } from '@mikro-orm/migrations';

/** API-1: API clients (OAuth 2.0 client credentials), their secret stored only as a SHA-256 hash. */
export class Migration20261205000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_client" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "name" varchar(100) not null, "permissions" jsonb not null, "customer_ids" jsonb null, "secret_hash" varchar(64) not null, "security_stamp" int not null default 0, "created_by_user_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_client_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_client_organization_id_index" on "api_client" ("organization_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_client" cascade;`);
  }
}
