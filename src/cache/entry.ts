import { matchesIfNoneMatch } from './etag';

/**
 * A cached answer, ready to send: the body as bytes (half the memory of a string of az/ru
 * text, sent as is) and every header precomputed, so a hit costs no encoding and no hashing.
 */
export interface CachedEntry {
  body: Buffer;
  etag: string;
  /** Header name (lower case) → value, as sent on a 200 (ETag, Cache-Control, security...). */
  headers: Record<string, string>;
  tags: string[];
}

/** The part of Koa's context that sending an entry needs. */
export interface EntryResponse {
  status: number;
  body: unknown;
  type: string;
  get(name: string): string;
  set(name: string, value: string): void;
}

/**
 * Sends `entry` with its stored headers and `X-Cache: <outcome>` (none with the cache off:
 * nothing was looked up); a 304 when the request's If-None-Match names its ETag and
 * `conditional` allows one (a GraphQL POST is not a conditional request).
 */
export function sendEntry(
  ctx: EntryResponse,
  entry: CachedEntry,
  outcome: 'HIT' | 'MISS' | null,
  conditional = true
): void {
  for (const [name, value] of Object.entries(entry.headers)) ctx.set(name, value);
  if (outcome) ctx.set('X-Cache', outcome);
  if (conditional && matchesIfNoneMatch(ctx.get('if-none-match'), entry.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.type = entry.headers['content-type'];
  ctx.body = entry.body;
}

/* Redis keeps an entry as one value: 4 bytes of meta length, the meta as JSON, the body. */
export function encodeEntry(entry: CachedEntry): Buffer {
  const meta = Buffer.from(JSON.stringify({ e: entry.etag, h: entry.headers, t: entry.tags }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(meta.length);
  return Buffer.concat([length, meta, entry.body]);
}

export function decodeEntry(value: Buffer): CachedEntry | null {
  if (value.length < 4) return null;
  const length = value.readUInt32BE(0);
  if (4 + length > value.length) return null;
  try {
    const meta = JSON.parse(value.subarray(4, 4 + length).toString('utf8')) as {
      e: string;
      h: Record<string, string>;
      t: string[];
    };
    return { etag: meta.e, headers: meta.h, tags: meta.t, body: value.subarray(4 + length) };
  } catch {
    return null;
  }
}
