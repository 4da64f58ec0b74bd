/*
 * Which browser origins may call the API, from CMS_CORS_ORIGINS (pure; config/middlewares.ts
 * hands the result to `strapi::cors`). Strapi's default answers every Origin with
 * `Access-Control-Allow-Credentials: true`, so any site a signed-in editor visits could call
 * the API with their cookies. Here credentials go only to origins listed by name:
 *   unset or empty        → any origin may read, never with credentials (the public API);
 *   `https://a.example,…` → those origins, with credentials; others get no CORS headers;
 *   `*` in the list       → any origin may read too, but credentials still only to the named.
 * The admin panel is served from the API's own origin and needs no CORS at all.
 */

export interface CorsPolicy {
  /** For Strapi's matcher: `*`, or exact origins. */
  origin: string[];
  /** For @koa/cors: whether this request's Origin may send credentials. */
  credentials: (ctx: { get(header: string): string }) => boolean;
}

/** `https://News.example/` → `https://news.example`, the form browsers send in Origin. */
function normalizeOrigin(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new Error(
      `CMS_CORS_ORIGINS: "${entry}" is not an origin; expected a comma-separated list like https://news.example,https://www.news.example`
    );
  }
  if (url.origin === 'null' || (url.pathname !== '/' && url.pathname !== '') || url.search) {
    throw new Error(
      `CMS_CORS_ORIGINS: "${entry}" is not an origin (scheme://host[:port], no path); e.g. https://news.example`
    );
  }
  return url.origin;
}

export function corsPolicy(setting: string | undefined): CorsPolicy {
  const entries = (setting ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return { origin: ['*'], credentials: () => false };

  const named = new Set(entries.filter((entry) => entry !== '*').map(normalizeOrigin));
  const origin = entries.includes('*') ? ['*'] : [...named];
  return { origin, credentials: (ctx) => named.has(ctx.get('Origin')) };
}
