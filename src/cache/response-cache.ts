import type { CachedEntry } from './entry';
import { MemoryStore } from './memory-store';
import type { RedisMark, RedisStore } from './redis-store';

/*
 * The response cache of this process: memory first, then Redis when configured, then the
 * computation. Concurrent misses of one key wait for one computation (request coalescing), so
 * an invalidated hot page sends one query to the database, not one per waiting visitor.
 */

export type CacheOutcome = 'HIT' | 'MISS';

export interface Computed {
  /** null: this answer is not to be cached (an error, a stream, a private answer). */
  entry: CachedEntry | null;
}

export class ResponseCache {
  readonly memory = new MemoryStore({
    maxEntries: 20_000,
    maxBytes: 128 * 1024 * 1024,
    ttlMs: 300_000,
  });
  private shared: RedisStore | null = null;
  private readonly inflight = new Map<string, Promise<CachedEntry | null>>();
  /** False while this process cannot hear other processes' writes: nothing is trusted then. */
  private trusted: () => boolean = () => true;

  useShared(store: RedisStore | null): void {
    this.shared = store;
  }

  trustWhen(trusted: () => boolean): void {
    this.trusted = trusted;
  }

  get sharedStore(): RedisStore | null {
    return this.shared;
  }

  /** The stored answer in memory, synchronously (for the HTTP fast path); null on a miss. */
  peek(key: string): CachedEntry | null {
    return this.trusted() ? this.memory.get(key) : null;
  }

  /**
   * The answer for `key`: from memory, Redis, or `compute` (once for all concurrent callers).
   * `compute` runs the request; when its answer is not cacheable the waiters compute their own.
   */
  async resolve(
    key: string,
    compute: () => Promise<CachedEntry | null>
  ): Promise<{ entry: CachedEntry | null; outcome: CacheOutcome; computedHere: boolean }> {
    if (!this.trusted()) return { entry: await compute(), outcome: 'MISS', computedHere: true };
    const hit = this.memory.get(key);
    if (hit) return { entry: hit, outcome: 'HIT', computedHere: false };

    const pending = this.inflight.get(key);
    if (pending) {
      const shared = await pending.catch(() => null);
      if (shared) return { entry: shared, outcome: 'HIT', computedHere: false };
      return { entry: await compute(), outcome: 'MISS', computedHere: true };
    }

    let outcome: CacheOutcome = 'MISS';
    const run = (async () => {
      const mark = this.memory.mark();
      const fromRedis = this.shared ? await this.shared.read(key) : null;
      if (fromRedis?.entry) {
        outcome = 'HIT';
        this.memory.set(key, fromRedis.entry, mark);
        return fromRedis.entry;
      }
      const entry = await compute();
      if (entry && this.trusted()) {
        this.memory.set(key, entry, mark);
        if (fromRedis) void this.shared?.store(key, entry, fromRedis.mark as RedisMark);
      }
      return entry;
    })();
    this.inflight.set(key, run);
    try {
      return { entry: await run, outcome, computedHere: outcome === 'MISS' };
    } finally {
      this.inflight.delete(key);
    }
  }

  /** Drops the entries of `tags` (none: everything) here and, when configured, in Redis. */
  invalidate(tags?: readonly string[]): void {
    this.memory.invalidate(tags);
    void this.shared?.invalidate(tags);
  }
}

/** The one response cache of this process, shared by the middleware and the invalidation. */
export const responseCache = new ResponseCache();
