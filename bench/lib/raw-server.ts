/*
 * The raw ceiling (a child process of `npm run bench`): a minimal Koa server with a `pg` pool
 * the size of Strapi's, answering the two reads the benchmark compares against with the same
 * JSON as the CMS and nothing else: no auth, no sanitizing, no middlewares.
 *
 *   BENCH_DATABASE_URL=… PORT=… node <snapshot>/bench-build/bench/lib/raw-server.js
 */
import Koa from 'koa';
import { Pool } from 'pg';
import {
  BY_SLUG_SQL,
  COUNT_SQL,
  LIST_SQL,
  articleJson,
  listMeta,
  paginationOf,
  type ArticleRecord,
} from './raw-queries';
import { announceReady } from './child-protocol';

const LOCALES = new Set(['en', 'az', 'ru', 'tr']);
const BY_SLUG = /^\/api\/articles\/by-slug\/([^/]+)$/;

function notFound(ctx: Koa.Context, message: string): void {
  ctx.status = 404;
  ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message, details: {} } };
}

async function main(): Promise<void> {
  const pool = new Pool({
    connectionString: process.env.BENCH_DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  });
  const app = new Koa();
  app.use(async (ctx) => {
    if (ctx.method !== 'GET') return notFound(ctx, 'Not Found');
    const query = new URLSearchParams(ctx.querystring);
    const locale = query.get('locale') ?? 'en';
    if (!LOCALES.has(locale)) return notFound(ctx, `Unknown locale ${locale}`);

    const bySlug = BY_SLUG.exec(ctx.path);
    if (bySlug) {
      const slug = decodeURIComponent(bySlug[1]);
      const { rows } = await pool.query<ArticleRecord>(BY_SLUG_SQL, [slug, locale]);
      if (rows.length === 0) return notFound(ctx, `No published article "${slug}"`);
      ctx.body = { data: articleJson(rows[0]), meta: {} };
      return;
    }
    if (ctx.path === '/api/articles') {
      const pagination = paginationOf(query);
      if (!pagination) return notFound(ctx, 'Bad pagination');
      const offset = (pagination.page - 1) * pagination.pageSize;
      const [page, count] = await Promise.all([
        pool.query<ArticleRecord>(LIST_SQL, [locale, pagination.pageSize, offset]),
        pool.query<{ total: number }>(COUNT_SQL, [locale]),
      ]);
      ctx.body = {
        data: page.rows.map(articleJson),
        meta: listMeta(pagination, count.rows[0].total),
      };
      return;
    }
    notFound(ctx, 'Not Found');
  });

  const port = Number(process.env.PORT);
  const server = app.listen(port, '127.0.0.1', () => announceReady(port));
  const stop = () => {
    server.close();
    void pool.end().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
