import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findPublishedBySlug, localeFromQuery, publishedAlternates } from '../site/article-reads';
import { attributionView } from '../site/public-shape';
import { ARTICLE_UID } from '../content-model/uids';

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

/** Adds `articleBySlug` and the `alternates` / `attribution` fields to the GraphQL schema. */
export function registerArticleGraphQL(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension') as {
    use(factory: () => object): void;
  };
  extension.use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        async articleBySlug(_parent: unknown, args: { slug: string; locale: string }) {
          const locale = await localeFromQuery(strapi, args.locale);
          try {
            return await findPublishedBySlug(strapi, args.slug, locale);
          } catch (error) {
            if (error instanceof errors.NotFoundError) return null;
            throw error;
          }
        },
      },
      Article: {
        alternates: (parent: ArticleParent) =>
          publishedAlternates(strapi, parent.documentId, parent.locale),
        async attribution(parent: ArticleParent) {
          const article = await strapi.documents(ARTICLE_UID).findOne({
            documentId: parent.documentId,
            locale: parent.locale,
            status: parent.publishedAt ? 'published' : 'draft',
            populate: { sources: { populate: { source: true } }, translation: true },
          });
          return article ? attributionView(article) : null;
        },
      },
    },
    resolversConfig: {
      'Query.articleBySlug': { auth: { scope: ['api::article.article.bySlug'] } },
      'Article.alternates': { auth: false },
      'Article.attribution': { auth: false },
    },
  }));
}
