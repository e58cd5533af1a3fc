import { Migration } from '@mikro-orm/migrations';

/**
 * API-1 follow-ups (issue 17): an API client's token issues and uses are counted into one audit entry
 * per client, action and hour (`occurrences`, `last_at`, unique `rollup_key`) instead of one row per
 * request; existing rows count once. The retention job prunes them by action and age.
 */
export class Migration20261205ApiOneClientStanding extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "audit_entry" add column "occurrences" int not null default 1, add column "last_at" timestamptz null, add column "rollup_key" varchar(120) null;`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_rollup_key_unique" unique ("rollup_key");`,
    );
    this.addSql(`create index "audit_entry_action_at_index" on "audit_entry" ("action", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "audit_entry_action_at_index";`);
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_rollup_key_unique";`);
    this.addSql(
      `alter table "audit_entry" drop column if exists "occurrences", drop column if exists "last_at", drop column if exists "rollup_key";`,
    );
  }
}
