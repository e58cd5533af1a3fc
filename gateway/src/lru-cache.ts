/**
 * A least-recently-used cache bounded by entry count, with hit and miss counts: the gateway's query
 * plan cache and Apollo's parsed-and-validated document store (both `KeyValueCache`-shaped).
 * Counting entries rather than bytes keeps the bound predictable: a plan or document is bounded by
 * the edge limits (tokens, depth), so `maxEntries` × the largest one bounds the memory.
 */
export class CountingLruCache<V> {
  private readonly entries = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(
    readonly maxEntries: number,
    private readonly onLookup: (hit: boolean) => void = () => {},
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new Error('maxEntries must be a positive integer');
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<V | undefined> {
    const value = this.entries.get(key);
    if (value === undefined) {
      this.misses++;
      this.onLookup(false);
      return undefined;
    }
    // Most recently used goes last; the first key is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, value);
    this.hits++;
    this.onLookup(true);
    return value;
  }

  async set(key: string, value: V): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Hits over lookups since start (NaN before any lookup). */
  get hitRate(): number {
    return this.hits / (this.hits + this.misses);
  }
}
