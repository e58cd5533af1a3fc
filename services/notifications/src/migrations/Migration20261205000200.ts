import { Migration } from '@mikro-orm/migrations';

/**
 * API-3: webhook subscriptions. Endpoints and their attempt log; a delivery names its endpoint (one
 * delivery per event and endpoint) and when its retry window began. Each partner's single
 * `webhook_url` becomes an endpoint whose id is the partner's organization id, subscribed to the
 * NOT-2/NOT-3 types it received, with a new random secret (the partner reads it by rotating).
 */
export class Migration20261205000200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" varchar(36) not null, "organization_id" varchar(36) not null, "url" text not null, "description" varchar(500) not null, "event_types" jsonb not null, "enabled" boolean not null default true, "disabled_reason" varchar(255) null, "secret" varchar(255) not null, "previous_secret" varchar(255) null, "previous_secret_expires_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "webhook_endpoint_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_endpoint_organization_id_created_at_index" on "webhook_endpoint" ("organization_id", "created_at");`,
    );

    this.addSql(
      `create table "webhook_attempt" ("id" varchar(36) not null, "delivery_id" varchar(36) not null, "attempted_at" timestamptz not null, "status_code" int null, "response_time_ms" int not null, "error" text null, constraint "webhook_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_attempt_delivery_id_attempted_at_index" on "webhook_attempt" ("delivery_id", "attempted_at");`,
    );

    this.addSql(`alter table "delivery" add column "endpoint_id" varchar(36) not null default '';`);
    this.addSql(`alter table "delivery" add column "retry_from" timestamptz null;`);
    this.addSql(`alter table "delivery" drop constraint "delivery_event_id_recipient_unique";`);
    this.addSql(
      `alter table "delivery" add constraint "delivery_event_id_recipient_endpoint_id_unique" unique ("event_id", "recipient", "endpoint_id");`,
    );

    // Data: the deprecated single URL becomes a subscription (32 random bytes from two v4 UUIDs' randomness).
    this.addSql(
      `insert into "webhook_endpoint" ("id", "organization_id", "url", "description", "event_types", "enabled", "secret", "created_at", "updated_at")
       select "organization_id", "organization_id", "webhook_url", 'Partner notifications (the deprecated webhookUrl setting)',
         '["agreements.agreement.signed","agreements.agreement.declined","inventory.subscription.provisioned","inventory.subscription.cancelled","inventory.expiry.alerted","benefits.partner-permission.changed"]'::jsonb,
         true,
         'whsec_' || encode(decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64'),
         now(), now()
       from "partner_contact" where "webhook_url" is not null
       on conflict ("id") do nothing;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
    this.addSql(`drop table if exists "webhook_attempt" cascade;`);
    this.addSql(`alter table "delivery" drop constraint "delivery_event_id_recipient_endpoint_id_unique";`);
    this.addSql(
      `alter table "delivery" add constraint "delivery_event_id_recipient_unique" unique ("event_id", "recipient");`,
    );
    this.addSql(`alter table "delivery" drop column "endpoint_id";`);
    this.addSql(`alter table "delivery" drop column "retry_from";`);
  }
}
