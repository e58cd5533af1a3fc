import { Migration } from '@mikro-orm/migrations';

export class Migration20261125142308 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "customer_link" ("partner_organization_id" varchar(36) not null, "customer_organization_id" varchar(36) not null, "customer_name" varchar(255) not null, "linked_at" timestamptz not null, constraint "customer_link_pkey" primary key ("partner_organization_id", "customer_organization_id"));`,
    );
    this.addSql(
      `create index "customer_link_customer_organization_id_index" on "customer_link" ("customer_organization_id");`,
    );

    this.addSql(
      `create table "license" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "order_id" varchar(36) not null, "order_number" varchar(32) not null, "order_line_number" int not null, "sku" varchar(255) not null, "product_id" varchar(255) not null, "product_name" varchar(255) not null, "family" varchar(255) not null, "version" varchar(255) not null, "edition" varchar(255) not null, "quantity" int not null, "software_assurance" boolean not null, "expires_on" varchar(10) not null, "status" varchar(16) not null default 'ACTIVE', "granted_at" timestamptz not null, constraint "license_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "license_organization_id_purchasing_account_id_index" on "license" ("organization_id", "purchasing_account_id");`,
    );
    this.addSql(
      `alter table "license" add constraint "license_order_id_order_line_number_unique" unique ("order_id", "order_line_number");`,
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
      `create table "subscription" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "order_id" varchar(36) null, "order_number" varchar(32) null, "order_line_number" int null, "sku" varchar(255) not null, "product_id" varchar(255) not null, "service_name" varchar(255) not null, "plan" varchar(255) not null, "quantity" int not null, "status" varchar(16) not null, "expires_on" varchar(10) not null, "manage_url" varchar(255) null, "created_at" timestamptz not null, constraint "subscription_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "subscription_organization_id_purchasing_account_id_index" on "subscription" ("organization_id", "purchasing_account_id");`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_order_id_order_line_number_unique" unique ("order_id", "order_line_number");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_link" cascade;`);

    this.addSql(`drop table if exists "license" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);

    this.addSql(`drop table if exists "subscription" cascade;`);
  }
}
