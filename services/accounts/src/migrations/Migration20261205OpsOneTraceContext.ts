import { Migration } from '@mikro-orm/migrations';

/**
 * OPS-1: an outbox row keeps the W3C trace context of the unit of work that wrote it; the relay sends
 * it in the message's headers so consumers join the request's trace.
 */
export class Migration20261205OpsOneTraceContext extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "outbox_message" add column "traceparent" varchar(55) null, add column "tracestate" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_message" drop column "traceparent", drop column "tracestate";`);
  }
}
