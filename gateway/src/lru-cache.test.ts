import { describe, expect, it } from 'vitest';
import { CountingLruCache } from './lru-cache.ts';
import { operationLabeller } from './metrics.ts';

describe('GW-4 gateway caches and metric labels', () => {
  it('GW-4 the LRU cache keeps at most maxEntries, evicts the least recently used and counts hits', async () => {
    const lookups: boolean[] = [];
    const cache = new CountingLruCache<number>(2, (hit) => lookups.push(hit));
    await cache.set('a', 1);
    await cache.set('b', 2);
    expect(await cache.get('a')).toBe(1); // a is now the most recent
    await cache.set('c', 3); // evicts b
    expect(cache.size).toBe(2);
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('c')).toBe(3);
    expect(lookups).toEqual([true, false, true]);
    expect(cache.hitRate).toBeCloseTo(2 / 3);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(() => new CountingLruCache(0)).toThrow();
  });

  it('GW-4 operation labels are bounded: anonymous, the first names, then other', () => {
    const label = operationLabeller(2);
    expect(label(null)).toBe('anonymous');
    expect(label('')).toBe('anonymous');
    expect(label('Dashboard')).toBe('Dashboard');
    expect(label('Me')).toBe('Me');
    expect(label('Invented1')).toBe('other');
    expect(label('Dashboard')).toBe('Dashboard');
    expect(operationLabeller()('x'.repeat(200))).toHaveLength(64);
  });
});
