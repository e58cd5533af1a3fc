import { Migration } from '@mikro-orm/migrations';

/** OPS-3: one-time set-password links replace mailed temporary passwords. */
export class Migration20261205001000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "password_setup" ("id" varchar(36) not null, "user_id" varchar(36) not null, "purpose" varchar(16) not null, "token_hash" varchar(64) not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "superseded_at" timestamptz null, constraint "password_setup_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "password_setup_user_id_index" on "password_setup" ("user_id");`);
    this.addSql(
      `alter table "password_setup" add constraint "password_setup_token_hash_unique" unique ("token_hash");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_setup" cascade;`);
  }
}
