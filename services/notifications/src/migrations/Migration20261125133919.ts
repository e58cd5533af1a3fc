import { Migration } from '@mikro-orm/migrations';

export class Migration20261125133919 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "delivery" ("id" varchar(36) not null, "organization_id" varchar(36) null, "event_id" varchar(36) not null, "event_type" varchar(255) not null, "channel" varchar(16) not null default 'EMAIL', "recipient" varchar(255) not null, "subject" varchar(255) not null, "text" text null, "status" varchar(16) not null default 'PENDING', "attempts" int not null default 0, "last_error" text null, "next_attempt_at" timestamptz not null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "delivery_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "delivery_status_next_attempt_at_index" on "delivery" ("status", "next_attempt_at");`,
    );
    this.addSql(
      `create index "delivery_organization_id_created_at_index" on "delivery" ("organization_id", "created_at");`,
    );
    this.addSql(
      `alter table "delivery" add constraint "delivery_event_id_recipient_unique" unique ("event_id", "recipient");`,
    );

    this.addSql(
      `create table "mailbox_message" ("id" varchar(36) not null, "recipient" varchar(255) not null, "subject" varchar(255) not null, "text" text not null, "sent_at" timestamptz not null, constraint "mailbox_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "mailbox_message_recipient_index" on "mailbox_message" ("recipient");`);

    this.addSql(
      `create table "outbox_message" ("seq" serial primary key, "event_id" varchar(36) not null, "topic" varchar(255) not null, "key" varchar(255) not null, "envelope" text not null, "created_at" timestamptz not null, "published_at" timestamptz null);`,
    );
    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_event_id_unique" unique ("event_id");`,
    );
    this.addSql(`create index "outbox_message_published_at_index" on "outbox_message" ("published_at");`);

    this.addSql(
      `create table "processed_event" ("consumer" varchar(255) not null, "event_id" varchar(36) not null, "processed_at" timestamptz not null, constraint "processed_event_pkey" primary key ("consumer", "event_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "delivery" cascade;`);

    this.addSql(`drop table if exists "mailbox_message" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);
  }
}
