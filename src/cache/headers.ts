/*
 * The headers of a cached answer, computed once when it is stored: what Strapi's middlewares
 * put on the answer (security headers from strapi::security, X-Powered-By...), plus the
 * validator and the caching policy. CORS depends on each request's Origin, so it is left out
 * and worked out per request from strapi::cors's configuration, as @koa/cors does.
 */

export const PUBLIC_CACHE_CONTROL = 'public, max-age=15, stale-while-revalidate=60';
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

// Per request or per connection, or recomputed when sent.
const NOT_STORED =
  /^(?:access-control-|set-cookie$|content-length$|date$|connection$|keep-alive$|transfer-encoding$|x-cache$|etag$|cache-control$)/;

export function storedHeaders(
  responseHeaders: Record<string, string | string[] | number | undefined>,
  etag: string
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(responseHeaders)) {
    const lower = name.toLowerCase();
    if (value === undefined || NOT_STORED.test(lower)) continue;
    headers[lower] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  headers.etag = etag;
  headers['cache-control'] = PUBLIC_CACHE_CONTROL;
  headers.vary = withVary(headers.vary, 'Authorization');
  return headers;
}

function withVary(current: string | undefined, name: string): string {
  const names = (current ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (!names.some((item) => item.toLowerCase() === name.toLowerCase())) names.push(name);
  return names.join(', ');
}

/** strapi::cors's options as config/middlewares.ts gives them (Strapi's defaults filled in). */
export interface CorsOptions {
  origin?: unknown;
  credentials?: unknown;
  expose?: unknown;
}

/** What a `credentials` function of strapi::cors may read of the request: its headers. */
export type RequestHeaderReader = (header: string) => string;

/**
 * The CORS headers @koa/cors, as strapi::cors configures it, would add to a GET from
 * `requestOrigin`; null when that cannot be told without running Koa (a function `origin`).
 * A `credentials` function (cors-policy.ts) is asked as @koa/cors asks it, with a context
 * that reads the request's headers.
 */
export function corsHeaders(
  requestOrigin: string,
  options: CorsOptions | null,
  header: RequestHeaderReader = (name) => (name.toLowerCase() === 'origin' ? requestOrigin : '')
): Record<string, string> | null {
  if (!options) return {};
  const configured = options.origin === undefined ? '*' : options.origin;
  if (typeof configured === 'function') return null;
  const credentials =
    options.credentials === undefined
      ? true
      : typeof options.credentials === 'function'
        ? Boolean(
            (options.credentials as (ctx: { get: RequestHeaderReader }) => unknown)({ get: header })
          )
        : Boolean(options.credentials);
  // strapi::cors answers '*' when the request names no origin (core middlewares/cors matchOrigin).
  let origin: string;
  if (!requestOrigin) origin = '*';
  else {
    const list = Array.isArray(configured)
      ? (configured as unknown[]).map(String)
      : configured === null
        ? ['*']
        : String(configured)
            .split(',')
            .map((item) => item.trim());
    origin = list.includes('*') || list.includes(requestOrigin) ? requestOrigin : '';
  }
  if (!origin) return {};
  if (credentials && origin === '*') origin = requestOrigin;
  const headers: Record<string, string> = { 'access-control-allow-origin': origin };
  if (credentials) headers['access-control-allow-credentials'] = 'true';
  if (options.expose) {
    headers['access-control-expose-headers'] = Array.isArray(options.expose)
      ? options.expose.join(',')
      : String(options.expose);
  }
  return headers;
}

/** A middleware's options in config/middlewares.ts, or null when it is not in the list. */
function middlewareConfig(middlewares: unknown, name: string): Record<string, unknown> | null {
  if (!Array.isArray(middlewares)) return null;
  for (const item of middlewares) {
    if (item === name) return {};
    if (item && typeof item === 'object' && (item as { name?: unknown }).name === name) {
      return ((item as { config?: Record<string, unknown> }).config ?? {}) as Record<
        string,
        unknown
      >;
    }
  }
  return null;
}

/** What the fast path adds to a stored entry, from the middleware configuration. */
export interface EdgeHeaders {
  cors: CorsOptions | null;
  /** Headers Strapi's middlewares set after the rest of the stack ran, so not in the entry. */
  late: Record<string, string>;
}

export function edgeHeadersOf(middlewares: unknown): EdgeHeaders {
  const poweredBy = middlewareConfig(middlewares, 'strapi::poweredBy');
  return {
    cors: middlewareConfig(middlewares, 'strapi::cors') as CorsOptions | null,
    // strapi::poweredBy sets its header once `next()` returns (core middlewares/powered-by).
    late: poweredBy ? { 'x-powered-by': String(poweredBy.poweredBy ?? 'Strapi <strapi.io>') } : {},
  };
}
