import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  recentlyFirstPublished,
  sitemapPage,
  sitemapStats,
} from '../../../site/published-articles';
import { publicationName } from '../../../site/site-config';
import {
  NEWS_MAX_URLS,
  NEWS_WINDOW_MS,
  pageCount,
  renderArticleSitemap,
  renderNewsSitemap,
  renderSitemapIndex,
  SITEMAP_PAGE_SIZE,
} from '../../../site/sitemaps';
import {
  apiBaseUrl,
  database,
  defaultLocaleOf,
  localeFromPath,
  siteConfig,
  type RequestContext,
} from '../../../site/strapi-context';

/*
 * GET /api/sitemaps/index.xml, /api/sitemaps/:locale/articles-:page.xml and
 * /api/sitemaps/:locale/news.xml (src/site/sitemaps.ts).
 */

const XML = 'application/xml; charset=utf-8';

/** `articles-3.xml` → 3; page 1 always exists, a page past the last one is a 404. */
function pageFromPath(page: unknown): number {
  if (typeof page !== 'string' || !/^[1-9]\d{0,6}$/.test(page)) {
    throw new errors.NotFoundError('Sitemap pages are numbered from 1 (articles-1.xml)', { page });
  }
  return Number(page);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async index(ctx: RequestContext) {
    const base = `${apiBaseUrl(strapi, ctx)}/api/sitemaps`;
    const stats = await sitemapStats(database(strapi));
    ctx.type = XML;
    ctx.body = renderSitemapIndex(stats, {
      articles: (locale, page) => `${base}/${encodeURIComponent(locale)}/articles-${page}.xml`,
      news: (locale) => `${base}/${encodeURIComponent(locale)}/news.xml`,
    });
  },

  async articles(ctx: RequestContext) {
    const locale = await localeFromPath(strapi, ctx.params.locale);
    const page = pageFromPath(ctx.params.page);
    const db = database(strapi);
    const entries = await sitemapPage(db, locale, page, SITEMAP_PAGE_SIZE);
    if (entries.length === 0 && page > 1) {
      const count = (await sitemapStats(db)).find((row) => row.locale === locale)?.articles ?? 0;
      throw new errors.NotFoundError(
        `Sitemap "${locale}" has ${pageCount(count)} page(s); there is no page ${page}`
      );
    }
    ctx.type = XML;
    ctx.body = renderArticleSitemap(siteConfig(strapi), entries, await defaultLocaleOf(strapi));
  },

  async news(ctx: RequestContext) {
    const locale = await localeFromPath(strapi, ctx.params.locale);
    const since = new Date(Date.now() - NEWS_WINDOW_MS);
    const entries = await recentlyFirstPublished(database(strapi), locale, since, NEWS_MAX_URLS);
    const site = siteConfig(strapi);
    ctx.type = XML;
    ctx.body = renderNewsSitemap(site, entries, {
      name: publicationName(site, locale),
      locale,
    });
  },
});
