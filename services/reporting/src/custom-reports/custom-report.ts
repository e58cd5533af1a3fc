import { EntitySchema } from '@mikro-orm/core';
import type { FilterValue } from '../catalog/run-report.ts';

/** REP-3: a saved report query of one organization, with its chosen columns in order. */
export class CustomReport {
  id!: string;
  organizationId!: string;
  reportId!: string;
  name!: string;
  description: string | null = null;
  filters!: FilterValue[];
  columns!: string[];
  createdBy!: string;
  createdAt!: Date;
}

export const CustomReportSchema = new EntitySchema<CustomReport>({
  class: CustomReport,
  tableName: 'custom_report',
  uniques: [{ properties: ['organizationId', 'name'] }],
  properties: {
    id: { type: 'string', length: 36, primary: true },
    organizationId: { type: 'string', length: 36, index: true },
    reportId: { type: 'string', length: 64 },
    name: { type: 'string', length: 120 },
    description: { type: 'text', nullable: true },
    filters: { type: 'json' },
    columns: { type: 'json' },
    createdBy: { type: 'string' },
    createdAt: { type: 'datetime' },
  },
});
