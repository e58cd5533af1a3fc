import { baseConfigSchema, defineService } from '@bc/platform';
import { z } from 'zod';
import type { ReportingContext } from './context.ts';
import { CustomReportSchema } from './custom-reports/custom-report.ts';
import { exportRoute } from './export/report-export.ts';
import { migrations } from './migrations/index.ts';
import { readModelSchemas } from './read-models/read-models.ts';
import { ReadModelBuilder, ReadModelGenerationSchema } from './rebuild/read-model-builder.ts';
import { resolvers } from './resolvers.ts';

export const SERVICE = 'reporting';

export const reportingConfigSchema = baseConfigSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4006),
  /** REP-5: the gateway's public URL: links are `<it>/exports/…`, which the gateway forwards here. */
  BC_PUBLIC_URL: z.string().url().default('http://127.0.0.1:4000'),
});

export const entities = [...readModelSchemas, CustomReportSchema, ReadModelGenerationSchema];
/** Reporting: the read models built from every service's events, standard and custom reports, exports. */
export const reportingService = defineService({
  name: SERVICE,
  port: 4006,
  moduleUrl: import.meta.url,
  config: reportingConfigSchema,
  entities,
  migrations,
  async setup(runtime, config) {
    const builder = new ReadModelBuilder({
      em: runtime.orm.em,
      transport: runtime.transport,
      clock: runtime.clock,
      logger: runtime.logger.child({ component: 'read-models' }),
    });
    const secret = runtime.secretFor('export-links');
    return {
      resolvers,
      context: (base): ReportingContext => ({
        ...base,
        deps: { builder, exportLinks: { secret, publicUrl: config.BC_PUBLIC_URL } },
      }),
      routes: {
        // ACC-4/5: a link stops working when the session that asked for it ends or the user's access changes.
        '/exports/file': exportRoute({
          em: runtime.orm.em,
          secret,
          clock: runtime.clock,
          revocations: runtime.revocations,
        }),
      },
      workers: [builder],
      expose: { builder },
    };
  },
});
