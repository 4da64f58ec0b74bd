import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../content-model/uids';
import { PUBLIC_ARTICLE_POPULATE } from './public-shape';
import { findPublishedPage, parseListSort, type ListPage } from './published-list';
import { database } from './strapi-context';

/*
 * The Document Service's `findMany` of articles, answered in one SQL statement when it asks for
 * exactly what a site's list page asks for (published-list.ts): what REST `GET /api/articles`
 * and GraphQL `articles` pass down after Strapi checked and sanitized the query. A middleware of
 * the Document Service, so Strapi's own validation, pagination, count, sanitizing and response
 * shape stay as they are; anything the shortcut does not answer exactly (filters, fields,
 * another populate, drafts, several sorts, parameters it does not know) goes on to Strapi.
 */

/** The parameters a list page passes down; any other one sends the call on to Strapi. */
const ANSWERED_PARAMS = new Set([
  'status',
  'locale',
  'pagination',
  'populate',
  'start',
  'limit',
  'sort',
]);
const MAX_LIMIT = 1000;

/** Does `value` ask for exactly `expected` (a populate; `true` may arrive as "true")? */
function samePopulate(value: unknown, expected: unknown): boolean {
  if (expected === true) return value === true || value === 'true';
  if (Array.isArray(expected)) {
    return (
      Array.isArray(value) &&
      value.length === expected.length &&
      expected.every((item, index) => value[index] === item)
    );
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const keys = Object.keys(expected);
    return (
      Object.keys(value).length === keys.length &&
      keys.every((key) =>
        samePopulate(
          (value as Record<string, unknown>)[key],
          (expected as Record<string, unknown>)[key]
        )
      )
    );
  }
  return value === expected;
}

/** The list page these `findMany` parameters ask for, or null when the shortcut does not answer them. */
export function listPageOf(params: Record<string, unknown>): ListPage | null {
  if (Object.keys(params).some((key) => !ANSWERED_PARAMS.has(key))) return null;
  if (params.status !== 'published') return null;
  if (typeof params.locale !== 'string' || params.locale === '' || params.locale === '*')
    return null;
  if (!samePopulate(params.populate, PUBLIC_ARTICLE_POPULATE)) return null;
  const start = params.start ?? 0;
  const limit = params.limit;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) return null;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return null;
  }
  const sort = parseListSort(params.sort);
  if (sort === undefined) return null;
  return { locale: params.locale, start, limit, sort };
}

export function registerListShortcut(strapi: Core.Strapi): void {
  const shortcut: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid !== ARTICLE_UID || context.action !== 'findMany') return next();
    const page = listPageOf(context.params as Record<string, unknown>);
    if (!page) return next();
    return findPublishedPage(database(strapi), page);
  };
  strapi.documents.use(shortcut);
}
