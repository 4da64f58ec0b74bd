import type { Core } from '@strapi/strapi';
import type { GraphQLResolveInfo } from 'graphql';
import { checkedSlug, localeFromQuery, publishedAlternates } from '../site/article-reads';
import { findPublishedBySlugWithAlternates } from '../site/published-by-slug';
import { attributionView, type AttributedArticle } from '../site/public-shape';
import { ARTICLE_UID, SOURCE_REF_UID } from '../content-model/uids';
import { loadedField, loadedWith, markLoaded } from './loaded-tree';

const typeDefs = /* GraphQL */ `
  type ArticleAlternate {
    locale: String!
    slug: String
    title: String!
  }

  type AttributionSource {
    name: String
    slug: String
    kind: String
    url: String
    verified: Boolean
    quotedAs: String
    originalUrl: String
    role: String
    inheritedFrom: String
  }

  type AttributionTranslation {
    method: String
    from: String
    translator: String
    engine: String
    translatedAt: DateTime
    status: String
  }

  type ArticleAttribution {
    documentId: ID!
    locale: String!
    line: String
    originalReporting: Boolean!
    sources: [AttributionSource!]!
    translation: AttributionTranslation
  }

  extend type Article {
    "Every other published locale of this article, for hreflang links."
    alternates: [ArticleAlternate!]!
    "Who this article credits, and how this locale came to be."
    attribution: ArticleAttribution
  }

  extend type Query {
    "The published article with this slug in this locale, or null."
    articleBySlug(slug: String!, locale: I18NLocaleCode!): Article
  }
`;

interface ArticleParent {
  documentId: string;
  locale: string;
  publishedAt?: string | null;
}

type Resolver = (
  parent: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: GraphQLResolveInfo
) => unknown;

interface ContentApiBuilders {
  buildAssociationResolver(options: { contentTypeUID: string; attributeName: string }): Resolver;
  buildComponentResolver(options: { contentTypeUID: string; attributeName: string }): Resolver;
}

interface GraphQLNaming {
  getComponentName(model: unknown): string;
}

/**
 * A relation or component field that answers from its parent when `articleBySlug` loaded it
 * (src/graphql/loaded-tree.ts), and through Strapi's own resolver otherwise. `limit` is the
 * page Strapi's resolver would cut a repeatable component to when the query sets none.
 */
function loadedFirst(stock: Resolver, limit?: number): Resolver {
  return (parent, args, context, info) => {
    const loaded = loadedField(parent, info.fieldName, info);
    if (!loaded) return stock(parent, args, context, info);
    return Array.isArray(loaded.value) && limit !== undefined
      ? loaded.value.slice(0, limit)
      : loaded.value;
  };
}

/** Adds `articleBySlug` and the `alternates` / `attribution` fields to the GraphQL schema. */
export function registerArticleGraphQL(strapi: Core.Strapi): void {
  const graphql = strapi.plugin('graphql');
  const extension = graphql.service('extension') as { use(factory: () => object): void };
  extension.use(() => {
    // Built when the schema is (the content API's builders exist by then), like Strapi's own.
    const builders = graphql.service('builders').get('content-api') as ContentApiBuilders;
    const naming = (graphql.service('utils') as { naming: GraphQLNaming }).naming;
    const defaultLimit = graphql.config('defaultLimit') as number | undefined;
    const toOne = (contentTypeUID: string, attributeName: string): Resolver => {
      const association = builders.buildAssociationResolver({ contentTypeUID, attributeName });
      return async (...call) => ((await association(...call)) as { value: unknown }).value;
    };
    const component = (contentTypeUID: string, attributeName: string) =>
      builders.buildComponentResolver({ contentTypeUID, attributeName });
    return {
      typeDefs,
      resolvers: {
        Query: {
          async articleBySlug(_parent: unknown, args: { slug: string; locale: string }) {
            const locale = await localeFromQuery(strapi, args.locale);
            // One query for the article, its section, sources, translation, corrections and
            // alternates, as REST by-slug reads it; the fields below answer from it.
            const found = await findPublishedBySlugWithAlternates(
              strapi,
              checkedSlug(args.slug),
              locale
            );
            if (!found) return null;
            return markLoaded({ ...found.article, alternates: found.alternates });
          },
        },
        Article: {
          section: loadedFirst(toOne(ARTICLE_UID, 'section')),
          sources: loadedFirst(component(ARTICLE_UID, 'sources'), defaultLimit),
          translation: loadedFirst(component(ARTICLE_UID, 'translation')),
          corrections: loadedFirst(component(ARTICLE_UID, 'corrections'), defaultLimit),
          alternates: (
            parent: ArticleParent,
            _args: unknown,
            _context: unknown,
            info: GraphQLResolveInfo
          ) =>
            loadedField(parent, 'alternates', info)?.value ??
            publishedAlternates(strapi, parent.documentId, parent.locale),
          async attribution(parent: ArticleParent) {
            // Narrowed: a loaded article carries its sources (with their Source) and translation.
            const loaded = loadedWith(parent, [
              'sources',
              'translation',
            ]) as AttributedArticle | null;
            if (loaded) return attributionView(loaded);
            const article = await strapi.documents(ARTICLE_UID).findOne({
              documentId: parent.documentId,
              locale: parent.locale,
              status: parent.publishedAt ? 'published' : 'draft',
              populate: { sources: { populate: { source: true } }, translation: true },
            });
            return article ? attributionView(article) : null;
          },
        },
        [naming.getComponentName(strapi.getModel(SOURCE_REF_UID))]: {
          source: loadedFirst(toOne(SOURCE_REF_UID, 'source')),
        },
      },
      resolversConfig: {
        'Query.articleBySlug': { auth: { scope: ['api::article.article.bySlug'] } },
        'Article.alternates': { auth: false },
        'Article.attribution': { auth: false },
      },
    };
  });
}
