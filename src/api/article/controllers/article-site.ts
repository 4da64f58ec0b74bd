import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { localeFromQuery } from '../../../site/article-reads';
import { searchArticles } from '../../../site/article-search';
import { articleToNinjs } from '../../../site/ninjs';
import { publishedArticle } from '../../../site/published-articles';
import {
  database,
  languageName,
  siteConfig,
  type RequestContext,
} from '../../../site/strapi-context';

/** GET /api/articles/search and GET /api/articles/:documentId/ninjs (public, published only). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: RequestContext) {
    const result = await searchArticles(strapi, ctx.query);
    ctx.body = {
      data: result.hits,
      meta: { pagination: result.pagination, locale: result.locale, q: result.q },
    };
  },

  async ninjs(ctx: RequestContext) {
    const locale = await localeFromQuery(strapi, ctx.query.locale);
    const documentId = ctx.params.documentId;
    const article = await publishedArticle(database(strapi), documentId, locale);
    if (!article) {
      throw new errors.NotFoundError(`No published article ${documentId} in "${locale}"`);
    }
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = JSON.stringify(articleToNinjs(siteConfig(strapi), article, { languageName }));
  },
});
