import type { Core } from '@strapi/strapi';
import type { Alternate } from './article-reads';
import type { ArticleView } from './public-shape';
import {
  ARTICLE_VIEW_COLUMNS,
  ARTICLE_VIEW_JOINS,
  toArticleView,
  type ArticleViewRow,
} from './article-view-sql';

/*
 * `GET /api/articles/by-slug/:slug` (and GraphQL articleBySlug) in one round trip. The Document
 * Service needs seven (BEGIN, the article, section, sources, their Sources, translation, COMMIT)
 * plus one for the alternates; measured with `npm run bench` (bench/README.md) this takes
 * by-slug from ~6 ms to ~2 ms of server CPU per request. The controller still runs
 * sanitizeOutput on the answer.
 */
const PUBLISHED_BY_SLUG_SQL = `
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
  WHERE a.slug = ? AND a.locale = ? AND a.published_at IS NOT NULL
  ORDER BY a.id
  LIMIT 1`;

/** The published article with this slug in this locale and its other published locales. */
export async function findPublishedBySlugWithAlternates(
  strapi: Core.Strapi,
  slug: string,
  locale: string
): Promise<{ article: ArticleView; alternates: Alternate[] } | null> {
  const result = (await strapi.db.connection.raw(PUBLISHED_BY_SLUG_SQL, [slug, locale])) as {
    rows: (ArticleViewRow & { alternates: Alternate[] })[];
  };
  const row = result.rows[0];
  if (!row) return null;
  return { article: toArticleView(row), alternates: row.alternates };
}
