import { sendEntry, type CachedEntry } from './entry';
import { etagOf } from './etag';
import { PRIVATE_CACHE_CONTROL, storedHeaders } from './headers';
import {
  GRAPHQL_PATH,
  graphqlCacheKey,
  graphqlRequestFromUrl,
  isAnonymous,
  type GraphQLRequest,
} from './key';
import { responseCache } from './response-cache';
import { tagsOfGraphQLResponse } from './tags';

interface Ctx {
  req: AsyncIterable<Buffer>;
  is(type: string): string | false | null;
  throw(status: number, message: string): never;
  method: string;
  path: string;
  url: string;
  status: number;
  body: unknown;
  type: string;
  headers: Record<string, string | string[] | undefined>;
  request: { body?: unknown };
  get(name: string): string;
  set(name: string, value: string): void;
  response: { headers: Record<string, string | string[] | number | undefined> };
}

/*
 * Anonymous GraphQL reads cached like REST reads: keyed by the normalized query and variables
 * (GET and POST alike: both are reads), tagged by the documents the answer names. An answer
 * carrying `errors` is not kept. strapi::body leaves the GraphQL endpoint alone and the plugin
 * parses its body inside its route, after this: a JSON POST is parsed here, and the plugin's
 * koa-bodyparser skips a body already parsed.
 */
const MAX_BODY = 1024 * 1024;

async function jsonBody(ctx: Ctx): Promise<unknown> {
  if (!ctx.is('application/json')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > MAX_BODY) ctx.throw(413, 'The GraphQL request is larger than 1 MB');
    chunks.push(chunk);
  }
  try {
    ctx.request.body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    ctx.throw(400, 'The GraphQL request is not valid JSON');
  }
  return ctx.request.body;
}

export function graphqlCacheMiddleware(config: { enabled?: boolean }) {
  const enabled = config.enabled !== false;
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (!enabled || ctx.path !== GRAPHQL_PATH) return next();
    const request =
      ctx.method === 'POST'
        ? ((ctx.request.body ?? (await jsonBody(ctx))) as GraphQLRequest | undefined)
        : ctx.method === 'GET'
          ? graphqlRequestFromUrl(ctx.url)
          : null;
    const key = request && typeof request === 'object' ? graphqlCacheKey(request) : null;
    if (!key) return next();
    if (!isAnonymous(ctx.headers)) {
      await next();
      ctx.set('Cache-Control', PRIVATE_CACHE_CONTROL);
      return;
    }
    const { entry, outcome, computedHere } = await responseCache.resolve(key, async () => {
      await next();
      return entryOf(ctx);
    });
    if (!entry) {
      if (!computedHere) await next();
      return;
    }
    sendEntry(ctx, entry, outcome, ctx.method === 'GET');
  };
}

function entryOf(ctx: Ctx): CachedEntry | null {
  if (ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return null;
  if (ctx.response.headers['set-cookie']) return null;
  const text =
    typeof ctx.body === 'string'
      ? ctx.body
      : Buffer.isBuffer(ctx.body)
        ? ctx.body.toString('utf8')
        : typeof (ctx.body as { pipe?: unknown }).pipe === 'function'
          ? null
          : JSON.stringify(ctx.body);
  if (text === null) return null;
  let parsed: { data?: unknown; errors?: unknown };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return null;
  }
  if (parsed.errors || !parsed.data) return null;
  const body = Buffer.from(text);
  const etag = etagOf(body);
  const headers = storedHeaders(ctx.response.headers, etag);
  headers['content-type'] ??= 'application/json; charset=utf-8';
  return { body, etag, headers, tags: tagsOfGraphQLResponse(parsed) };
}
