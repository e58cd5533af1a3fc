import type { OperationRecord } from '@bc/platform/edge';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { CountingLruCache } from './lru-cache.ts';

const BUCKETS = [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Operation names kept as label values; any further distinct name is counted as `other`. */
export const MAX_OPERATION_NAMES = 100;

/**
 * Bounds the `operation` label: anonymous operations and those refused before their document
 * resolved are `anonymous`; the first `max` distinct names are kept (truncated to 64 characters);
 * later ones are `other`, so a client inventing names cannot grow the series without end.
 */
export function operationLabeller(max = MAX_OPERATION_NAMES): (name: string | null) => string {
  const known = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    const label = name.slice(0, 64);
    if (known.has(label)) return label;
    if (known.size >= max) return 'other';
    known.add(label);
    return label;
  };
}

/** GW-4: the gateway's request metrics, on its `/metrics` next to the HTTP and process series. */
export function createGatewayMetrics() {
  const registry = new Registry();
  const operations = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations through the gateway by operation name and outcome (ok, error, refused)',
    labelNames: ['operation', 'outcome'],
    buckets: BUCKETS,
    registers: [registry],
  });
  const subgraphFetches = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Fetches from the gateway to each subgraph by outcome (ok, error: GraphQL errors, failure: no answer)',
    labelNames: ['subgraph', 'outcome'],
    buckets: BUCKETS,
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'gateway_cache_lookups_total',
    help: 'Lookups in the query plan cache and the validated document store, by result (hit, miss)',
    labelNames: ['cache', 'result'],
    registers: [registry],
  });
  const cacheSizes = new Map<string, () => number>();
  new Gauge({
    name: 'gateway_cache_entries',
    help: 'Entries held by the query plan cache and the validated document store',
    labelNames: ['cache'],
    registers: [registry],
    collect() {
      for (const [cache, size] of cacheSizes) this.set({ cache }, size());
    },
  });
  const label = operationLabeller();
  return {
    registry,
    subgraphFetches,
    observeOperation(record: OperationRecord) {
      operations.observe({ operation: label(record.operation), outcome: record.outcome }, record.seconds);
    },
    /** A bounded LRU cache whose lookups and size show on `/metrics` under `cache`. */
    cache<V>(cache: 'query_plan' | 'document', maxEntries: number): CountingLruCache<V> {
      const hit = cacheLookups.labels({ cache, result: 'hit' });
      const miss = cacheLookups.labels({ cache, result: 'miss' });
      const lru = new CountingLruCache<V>(maxEntries, (isHit) => (isHit ? hit.inc() : miss.inc()));
      cacheSizes.set(cache, () => lru.size);
      return lru;
    },
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;
