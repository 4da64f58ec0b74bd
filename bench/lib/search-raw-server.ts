/*
 * The search's own cost, without Strapi (a child process of `npm run bench -- --scenario
 * search`): a bare Koa server with a knex pool the size of Strapi's, running the app's search
 * functions (parseSearchRequest, the filter checks, searchPublishedArticles from src/site/) on
 * GET /api/articles/search and answering the same JSON as the CMS. What Strapi adds on top
 * (routing, auth, middlewares, sanitizing nothing here) is the difference between the two.
 *
 *   BENCH_DATABASE_URL=… PORT=… node <snapshot>/bench-build/bench/lib/search-raw-server.js
 */
import Koa from 'koa';
import knex from 'knex';
import { sectionExists, sourceExists } from '../../src/site/published-articles';
import { parseSearchRequest, SearchInputError } from '../../src/site/search';
import { searchPublishedArticles } from '../../src/site/search-query';
import { announceReady } from './child-protocol';

const LOCALES = new Set(['en', 'az', 'ru', 'tr']);

function fail(ctx: Koa.Context, status: number, message: string): void {
  ctx.status = status;
  ctx.body = {
    data: null,
    error: {
      status,
      name: status === 400 ? 'ValidationError' : 'NotFoundError',
      message,
      details: {},
    },
  };
}

async function main(): Promise<void> {
  const db = knex({
    client: 'pg',
    connection: process.env.BENCH_DATABASE_URL,
    pool: { min: 2, max: Number(process.env.DATABASE_POOL_MAX ?? 10) },
  });
  const app = new Koa();
  app.use(async (ctx) => {
    if (ctx.method !== 'GET' || ctx.path !== '/api/articles/search')
      return fail(ctx, 404, 'Not Found');
    const query = Object.fromEntries(new URLSearchParams(ctx.querystring));
    const locale = query.locale ?? 'az';
    if (!LOCALES.has(locale)) return fail(ctx, 400, `Unknown locale ${locale}`);
    try {
      const request = parseSearchRequest(query);
      if (request.sectionSlug && !(await sectionExists(db, locale, request.sectionSlug)))
        return fail(ctx, 400, 'No such section');
      if (request.sourceSlug && !(await sourceExists(db, request.sourceSlug)))
        return fail(ctx, 400, 'No such source');
      const page = await searchPublishedArticles(db, locale, request);
      ctx.body = { data: page.hits, meta: { pagination: page.pagination, locale, q: request.q } };
    } catch (error) {
      if (error instanceof SearchInputError) return fail(ctx, 400, error.message);
      throw error;
    }
  });

  const port = Number(process.env.PORT);
  const server = app.listen(port, '127.0.0.1', () => announceReady(port));
  const stop = () => {
    server.close();
    void db.destroy().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
