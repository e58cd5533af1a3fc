import { defineEntity, p } from '@mikro-orm/core';
import type { FilterValue } from '../catalog/run-report.ts';

export const CustomReportSchema = defineEntity({
  name: 'CustomReport',
  tableName: 'custom_report',
  uniques: [{ properties: ['organizationId', 'name'] }],
  properties: {
    id: p.string().length(36).primary(),
    organizationId: p.string().length(36).index(),
    reportId: p.string().length(64),
    name: p.string().length(120),
    description: p.text().strictNullable(),
    filters: p.json<FilterValue[]>(),
    columns: p.json<string[]>(),
    createdBy: p.string(),
    createdAt: p.datetime(),
  },
});

/** REP-3: a saved report query of one organization, with its chosen columns in order. */
export class CustomReport extends CustomReportSchema.class {
  /** A new row's defaults (a row read from the database keeps its own values). */
  constructor() {
    super();
    this.description = null;
  }
}
CustomReportSchema.setClass(CustomReport);
