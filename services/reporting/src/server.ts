import {
  baseConfigSchema,
  createAccessTokenVerifier,
  loadConfig,
  type ServiceOptions,
  ServiceRuntime,
  serviceFiles,
} from '@bc/platform';
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
  /** REP-5: where users reach this service's /exports route, and how their tokens are checked there. */
  BC_PUBLIC_URL: z.string().url().default('http://127.0.0.1:4006'),
  BC_JWKS_URL: z.string().url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  BC_JWT_ISSUER: z.string().default('https://accounts.businesscenter.example'),
  BC_JWT_AUDIENCE: z.string().default('business-center'),
});

export const entities = [...readModelSchemas, CustomReportSchema, ReadModelGenerationSchema];
export const { typeDefs, migrationsPath } = serviceFiles(import.meta.url);
export { migrations };

/** Builds the reporting subgraph without listening (tests and the embedded start use it). */
export async function buildReportingService(options: ServiceOptions = {}) {
  const config = loadConfig(reportingConfigSchema, options.env ?? process.env);
  const runtime = await ServiceRuntime.open({
    name: SERVICE,
    config,
    entities,
    migrationsPath,
    migrations,
    ...options,
  });
  const builder = new ReadModelBuilder({
    em: runtime.orm.em,
    transport: runtime.transport,
    clock: runtime.clock,
    logger: runtime.logger.child({ component: 'read-models' }),
    outbox: runtime.outbox,
  });
  let publicUrl = config.BC_PUBLIC_URL;
  const secret = runtime.secretFor('export-links');
  const verifyAccessToken = createAccessTokenVerifier({
    jwksUrl: config.BC_JWKS_URL,
    issuer: config.BC_JWT_ISSUER,
    audience: config.BC_JWT_AUDIENCE,
    clock: runtime.clock,
    // ACC-4: a link stops working when the session that asked for it ends.
    revocations: runtime.revocations,
  });
  const http = runtime.createSubgraphServer<ReportingContext>({
    typeDefs,
    resolvers,
    context: (base) => ({ ...base, deps: { builder, exportLinks: { secret, publicUrl: () => publicUrl } } }),
    routes: {
      '/exports/file': exportRoute({ em: runtime.orm.em, secret, clock: runtime.clock, verifyAccessToken }),
    },
  });
  return {
    runtime,
    http,
    config,
    builder,
    /** The embedded start and tests listen on a port chosen at run time. */
    setPublicUrl(url: string) {
      publicUrl = url;
    },
    async start() {
      await runtime.startEvents();
      await builder.start();
    },
    async stop() {
      await builder.stop();
      await runtime.stop();
    },
  };
}

/** For benchmarks (scripts/bench/report-export.ts): the export path without HTTP. */
export { resolveQuery } from './catalog/run-report.ts';
export { writeExport } from './export/export-writer.ts';
