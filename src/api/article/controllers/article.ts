import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { buildNewsArticleJsonLd } from '../../../site/jsonld';
import { attributionView } from '../../../site/public-shape';
import { publishedArticle } from '../../../site/published-articles';
import { articlePageUrl, publicationName } from '../../../site/site-config';
import { database, siteConfig } from '../../../site/strapi-context';
import { checkedSlug, findWithFallback, localeFromQuery } from '../../../site/article-reads';
import { findPublishedBySlugWithAlternates } from '../../../site/published-by-slug';
import { ARTICLE_UID } from '../../../content-model/uids';

/** `?status=draft` is for API tokens and the admin; the read policy refuses it to the public. */
function requestedStatus(ctx: { query: Record<string, unknown> }): 'draft' | 'published' {
  const status = ctx.query.status;
  if (status === undefined || status === 'published') return 'published';
  if (status !== 'draft') throw new errors.ValidationError('status must be "draft" or "published"');
  return 'draft';
}

export default factories.createCoreController(ARTICLE_UID, ({ strapi }) => ({
  /** Core findOne, plus `?fallback=en,az`: the first published locale of the chain. */
  async findOne(ctx) {
    const fallback = ctx.query.fallback;
    if (fallback === undefined) return super.findOne!(ctx);
    const context = ctx;
    const { fallback: _chain, ...query } = context.query;
    context.query = query;
    // The core helpers exist on every core controller; @strapi/types marks them optional.
    await this.validateQuery!(ctx);
    const sanitizedQuery = await this.sanitizeQuery!(ctx);
    const found = await findWithFallback(
      strapi,
      context.params.id,
      query.locale,
      fallback,
      sanitizedQuery
    );
    const data = await this.sanitizeOutput!(found.article, ctx);
    return this.transformResponse!(data, {
      locale: found.locale,
      fallbackFrom: found.fallbackFrom,
    });
  },

  async bySlug(ctx) {
    const context = ctx;
    const locale = await localeFromQuery(strapi, context.query.locale);
    const slug = checkedSlug(context.params.slug);
    // One query instead of eight (src/site/published-by-slug.ts); GraphQL articleBySlug reads
    // the same (src/graphql/loaded-tree.ts).
    const found = await findPublishedBySlugWithAlternates(strapi, slug, locale);
    if (!found)
      throw new errors.NotFoundError(`No published article "${slug}" in locale "${locale}"`);
    const data = (await this.sanitizeOutput!(found.article, ctx)) as Record<string, unknown>;
    return { data: { ...data, alternates: found.alternates }, meta: {} };
  },

  async attribution(ctx) {
    const context = ctx;
    const locale = await localeFromQuery(strapi, context.query.locale);
    const status = requestedStatus(context);
    const article = await strapi.documents(ARTICLE_UID).findOne({
      documentId: context.params.documentId,
      locale,
      status,
      populate: { sources: { populate: { source: true } }, translation: true },
    });
    if (!article)
      throw new errors.NotFoundError(
        `No ${status} article ${context.params.documentId} in "${locale}"`
      );
    return { data: attributionView(article), meta: {} };
  },

  async jsonld(ctx) {
    const context = ctx;
    const locale = await localeFromQuery(strapi, context.query.locale);
    // One query (src/site/published-articles.ts): first publication, sections of alternates.
    const article = await publishedArticle(database(strapi), context.params.documentId, locale);
    if (!article)
      throw new errors.NotFoundError(
        `No published article ${context.params.documentId} in "${locale}"`
      );
    const site = siteConfig(strapi);
    // A string body: Koa would reset the type of an object body to application/json.
    context.type = 'application/ld+json; charset=utf-8';
    context.body = JSON.stringify(
      buildNewsArticleJsonLd({
        ...article,
        section: article.section?.name ?? null,
        sectionSlug: article.section?.slug ?? null,
        translation: article.translation,
        publisher: { name: publicationName(site, locale), url: site.url, logo: site.logo },
        pageUrl: (version) => articlePageUrl(site, version),
      })
    );
  },
}));
