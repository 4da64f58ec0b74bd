import type { CachedEntry } from './entry';

/*
 * The in-process response store: LRU, bounded by entries and bytes, with a tag index so an
 * invalidation drops exactly the entries that carry one of its tags. An answer computed while a
 * write to its tags committed must not be stored: `mark()` is taken before computing, and
 * `set()` refuses an entry when an invalidation since that mark touched one of its tags.
 */

export interface MemoryStoreOptions {
  maxEntries: number;
  maxBytes: number;
  /** A backstop only: invalidations, not age, are what keep entries current. */
  ttlMs: number;
  now?: () => number;
}

interface Stored {
  entry: CachedEntry;
  storedAt: number;
}

/** How many recent invalidations `set()` can check a mark against. */
const LOG_SIZE = 512;

export class MemoryStore {
  private readonly entries = new Map<string, Stored>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;
  private sequence = 0;
  /** Recent invalidations: their sequence number and tags (null: everything). */
  private readonly log: { sequence: number; tags: Set<string> | null }[] = [];
  private readonly now: () => number;

  constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
  }

  get(key: string): CachedEntry | null {
    const stored = this.entries.get(key);
    if (!stored) return null;
    if (this.now() - stored.storedAt > this.options.ttlMs) {
      this.delete(key);
      return null;
    }
    // Re-insert: Map order is the LRU order.
    this.entries.delete(key);
    this.entries.set(key, stored);
    return stored.entry;
  }

  /** Where the invalidations stand now; hand it to set() for an answer computed from here on. */
  mark(): number {
    return this.sequence;
  }

  /** Stores an entry computed since `mark`, unless a write to its tags committed meanwhile. */
  set(key: string, entry: CachedEntry, mark: number): boolean {
    if (this.invalidatedSince(mark, entry.tags)) return false;
    const size = entry.body.length;
    if (size > this.options.maxBytes / 4) return false;
    this.delete(key);
    this.entries.set(key, { entry, storedAt: this.now() });
    this.bytes += size;
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes)
        break;
      this.delete(oldest);
    }
    return true;
  }

  /** Drops the entries carrying any of `tags`; no tags: every entry. */
  invalidate(tags?: readonly string[]): void {
    this.sequence += 1;
    this.log.push({ sequence: this.sequence, tags: tags ? new Set(tags) : null });
    if (this.log.length > LOG_SIZE) this.log.shift();
    if (!tags) {
      this.entries.clear();
      this.byTag.clear();
      this.bytes = 0;
      return;
    }
    for (const tag of tags) {
      for (const key of this.byTag.get(tag) ?? []) this.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private invalidatedSince(mark: number, tags: readonly string[]): boolean {
    if (mark === this.sequence) return false;
    // Older than what the log remembers: assume the worst.
    if (this.log.length === 0 || this.log[0].sequence > mark + 1) return true;
    return this.log.some(
      (item) => item.sequence > mark && (!item.tags || tags.some((tag) => item.tags?.has(tag)))
    );
  }

  private delete(key: string): void {
    const stored = this.entries.get(key);
    if (!stored) return;
    this.bytes -= stored.entry.body.length;
    this.entries.delete(key);
    for (const tag of stored.entry.tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
