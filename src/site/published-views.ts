import {
  ARTICLE_VIEW_COLUMNS,
  ARTICLE_VIEW_JOINS,
  toArticleView,
  type ArticleViewRow,
} from './article-view-sql';
import type { Db } from './published-articles';
import type { ArticleView } from './public-shape';

/*
 * A site's reads of published articles in one SQL statement each: the list page
 * (`GET /api/articles?locale=az&pagination[page]=2`, optionally sorted by one field) and the
 * item (`GET /api/articles/:documentId?locale=az`). The Document Service reads a page of 20
 * articles in six statements (BEGIN, the rows, then one per relation and component, COMMIT) and
 * builds each entry field by field: about 12 ms of CPU a page here against ~2 ms for by-slug
 * (npm run bench). Only the plain shapes are answered here: published rows of one locale, no
 * filters, no field selection, the public populate, at most one sort field among SORTABLE; any
 * other request goes to the Document Service (read-shortcuts.ts decides). Pure: SQL and its
 * parameters.
 */

/** The fields a list may be sorted by here, and their columns. */
const SORTABLE: Record<string, string> = {
  id: 'id',
  title: 'title',
  slug: 'slug',
  publishedAt: 'published_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  originalPublishedAt: 'original_published_at',
};

export interface ListPage {
  locale: string;
  start: number;
  limit: number;
  /** null: Strapi's default order (by id). */
  sort: { field: string; direction: 'asc' | 'desc' } | null;
}

/** `title`, `title:asc`, `publishedAt:desc` (or a list of one): the sort, or undefined if not one of ours. */
export function parseListSort(sort: unknown): ListPage['sort'] | undefined {
  if (sort === undefined) return null;
  const text = Array.isArray(sort) && sort.length === 1 ? sort[0] : sort;
  if (typeof text !== 'string') return undefined;
  const match = /^([A-Za-z]+)(?::(asc|desc))?$/i.exec(text.trim());
  if (!match || !Object.hasOwn(SORTABLE, match[1])) return undefined;
  return { field: match[1], direction: (match[2]?.toLowerCase() ?? 'asc') as 'asc' | 'desc' };
}

export async function findPublishedPage(db: Db, page: ListPage): Promise<ArticleView[]> {
  // As Strapi orders it (ORDER BY the field, then id for a stable page: Strapi adds none, so
  // its order among equal values is whatever the plan gives, of which this is one).
  const order = page.sort
    ? `a.${SORTABLE[page.sort.field]} ${page.sort.direction.toUpperCase()}, a.id ASC`
    : 'a.id ASC';
  const result = await db.raw(
    `SELECT ${ARTICLE_VIEW_COLUMNS}
     FROM (SELECT * FROM articles a
           WHERE a.locale = ? AND a.published_at IS NOT NULL
           ORDER BY ${order}
           LIMIT ? OFFSET ?) a
     ${ARTICLE_VIEW_JOINS}
     ORDER BY ${order}`,
    [page.locale, page.limit, page.start]
  );
  return (result.rows as ArticleViewRow[]).map(toArticleView);
}

/** The published version of one document in one locale, or null. */
export async function findPublishedItem(
  db: Db,
  documentId: string,
  locale: string
): Promise<ArticleView | null> {
  const result = await db.raw(
    `SELECT ${ARTICLE_VIEW_COLUMNS}
     FROM (SELECT * FROM articles a
           WHERE a.document_id = ? AND a.locale = ? AND a.published_at IS NOT NULL
           ORDER BY a.id LIMIT 1) a
     ${ARTICLE_VIEW_JOINS}`,
    [documentId, locale]
  );
  const row = result.rows[0] as ArticleViewRow | undefined;
  return row ? toArticleView(row) : null;
}
