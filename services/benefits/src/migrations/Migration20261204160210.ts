import { Migration } from '@mikro-orm/migrations';

/** API-5: idempotency keys of the writes that use up an entitlement (vouchers, support incidents). */
export class Migration20261204160210 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_key" ("organization_id" varchar(36) not null, "operation" varchar(64) not null, "key" varchar(100) not null, "request_hash" varchar(64) not null, "result_id" varchar(36) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("organization_id", "operation", "key"));`,
    );
    this.addSql(`create index "idempotency_key_expires_at_index" on "idempotency_key" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }
}
