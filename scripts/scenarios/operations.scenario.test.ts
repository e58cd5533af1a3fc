import { serviceNames } from '@bc/system';
import { ok, PASSWORD, registerCustomer, signIn } from '@bc/system/flows';
import { describe, expect, it } from 'vitest';
import { useSystem } from './support/tier.ts';

const ctx = useSystem();

/** OPS-3: what each service keeps, and for how long (defaults: services/platform README, Retention); OPS-4: what it tells a scraper. */
describe('OPS-3 OPS-4 retention and operational metrics', () => {
  const count = async (service: (typeof serviceNames)[number], sql: string) => {
    const [row] = await ctx.system[service].runtime.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number | string }[]>(sql);
    return Number(row?.n ?? 0);
  };
  const tables = async () => ({
    published: (
      await Promise.all(
        serviceNames.map((s) =>
          count(s, 'select count(*) as n from outbox_message where published_at is not null'),
        ),
      )
    ).reduce((a, b) => a + b, 0),
    unpublished: (
      await Promise.all(
        serviceNames.map((s) =>
          count(s, 'select count(*) as n from outbox_message where published_at is null'),
        ),
      )
    ).reduce((a, b) => a + b, 0),
    processed: (
      await Promise.all(serviceNames.map((s) => count(s, 'select count(*) as n from processed_event')))
    ).reduce((a, b) => a + b, 0),
    endedSessions: await count('accounts', 'select count(*) as n from session where revoked_at is not null'),
    deliveries: await count(
      'notifications',
      "select count(*) as n from delivery where status in ('SENT', 'FAILED')",
    ),
    mailbox: await count('notifications', 'select count(*) as n from mailbox_message'),
  });
  const pruneAll = async () => {
    const deleted: Record<string, Record<string, number>> = {};
    for (const name of serviceNames) deleted[name] = await ctx.system[name].prune();
    return deleted;
  };

  it('OPS-3 published events, processed event ids, ended sessions, finished deliveries and mailbox messages go once older than their age; nothing younger, nothing unpublished', async () => {
    const { system, clock } = ctx;
    const customer = await registerCustomer(system);
    await ok(system.gatewayUrl, 'mutation { signOut }', {}, customer.admin.accessToken);
    await system.settle();
    const before = await tables();
    expect(before).toMatchObject({ unpublished: 0, endedSessions: 1 });
    for (const key of ['published', 'processed', 'deliveries'] as const)
      expect(before[key], key).toBeGreaterThan(0);

    // Younger than every age: nothing goes.
    clock.advance(6 * 24 * 60 * 60 * 1000);
    await pruneAll();
    expect(await tables()).toEqual(before);

    // Past 7 days the published outbox rows go; the others are kept for 30 days.
    clock.advance(2 * 24 * 60 * 60 * 1000);
    await pruneAll();
    expect(await tables()).toEqual({ ...before, published: 0 });

    // Past 31 days (the refresh tokens ended after a day) everything old goes.
    clock.advance(24 * 24 * 60 * 60 * 1000);
    const deleted = await pruneAll();
    expect(await tables()).toEqual({
      published: 0,
      unpublished: 0,
      processed: 0,
      endedSessions: 0,
      deliveries: 0,
      mailbox: 0,
    });
    expect(deleted.accounts!['ended sessions']).toBeGreaterThanOrEqual(1);
    console.log(
      `[OPS-3] before pruning: ${JSON.stringify(before)}; deleted at day 32: ${JSON.stringify(deleted)}`,
    );

    // The system works on: a new sign-in writes, publishes and is consumed as before.
    const session = await signIn(system, customer.admin.user.workAccount, PASSWORD);
    await ok(system.gatewayUrl, '{ me { id } }', {}, session.accessToken);
    await system.settle();
    expect((await tables()).unpublished).toBe(0);
  });

  it('OPS-4 every service serves its outbox backlog and oldest age, dead letters and job runs; notifications its delivery attempts', async () => {
    const { system } = ctx;
    await registerCustomer(system);
    await system.settle();
    for (const name of serviceNames) {
      await system[name].prune();
      const text = await (await fetch(`${system.urlOf(name)}/metrics`)).text();
      expect(text, name).toMatch(new RegExp(`^events_outbox_backlog\\{service="${name}"\\} 0$`, 'm'));
      expect(text, name).toMatch(
        new RegExp(`^events_outbox_oldest_age_seconds\\{service="${name}"\\} 0$`, 'm'),
      );
      expect(text, name).toMatch(/^# TYPE events_dead_lettered_total counter$/m);
      expect(text, name).toMatch(
        new RegExp(`^jobs_runs_total\\{job="retention",outcome="ok",service="${name}"\\} [1-9]`, 'm'),
      );
    }
    const notifications = await (await fetch(`${system.urlOf('notifications')}/metrics`)).text();
    expect(notifications).toMatch(
      /^deliveries_attempts_total\{channel="EMAIL",outcome="sent",service="notifications"\} [1-9]/m,
    );
  });
});
