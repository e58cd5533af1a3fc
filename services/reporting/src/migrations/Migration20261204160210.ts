import { Migration } from '@mikro-orm/migrations';

/** API-5: order-line prices beyond 32 bits (and `quantity * unit_price_minor` computed in bigint). */
export class Migration20261204160210 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "rm_order_line" alter column "unit_price_minor" type bigint, alter column "list_unit_price_minor" type bigint;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "rm_order_line" alter column "unit_price_minor" type int, alter column "list_unit_price_minor" type int;`,
    );
  }
}
