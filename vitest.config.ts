import { defineConfig } from 'vitest/config';

/**
 * Projects: `unit` (pure rules, no servers), `service` (one service on PostgreSQL, the medium tier),
 * and the same scenario files run as `fast`
 * (SQLite + in-process events + mailbox) and `system` (PostgreSQL + Kafka + SMTP, started by
 * scripts/infra from the global setup). Scenarios always go through the gateway over HTTP. `browser`: the
 * portal in Chromium against the embedded system (scripts/browser).
 */
const scenarios = ['scripts/scenarios/**/*.scenario.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'services/*/src/**/*.test.ts',
            'gateway/src/**/*.test.ts',
            'scripts/lib/**/*.test.ts',
            'infra/**/*.test.ts',
          ],
          exclude: ['**/node_modules/**', '**/*.service.test.ts'],
        },
      },
      {
        // The medium tier: one service on a real PostgreSQL database, fed other services' contracts.
        test: {
          name: 'service',
          include: ['services/*/src/**/*.service.test.ts'],
          globalSetup: ['scripts/harness/postgres-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'fast',
          include: scenarios,
          env: { BC_TIER: 'fast' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'system',
          include: scenarios,
          env: { BC_TIER: 'system' },
          globalSetup: ['scripts/scenarios/support/system-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The portal in Debian's Chromium (playwright-core) against the embedded system: one file at a time.
        test: {
          name: 'browser',
          include: ['scripts/browser/**/*.browser.test.ts'],
          globalSetup: ['scripts/browser/support/browser-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Faults stop the shared broker: one file, alone, after the system tier.
        test: {
          name: 'faults',
          include: ['scripts/faults/**/*.test.ts'],
          env: { BC_TIER: 'system' },
          globalSetup: ['scripts/scenarios/support/system-setup.ts'],
          fileParallelism: false,
          testTimeout: 360_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
