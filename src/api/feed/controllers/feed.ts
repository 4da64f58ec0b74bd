import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  FEED_SIZE,
  feedItem,
  renderAtom,
  renderJsonFeed,
  renderRss,
  type FeedContext,
} from '../../../site/feeds';
import { ninjsFeed } from '../../../site/ninjs';
import {
  newestPublished,
  sectionExists,
  sourceExists,
  type PublishedArticle,
} from '../../../site/published-articles';
import { optionalSlug, SearchInputError } from '../../../site/search';
import { publicationName } from '../../../site/site-config';
import {
  apiBaseUrl,
  database,
  languageName,
  localeFromPath,
  siteConfig,
  type RequestContext,
} from '../../../site/strapi-context';

/*
 * GET /api/feeds/:locale/{rss.xml,atom.xml,feed.json,ninjs.json}(?section=&source=): the newest
 * 50 published articles of a locale (src/site/feeds.ts, src/site/ninjs.ts).
 */

interface Loaded {
  context: FeedContext;
  articles: PublishedArticle[];
  now: string;
}

function filterSlug(name: string, value: unknown): string | null {
  try {
    return optionalSlug(name, value);
  } catch (error) {
    if (error instanceof SearchInputError) {
      throw new errors.ValidationError(error.message, error.details);
    }
    throw error;
  }
}

async function load(strapi: Core.Strapi, ctx: RequestContext): Promise<Loaded> {
  const locale = await localeFromPath(strapi, ctx.params.locale);
  const sectionSlug = filterSlug('section', ctx.query.section);
  const sourceSlug = filterSlug('source', ctx.query.source);
  const db = database(strapi);
  // A feed of a section or source that does not exist does not exist either.
  if (sectionSlug && !(await sectionExists(db, locale, sectionSlug))) {
    throw new errors.NotFoundError(`No section "${sectionSlug}" in locale "${locale}"`);
  }
  if (sourceSlug && !(await sourceExists(db, sourceSlug))) {
    throw new errors.NotFoundError(`No source "${sourceSlug}"`);
  }
  const articles = await newestPublished(db, { locale, sectionSlug, sourceSlug }, FEED_SIZE);
  const site = siteConfig(strapi);
  const publication = publicationName(site, locale);
  const sectionName = sectionSlug
    ? (articles.find((article) => article.section?.slug === sectionSlug)?.section?.name ??
      sectionSlug)
    : null;
  const base = `${apiBaseUrl(strapi, ctx)}/api/feeds/${encodeURIComponent(locale)}`;
  const query = ctx.querystring ? `?${ctx.querystring}` : '';
  return {
    articles,
    now: new Date().toISOString(),
    context: {
      site,
      locale,
      title: [publication, sectionName].filter(Boolean).join(' — '),
      description: `${publication}: the latest news${sectionName ? ` in ${sectionName}` : ''}`,
      links: {
        rss: `${base}/rss.xml${query}`,
        atom: `${base}/atom.xml${query}`,
        json: `${base}/feed.json${query}`,
        ninjs: `${base}/ninjs.json${query}`,
      },
    },
  };
}

const items = ({ context, articles }: Loaded) =>
  articles.map((article) => feedItem(context.site, article));

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async rss(ctx: RequestContext) {
    const loaded = await load(strapi, ctx);
    // A string body keeps its type: Koa would reset an object body's to application/json.
    ctx.type = 'application/rss+xml; charset=utf-8';
    ctx.body = renderRss(loaded.context, items(loaded), loaded.now);
  },

  async atom(ctx: RequestContext) {
    const loaded = await load(strapi, ctx);
    ctx.type = 'application/atom+xml; charset=utf-8';
    ctx.body = renderAtom(loaded.context, items(loaded), loaded.now);
  },

  async json(ctx: RequestContext) {
    const loaded = await load(strapi, ctx);
    ctx.type = 'application/feed+json; charset=utf-8';
    ctx.body = JSON.stringify(renderJsonFeed(loaded.context, items(loaded)));
  },

  async ninjs(ctx: RequestContext) {
    const loaded = await load(strapi, ctx);
    const { context } = loaded;
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = JSON.stringify(
      ninjsFeed(
        context.site,
        context.locale,
        context.links.ninjs,
        context.title,
        loaded.articles,
        loaded.now,
        {
          languageName,
        }
      )
    );
  },
});
