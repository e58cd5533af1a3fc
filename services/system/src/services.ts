import { accountsService } from '@bc/accounts';
import { agreementsService } from '@bc/agreements';
import { benefitsService } from '@bc/benefits';
import { inventoryService } from '@bc/inventory';
import { notificationsService } from '@bc/notifications';
import type { RunningService, ServiceDefinition } from '@bc/platform';
import { reportingService } from '@bc/reporting';

/**
 * The system: every service behind the gateway, in the order they start. The embedded runtime, the
 * test harness, the benchmarks, codegen, the supergraph's subgraph list and the infra checks read
 * this list (README: "Adding a service").
 */
export const services = [
  accountsService,
  notificationsService,
  agreementsService,
  inventoryService,
  benefitsService,
  reportingService,
] as const;

export type SystemService = (typeof services)[number];
export type ServiceName = SystemService['name'];
export const serviceNames = services.map((s) => s.name) as ServiceName[];

/** Each service as it runs, by name, typed by its own definition (config and what it exposes). */
export type RunningServices = {
  [D in SystemService as D['name']]: D extends ServiceDefinition<
    infer Cfg,
    infer Extra,
    D['name'],
    infer Jobs
  >
    ? RunningService<Cfg, Extra, Jobs>
    : never;
};
