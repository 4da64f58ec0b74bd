import type { Core } from '@strapi/strapi';
import { etagOf } from '../site/response-cache';
import { publicResponseCache } from '../site/public-cache-state';

interface Ctx {
  method: string;
  path: string;
  url: string;
  status: number;
  body: unknown;
  type: string;
  get(name: string): string;
  set(name: string, value: string): void;
  response: { get(name: string): string };
}

const CACHEABLE = /^\/api\/(articles|sections|sources|feeds|sitemaps)(\/|$|\?)/;
export const PUBLIC_CACHE_CONTROL = 'public, max-age=15, stale-while-revalidate=60';

/*
 * Public GETs of content: ETag and Cache-Control always; answered from memory when the same
 * URL was served since the last content write, before authentication and routing touch the
 * database. Requests with credentials are never cached and are marked private.
 */
export default (config: { enabled?: boolean }, _ctx: { strapi: Core.Strapi }) => {
  const enabled = config.enabled !== false;
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !CACHEABLE.test(ctx.path)) return next();
    if (ctx.get('authorization')) {
      await next();
      ctx.set('Cache-Control', 'private, no-store');
      return;
    }

    // Taken now: route middlewares may rewrite ctx.query, and with it ctx.url.
    const key = ctx.url;
    const hit = enabled ? publicResponseCache.get(key) : null;
    if (hit) return reply(ctx, hit.body, hit.contentType, hit.etag);

    const generation = publicResponseCache.currentGeneration();
    await next();
    if (ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return;
    if (typeof ctx.body !== 'object' && typeof ctx.body !== 'string') return;
    if (Buffer.isBuffer(ctx.body) || typeof (ctx.body as { pipe?: unknown }).pipe === 'function')
      return;
    // Encoded once: a hit then sends these bytes as they are, with no per-request encoding.
    const body = Buffer.from(typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body));
    const contentType = ctx.response.get('Content-Type') || 'application/json; charset=utf-8';
    const etag = etagOf(body);
    if (enabled) publicResponseCache.set(key, { body, contentType, etag }, generation);
    reply(ctx, body, contentType, etag);
  };
};

function reply(ctx: Ctx, body: string | Buffer, contentType: string, etag: string): void {
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  ctx.set('Vary', 'Authorization');
  const ifNoneMatch = ctx.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === etag || tag === '*')) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.type = contentType;
  ctx.body = body;
}
