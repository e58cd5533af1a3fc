import { Migration } from '@mikro-orm/migrations';

/** ACC-4 API-2: sign-in throttling moves from two columns per user to one row per throttle key. */
export class Migration20261204150200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "sign_in_throttle" ("id" varchar(400) not null, "attempts" int not null, "next_at" bigint null, "last_at" bigint not null, "refused" boolean not null, constraint "sign_in_throttle_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "sign_in_throttle_last_at_index" on "sign_in_throttle" ("last_at");`);
    this.addSql(
      `alter table "work_account" drop column "failed_sign_ins", drop column "last_failed_sign_in_at";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "work_account" add column "failed_sign_ins" int not null default 0, add column "last_failed_sign_in_at" timestamptz null;`,
    );
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
  }
}
