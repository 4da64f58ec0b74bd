/*
 * The raw ceiling's SQL: what a hand-written server needs to answer the by-slug and list reads
 * with the JSON the CMS returns (same fields, same order), one round trip per read (the list
 * adds a count, sent at the same time). The article's columns and joins are the app's own
 * (src/site/article-view-sql.ts, what the CMS's one-statement reads send), so the ceiling runs
 * the same SQL; only the server around it differs.
 */
import {
  ARTICLE_VIEW_COLUMNS,
  ARTICLE_VIEW_JOINS,
  toArticleView,
  type ArticleViewRow,
} from '../../src/site/article-view-sql';

/** $1 slug, $2 locale: the published article with its relations and its other locales. */
export const BY_SLUG_SQL = `
  SELECT ${ARTICLE_VIEW_COLUMNS}, alt.alternates
  FROM articles a
  ${ARTICLE_VIEW_JOINS}
  LEFT JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('locale', o.locale, 'slug', o.slug,
                                               'title', o.title) ORDER BY o.locale), '[]'::json)
             AS alternates
    FROM articles o
    WHERE o.document_id = a.document_id AND o.locale <> a.locale AND o.published_at IS NOT NULL
  ) alt ON true
  WHERE a.slug = $1 AND a.locale = $2 AND a.published_at IS NOT NULL
  ORDER BY a.id
  LIMIT 1`;

/** $1 locale, $2 limit, $3 offset: one page of published articles, in id order as Strapi. */
export const LIST_SQL = `
  SELECT ${ARTICLE_VIEW_COLUMNS}
  FROM (
    SELECT * FROM articles
    WHERE locale = $1 AND published_at IS NOT NULL
    ORDER BY id LIMIT $2 OFFSET $3
  ) a
  ${ARTICLE_VIEW_JOINS}
  ORDER BY a.id`;

/** $1 locale. */
export const COUNT_SQL = `
  SELECT count(*)::int AS total FROM articles WHERE locale = $1 AND published_at IS NOT NULL`;

export type ArticleRecord = ArticleViewRow & { alternates?: unknown };

/** The article as the CMS's REST API shapes it (field names and order). */
export function articleJson(row: ArticleRecord): Record<string, unknown> {
  const view = toArticleView(row);
  // A hand-written server answers "none" as the CMS does: no section null, no components [].
  const shaped: Record<string, unknown> = {
    ...view,
    section: view.section ?? null,
    translation: view.translation ?? null,
    sources: view.sources ?? [],
    corrections: view.corrections ?? [],
  };
  if (row.alternates !== undefined) shaped.alternates = row.alternates;
  return shaped;
}

export interface Pagination {
  page: number;
  pageSize: number;
}

/** `pagination[page]` and `pagination[pageSize]` as Strapi reads them (defaults 1 and 25). */
export function paginationOf(query: URLSearchParams, maxPageSize = 100): Pagination | null {
  const page = Number(query.get('pagination[page]') ?? 1);
  const pageSize = Number(query.get('pagination[pageSize]') ?? 25);
  if (!Number.isInteger(page) || page < 1) return null;
  if (!Number.isInteger(pageSize) || pageSize < 1) return null;
  return { page, pageSize: Math.min(pageSize, maxPageSize) };
}

export function listMeta({ page, pageSize }: Pagination, total: number) {
  return { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
}
