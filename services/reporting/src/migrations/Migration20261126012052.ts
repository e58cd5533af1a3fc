import { Migration } from '@mikro-orm/migrations';

export class Migration20261126012052 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rm_agreement_offer" ("agreement_id" varchar(36) not null, "code" varchar(64) not null, "organization_id" varchar(36) not null, "name" varchar(255) not null, "product_pool" varchar(255) not null, "price_level" varchar(255) not null, constraint "rm_agreement_offer_pkey" primary key ("agreement_id", "code"));`,
    );
    this.addSql(
      `create index "rm_agreement_offer_organization_id_index" on "rm_agreement_offer" ("organization_id");`,
    );

    this.addSql(
      `create table "rm_agreement" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "number" varchar(255) not null, "purchasing_account_id" varchar(36) not null, "status" varchar(255) not null, "signing_method" varchar(255) not null, "signer_name" varchar(255) not null, "signed_on" varchar(10) not null, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "anniversary_month" int not null, constraint "rm_agreement_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "rm_agreement_organization_id_index" on "rm_agreement" ("organization_id");`);

    this.addSql(
      `create table "custom_report" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "report_id" varchar(64) not null, "name" varchar(120) not null, "description" text null, "filters" jsonb not null, "columns" jsonb not null, "created_by" varchar(255) not null, "created_at" timestamptz not null, constraint "custom_report_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "custom_report_organization_id_index" on "custom_report" ("organization_id");`);
    this.addSql(
      `alter table "custom_report" add constraint "custom_report_organization_id_name_unique" unique ("organization_id", "name");`,
    );

    this.addSql(
      `create table "rm_entitlement" ("purchasing_account_id" varchar(36) not null, "benefit_code" varchar(40) not null, "organization_id" varchar(36) not null, "benefit_name" varchar(255) not null, "unit" varchar(255) not null, "entitled" int not null, "used" int not null, "available" int not null, "as_of" varchar(32) not null, constraint "rm_entitlement_pkey" primary key ("purchasing_account_id", "benefit_code"));`,
    );
    this.addSql(
      `create index "rm_entitlement_organization_id_index" on "rm_entitlement" ("organization_id");`,
    );

    this.addSql(
      `create table "rm_license" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "sku" varchar(255) not null, "product_name" varchar(255) not null, "family" varchar(255) not null, "quantity" int not null, "software_assurance" boolean not null, "status" varchar(255) not null, "expires_on" varchar(10) not null, constraint "rm_license_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "rm_license_organization_id_index" on "rm_license" ("organization_id");`);

    this.addSql(
      `create table "rm_order_line" ("order_id" varchar(36) not null, "line_number" int not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "order_number" varchar(255) not null, "agreement_number" varchar(255) not null, "ordered_on" varchar(10) not null, "order_type" varchar(255) not null, "purchase_order_number" varchar(255) not null, "kind" varchar(255) not null, "sku" varchar(255) not null, "name" varchar(255) not null, "quantity" int not null, "unit_price_minor" int not null, "list_unit_price_minor" int not null, "currency" varchar(3) not null, "price_protected" boolean not null, constraint "rm_order_line_pkey" primary key ("order_id", "line_number"));`,
    );
    this.addSql(`create index "rm_order_line_organization_id_index" on "rm_order_line" ("organization_id");`);

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
      `create table "rm_purchasing_account" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "number" varchar(255) not null, "name" varchar(255) not null, "location" varchar(255) not null, "city" varchar(255) not null, "contact_name" varchar(255) not null, "contact_email" varchar(255) not null, "contact_search" text not null, constraint "rm_purchasing_account_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "rm_purchasing_account_organization_id_index" on "rm_purchasing_account" ("organization_id");`,
    );

    this.addSql(
      `create table "read_model_generation" ("id" int not null default 1, "generation" int not null default 1, "rebuilt_at" timestamptz null, constraint "read_model_generation_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "rm_subscription" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "sku" varchar(255) not null, "service_name" varchar(255) not null, "plan" varchar(255) not null, "quantity" int not null, "status" varchar(255) not null, "self_provisioned" boolean not null, "order_number" varchar(255) null, "expires_on" varchar(10) not null, constraint "rm_subscription_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "rm_subscription_organization_id_index" on "rm_subscription" ("organization_id");`,
    );

    this.addSql(
      `create table "rm_support_request" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "channel" varchar(255) not null, "summary" text not null, "opened_by" varchar(255) not null, "opened_on" varchar(10) not null, constraint "rm_support_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "rm_support_request_organization_id_index" on "rm_support_request" ("organization_id");`,
    );

    this.addSql(
      `create table "rm_voucher" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "purchasing_account_id" varchar(36) not null, "employee_name" varchar(255) null, "email" varchar(255) null, "days" int not null, "language" varchar(255) null, "voucher_code" varchar(255) null, "assigned_on" varchar(10) null, "revoked_on" varchar(10) null, constraint "rm_voucher_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "rm_voucher_organization_id_index" on "rm_voucher" ("organization_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rm_agreement_offer" cascade;`);

    this.addSql(`drop table if exists "rm_agreement" cascade;`);

    this.addSql(`drop table if exists "custom_report" cascade;`);

    this.addSql(`drop table if exists "rm_entitlement" cascade;`);

    this.addSql(`drop table if exists "rm_license" cascade;`);

    this.addSql(`drop table if exists "rm_order_line" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "processed_event" cascade;`);

    this.addSql(`drop table if exists "rm_purchasing_account" cascade;`);

    this.addSql(`drop table if exists "read_model_generation" cascade;`);

    this.addSql(`drop table if exists "rm_subscription" cascade;`);

    this.addSql(`drop table if exists "rm_support_request" cascade;`);

    this.addSql(`drop table if exists "rm_voucher" cascade;`);
  }
}
