import { Migration } from '@mikro-orm/migrations';

export class Migration20261125140724 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "agreement" ("id" varchar(36) not null, "number" varchar(32) not null, "organization_id" varchar(36) not null, "customer_name" varchar(255) not null, "new_customer_administrator_email" varchar(255) null, "partner_organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "status" varchar(16) not null, "signing_method" varchar(16) not null, "signer_name" varchar(255) not null, "signer_email" varchar(255) not null, "offers" jsonb not null, "start_date" varchar(10) not null, "term_months" int not null, "end_date" varchar(10) not null, "anniversary_month" int not null, "signature" jsonb null, "decline_reason" text null, "signing_token_hash" varchar(64) null, "status_history" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "agreement_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "agreement" add constraint "agreement_number_unique" unique ("number");`);
    this.addSql(
      `create index "agreement_partner_organization_id_index" on "agreement" ("partner_organization_id");`,
    );
    this.addSql(
      `create index "agreement_purchasing_account_id_index" on "agreement" ("purchasing_account_id");`,
    );
    this.addSql(
      `alter table "agreement" add constraint "agreement_signing_token_hash_unique" unique ("signing_token_hash");`,
    );
    this.addSql(
      `create index "agreement_organization_id_start_date_index" on "agreement" ("organization_id", "start_date");`,
    );

    this.addSql(
      `create table "customer_link" ("partner_organization_id" varchar(36) not null, "customer_organization_id" varchar(36) not null, "customer_name" varchar(255) not null, "linked_at" timestamptz not null, constraint "customer_link_pkey" primary key ("partner_organization_id", "customer_organization_id"));`,
    );
    this.addSql(
      `create index "customer_link_customer_organization_id_index" on "customer_link" ("customer_organization_id");`,
    );

    this.addSql(
      `create table "customer_order" ("id" varchar(36) not null, "number" varchar(32) not null, "organization_id" varchar(36) not null, "partner_organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "purchasing_account_number" varchar(32) not null, "agreement_id" varchar(36) not null, "agreement_number" varchar(32) not null, "type" varchar(16) not null, "status" varchar(16) not null, "purchase_order_number" varchar(255) not null, "ordered_at" timestamptz not null, "lines" jsonb not null, "total_minor" bigint not null, "currency" varchar(3) not null, constraint "customer_order_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "customer_order" add constraint "customer_order_number_unique" unique ("number");`,
    );
    this.addSql(
      `create index "customer_order_partner_organization_id_index" on "customer_order" ("partner_organization_id");`,
    );
    this.addSql(`create index "customer_order_agreement_id_index" on "customer_order" ("agreement_id");`);
    this.addSql(
      `create index "customer_order_organization_id_ordered_at_index" on "customer_order" ("organization_id", "ordered_at");`,
    );
    this.addSql(
      `create index "customer_order_purchasing_account_id_ordered_at_index" on "customer_order" ("purchasing_account_id", "ordered_at");`,
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

    this.addSql(
      `create table "purchasing_account" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "number" varchar(32) not null, "name" varchar(255) not null, "address" jsonb not null, "contacts" jsonb not null, "location" varchar(2) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "purchasing_account_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "purchasing_account_organization_id_index" on "purchasing_account" ("organization_id");`,
    );
    this.addSql(
      `alter table "purchasing_account" add constraint "purchasing_account_number_unique" unique ("number");`,
    );
    this.addSql(`create index "purchasing_account_location_index" on "purchasing_account" ("location");`);

    this.addSql(
      `create table "service_purchase" ("id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "sku" varchar(255) not null, "unit_price_minor" int not null, "currency" varchar(3) not null, "purchased_at" timestamptz not null, "order_id" varchar(36) not null, constraint "service_purchase_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "service_purchase_purchasing_account_id_sku_purchased_at_index" on "service_purchase" ("purchasing_account_id", "sku", "purchased_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "customer_link" cascade;`);

    this.addSql(`drop table if exists "customer_order" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);

    this.addSql(`drop table if exists "purchasing_account" cascade;`);

    this.addSql(`drop table if exists "service_purchase" cascade;`);
  }
}
