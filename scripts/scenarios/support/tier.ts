import { ManualClock } from '@bc/platform';
import { afterAll, beforeAll } from 'vitest';
import { type RunningSystem, type SystemOptions, startSystem, type Tier } from '../../harness/system.ts';

/** The tier this run is for; a scenario file never decides to skip. */
export function currentTier(): Exclude<Tier, 'embedded'> {
  const tier = process.env.BC_TIER;
  if (tier !== 'fast' && tier !== 'system') throw new Error(`BC_TIER must be fast or system, got ${tier}`);
  return tier;
}

/**
 * The one setup every scenario file uses: the whole system on this tier with a manual clock,
 * started before the file's tests and stopped after them.
 */
export function useSystem(options: Omit<SystemOptions, 'tier' | 'clock'> = {}): {
  system: RunningSystem;
  clock: ManualClock;
} {
  const holder = { clock: new ManualClock('2026-03-02T09:00:00.000Z') } as {
    system: RunningSystem;
    clock: ManualClock;
  };
  beforeAll(async () => {
    holder.system = await startSystem({ ...options, tier: currentTier(), clock: holder.clock });
    if (currentTier() === 'system') console.log(`[system tier] ${await holder.system.describe()}`);
  });
  afterAll(async () => {
    await holder.system?.stop();
  });
  return holder;
}
