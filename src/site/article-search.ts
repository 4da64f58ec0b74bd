import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { localeFromQuery } from './article-reads';
import { sectionExists, sourceExists } from './published-articles';
import { parseSearchRequest, SearchInputError } from './search';
import { searchPublishedArticles, type SearchPage } from './search-query';
import { database } from './strapi-context';

/**
 * One search, for REST (`GET /api/articles/search`) and GraphQL (`searchArticles`) alike:
 * parameters checked (a 400 ValidationError names the bad one), then the SQL.
 */
export async function searchArticles(
  strapi: Core.Strapi,
  params: Record<string, unknown>
): Promise<SearchPage & { locale: string; q: string }> {
  const locale = await localeFromQuery(strapi, params.locale);
  let request;
  try {
    request = parseSearchRequest(params);
  } catch (error) {
    if (error instanceof SearchInputError) {
      throw new errors.ValidationError(error.message, error.details);
    }
    throw error;
  }
  const db = database(strapi);
  // A filter that names nothing is a mistake to report, not an empty result to hide it.
  if (request.sectionSlug && !(await sectionExists(db, locale, request.sectionSlug))) {
    throw new errors.ValidationError(`No section "${request.sectionSlug}" in locale "${locale}"`, {
      section: request.sectionSlug,
    });
  }
  if (request.sourceSlug && !(await sourceExists(db, request.sourceSlug))) {
    throw new errors.ValidationError(`No source "${request.sourceSlug}"`, {
      source: request.sourceSlug,
    });
  }
  const page = await searchPublishedArticles(db, locale, request);
  return { ...page, locale, q: request.q };
}
