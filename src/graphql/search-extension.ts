import type { Core } from '@strapi/strapi';
import { searchArticles } from '../site/article-search';

const typeDefs = /* GraphQL */ `
  type ArticleSearchSection {
    name: String!
    slug: String
  }

  type ArticleSearchHit {
    documentId: ID!
    locale: String!
    title: String!
    slug: String
    lead: String
    "An excerpt with the matching words in <mark>; HTML-escaped otherwise."
    snippet: String!
    section: ArticleSearchSection
    attributionLine: String
    publishedAt: DateTime!
    rank: Float!
  }

  type ArticleSearchPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int!
    total: Int!
  }

  type ArticleSearchResult {
    data: [ArticleSearchHit!]!
    pagination: ArticleSearchPagination!
  }

  extend type Query {
    "Full-text search over published articles of one locale (as GET /api/articles/search)."
    searchArticles(
      q: String!
      locale: I18NLocaleCode
      section: String
      source: String
      "A date (YYYY-MM-DD) or an ISO 8601 date-time."
      from: String
      to: String
      page: Int
      pageSize: Int
    ): ArticleSearchResult!
  }
`;

interface SearchArgs {
  q: string;
  locale?: string | null;
  section?: string | null;
  source?: string | null;
  from?: string | null;
  to?: string | null;
  page?: number | null;
  pageSize?: number | null;
}

/** The REST search's parameters are strings; GraphQL's nulls mean "not given". */
const asParams = (args: SearchArgs): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(args)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => [key, typeof value === 'number' ? String(value) : value])
  );

export function registerSearchGraphQL(strapi: Core.Strapi): void {
  const extension = strapi.plugin('graphql').service('extension') as {
    use(factory: () => object): void;
  };
  extension.use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        async searchArticles(_parent: unknown, args: SearchArgs) {
          const result = await searchArticles(strapi, asParams(args));
          return { data: result.hits, pagination: result.pagination };
        },
      },
    },
    resolversConfig: {
      'Query.searchArticles': { auth: { scope: ['api::article.article-site.search'] } },
    },
  }));
}
