import { Migration } from '@mikro-orm/migrations';

export class Migration20261125145938 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "access_code" ("organization_id" varchar(36) not null, "benefit_code" varchar(40) not null, "code" varchar(32) not null, "created_at" timestamptz not null, constraint "access_code_pkey" primary key ("organization_id", "benefit_code"));`,
    );

    this.addSql(
      `create table "covered_license" ("license_id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "family" varchar(255) not null, "quantity" int not null, "software_assurance" boolean not null, "active" boolean not null, "expires_on" varchar(10) not null, constraint "covered_license_pkey" primary key ("license_id"));`,
    );
    this.addSql(
      `create index "covered_license_organization_id_purchasing_account_id_index" on "covered_license" ("organization_id", "purchasing_account_id");`,
    );

    this.addSql(
      `create table "customer_link" ("partner_organization_id" varchar(36) not null, "customer_organization_id" varchar(36) not null, "customer_name" varchar(255) not null, "linked_at" timestamptz not null, constraint "customer_link_pkey" primary key ("partner_organization_id", "customer_organization_id"));`,
    );
    this.addSql(
      `create index "customer_link_customer_organization_id_index" on "customer_link" ("customer_organization_id");`,
    );

    this.addSql(
      `create table "eligible_domain" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "benefit_code" varchar(40) not null, "name" varchar(255) not null, "created_at" timestamptz not null, constraint "eligible_domain_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "eligible_domain" add constraint "eligible_domain_organization_id_benefit_code_name_unique" unique ("organization_id", "benefit_code", "name");`,
    );

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
    this.addSql(`drop table if exists "access_code" cascade;`);

    this.addSql(`drop table if exists "covered_license" cascade;`);

    this.addSql(`drop table if exists "customer_link" cascade;`);

    this.addSql(`drop table if exists "eligible_domain" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);
  }
}
