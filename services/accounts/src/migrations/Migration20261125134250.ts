import { Migration } from '@mikro-orm/migrations';

export class Migration20261125134250 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("seq" serial primary key, "id" varchar(36) not null, "organization_id" varchar(36) not null, "actor_user_id" varchar(36) not null, "actor_work_account" varchar(255) not null, "action" varchar(255) not null, "target_type" varchar(255) not null, "target_id" varchar(255) not null, "before" text null, "after" text null, "at" timestamptz not null);`,
    );
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_id_unique" unique ("id");`);
    this.addSql(
      `create index "audit_entry_organization_id_at_index" on "audit_entry" ("organization_id", "at");`,
    );

    this.addSql(
      `create table "domain" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "name" varchar(255) not null, "kind" varchar(16) not null, "verification_token" varchar(255) not null, "verified_at" timestamptz null, "created_at" timestamptz not null, constraint "domain_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "domain_organization_id_index" on "domain" ("organization_id");`);
    this.addSql(`alter table "domain" add constraint "domain_name_unique" unique ("name");`);

    this.addSql(
      `create table "invitation" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "recipient_email" varchar(255) not null, "token_hash" varchar(64) not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "superseded_at" timestamptz null, "partner_organization_id" varchar(36) null, constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitation_organization_id_index" on "invitation" ("organization_id");`);
    this.addSql(
      `alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "organization" ("id" varchar(36) not null, "name" varchar(255) not null, "kind" varchar(16) not null, "status" varchar(16) not null, "created_at" timestamptz not null, "registered_at" timestamptz null, constraint "organization_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "outbox_message" ("seq" serial primary key, "event_id" varchar(36) not null, "topic" varchar(255) not null, "key" varchar(255) not null, "envelope" text not null, "created_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`,
    );
    this.addSql(`create index "outbox_message_published_at_index" on "outbox_message" ("published_at");`);

    this.addSql(
      `create table "partner_relationship" ("id" varchar(36) not null, "partner_organization_id" varchar(36) not null, "customer_organization_id" varchar(36) not null, "created_at" timestamptz not null, constraint "partner_relationship_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "partner_relationship_partner_organization_id_index" on "partner_relationship" ("partner_organization_id");`,
    );
    this.addSql(
      `create index "partner_relationship_customer_organization_id_index" on "partner_relationship" ("customer_organization_id");`,
    );
    this.addSql(
      `alter table "partner_relationship" add constraint "partner_relationship_partner_organization_id_cust_77a00_unique" unique ("partner_organization_id", "customer_organization_id");`,
    );

    this.addSql(
      `create table "processed_event" ("consumer" varchar(255) not null, "event_id" varchar(36) not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("consumer", "event_id"));`,
    );

    this.addSql(
      `create table "session" ("id" varchar(36) not null, "user_id" varchar(36) not null, "refresh_token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(
      `alter table "session" add constraint "session_refresh_token_hash_unique" unique ("refresh_token_hash");`,
    );

    this.addSql(
      `create table "signing_key" ("kid" varchar(255) not null, "private_jwk" text not null, "public_jwk" text not null, "created_at" timestamptz not null, constraint "signing_key_pkey" primary key ("kid"));`,
    );

    this.addSql(
      `create table "work_account" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "user_id" varchar(255) not null, "domain" varchar(255) not null, "work_account" varchar(255) not null, "email" varchar(255) not null, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "roles" jsonb not null, "global_admin" boolean not null default false, "status" varchar(16) not null default 'ACTIVE', "password_hash" varchar(255) not null, "must_change_password" boolean not null default false, "failed_sign_ins" int not null default 0, "last_failed_sign_in_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "work_account_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "work_account_organization_id_index" on "work_account" ("organization_id");`);
    this.addSql(
      `alter table "work_account" add constraint "work_account_work_account_unique" unique ("work_account");`,
    );
    this.addSql(`create index "work_account_email_index" on "work_account" ("email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "domain" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "partner_relationship" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "signing_key" cascade;`);

    this.addSql(`drop table if exists "work_account" cascade;`);
  }
}
