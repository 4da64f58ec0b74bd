import { createHash } from 'node:crypto';

/*
 * An in-process cache of public GET responses. Any content write bumps the generation, which
 * makes every stored entry stale at once; entries also expire after `ttlMs`, which bounds how
 * long another instance's write can stay unseen. Bounded by entry count and bytes (LRU).
 */

export interface CachedResponse {
  /** A Buffer (UTF-8) is what to store: half the memory of a string of az/ru text, sent as is. */
  body: string | Buffer;
  contentType: string;
  etag: string;
}

interface Entry extends CachedResponse {
  generation: number;
  storedAt: number;
}

export interface ResponseCacheOptions {
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
  now?: () => number;
}

export function etagOf(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private generation = 0;
  private readonly now: () => number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get(key: string): CachedResponse | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.generation !== this.generation || this.now() - entry.storedAt > this.options.ttlMs) {
      this.delete(key);
      return null;
    }
    // Re-insert: Map order is the LRU order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores a response computed while `generation` was current; a write since makes it moot. */
  set(key: string, response: CachedResponse, generation: number): void {
    if (generation !== this.generation) return;
    const size = byteSize(response.body);
    if (size > this.options.maxBytes / 4) return;
    this.delete(key);
    this.entries.set(key, { ...response, generation, storedAt: this.now() });
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes)
        break;
      this.delete(oldest);
    }
  }

  currentGeneration(): number {
    return this.generation;
  }

  invalidateAll(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= byteSize(entry.body);
    this.entries.delete(key);
  }
}

// maxBytes counts bytes: a string's length counts UTF-16 units, not what it occupies.
const byteSize = (body: string | Buffer) =>
  Buffer.isBuffer(body) ? body.length : Buffer.byteLength(body);
