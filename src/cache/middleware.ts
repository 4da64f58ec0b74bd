import { sendEntry, type CachedEntry } from './entry';
import { etagOf } from './etag';
import { PRIVATE_CACHE_CONTROL, storedHeaders } from './headers';
import { isAnonymous, restCacheKey } from './key';
import { responseCache } from './response-cache';
import { tagsOfRestResponse } from './tags';

interface Ctx {
  method: string;
  path: string;
  url: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  type: string;
  headers: Record<string, string | string[] | undefined>;
  get(name: string): string;
  set(name: string, value: string): void;
  response: { headers: Record<string, string | string[] | number | undefined> };
}

/*
 * Public GETs of content inside Koa: a hit the HTTP fast path (fast-path.ts) did not answer
 * (it was in Redis, or being computed by a concurrent request), and every miss, which is
 * computed by the rest of Strapi's stack and stored with its headers. Requests with
 * credentials are never cached and are marked private.
 */
export function publicCacheMiddleware(config: { enabled?: boolean }) {
  const enabled = config.enabled !== false;
  return async (ctx: Ctx, next: () => Promise<void>) => {
    // Taken now: route middlewares may rewrite ctx.query, and with it ctx.url.
    const key = restCacheKey(ctx.method, ctx.url);
    if (!key) return next();
    if (!isAnonymous(ctx.headers)) {
      await next();
      ctx.set('Cache-Control', PRIVATE_CACHE_CONTROL);
      return;
    }
    const path = ctx.path;
    const query = { ...ctx.query };
    const compute = async (): Promise<CachedEntry | null> => {
      await next();
      return entryOf(ctx, path, query);
    };
    if (!enabled) {
      const entry = await compute();
      if (entry) sendEntry(ctx, entry, null);
      return;
    }
    const { entry, outcome, computedHere } = await responseCache.resolve(key, compute);
    // CORS headers are already on ctx: strapi::cors ran for this very request, before this.
    if (entry) sendEntry(ctx, entry, outcome);
    else if (!computedHere) await next();
  };
}

/** The answer Strapi computed, as a cache entry; null when it is not a cacheable one. */
function entryOf(ctx: Ctx, path: string, query: Record<string, unknown>): CachedEntry | null {
  if (ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return null;
  if (typeof ctx.body !== 'object' && typeof ctx.body !== 'string') return null;
  if (Buffer.isBuffer(ctx.body) || typeof (ctx.body as { pipe?: unknown }).pipe === 'function')
    return null;
  if (ctx.response.headers['set-cookie']) return null;
  const json = typeof ctx.body === 'object' ? ctx.body : null;
  // Encoded once: a hit then sends these bytes as they are, with no per-request encoding.
  const body = Buffer.from(typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body));
  const etag = etagOf(body);
  const headers = storedHeaders(ctx.response.headers, etag);
  headers['content-type'] ??= 'application/json; charset=utf-8';
  return { body, etag, headers, tags: tagsOfRestResponse(path, query, json) };
}
