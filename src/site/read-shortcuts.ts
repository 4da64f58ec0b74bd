import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../content-model/uids';
import { PUBLIC_ARTICLE_POPULATE } from './public-shape';
import {
  findPublishedItem,
  findPublishedPage,
  parseListSort,
  type ListPage,
} from './published-views';
import { database } from './strapi-context';

/*
 * The Document Service's `findMany` and `findOne` of articles, answered in one SQL statement when
 * they ask for exactly what a site's list page or article page asks for (published-views.ts):
 * what REST `GET /api/articles[/:documentId]` passes down after Strapi checked and sanitized
 * the query (its populate is the server's, src/api/article/middlewares/public-populate.ts).
 * GraphQL loads relations field by field and passes no populate, so it goes on to Strapi. A middleware of the Document Service, so
 * Strapi's own validation, pagination, count, sanitizing and response shape stay as they are;
 * anything the shortcut does not answer exactly (filters, fields, another populate, drafts,
 * several sorts, parameters it does not know) goes on to Strapi.
 */

/** The parameters a list page passes down; any other one sends the call on to Strapi. */
const ANSWERED_LIST_PARAMS = new Set([
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

/** The parameters an article page passes down to `findOne`. */
const ANSWERED_ITEM_PARAMS = new Set(['status', 'locale', 'populate', 'documentId']);

/** Published rows of one locale with the public populate: what both shortcuts need. */
function publicRead(params: Record<string, unknown>, answered: Set<string>): string | null {
  if (Object.keys(params).some((key) => !answered.has(key))) return null;
  if (params.status !== 'published') return null;
  if (typeof params.locale !== 'string' || params.locale === '' || params.locale === '*') {
    return null;
  }
  return samePopulate(params.populate, PUBLIC_ARTICLE_POPULATE) ? params.locale : null;
}

/** The document and locale these `findOne` parameters ask for, or null when not answered here. */
export function itemOf(
  params: Record<string, unknown>
): { documentId: string; locale: string } | null {
  const locale = publicRead(params, ANSWERED_ITEM_PARAMS);
  const documentId = params.documentId;
  if (!locale || typeof documentId !== 'string' || documentId === '') return null;
  return { documentId, locale };
}

/** The list page these `findMany` parameters ask for, or null when the shortcut does not answer them. */
export function listPageOf(params: Record<string, unknown>): ListPage | null {
  const locale = publicRead(params, ANSWERED_LIST_PARAMS);
  if (!locale) return null;
  const start = params.start ?? 0;
  const limit = params.limit;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) return null;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return null;
  }
  const sort = parseListSort(params.sort);
  if (sort === undefined) return null;
  return { locale, start, limit, sort };
}

export function registerReadShortcuts(strapi: Core.Strapi): void {
  const shortcut: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid !== ARTICLE_UID) return next();
    const params = context.params as Record<string, unknown>;
    if (context.action === 'findMany') {
      const page = listPageOf(params);
      return page ? findPublishedPage(database(strapi), page) : next();
    }
    if (context.action === 'findOne') {
      const item = itemOf(params);
      return item ? findPublishedItem(database(strapi), item.documentId, item.locale) : next();
    }
    return next();
  };
  strapi.documents.use(shortcut);
}
