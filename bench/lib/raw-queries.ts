/*
 * The raw ceiling's SQL: what a hand-written server needs to answer the by-slug and list reads
 * with the JSON the CMS returns (same fields, same order), one round trip per read (the list
 * adds a count, sent at the same time). Relations and components are folded into JSON by
 * PostgreSQL; the article's own columns come back as columns and are shaped in JavaScript.
 */

const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const ARTICLE_COLUMNS = `
  a.id, a.document_id, a.title, a.slug, a.lead, a.body, a.dateline, a.original_reporting,
  a.attribution_line, a.original_language, a.original_published_at, a.embargo_until,
  a.publish_on_embargo_lift, a.unpublish_at, a.created_at, a.updated_at, a.published_at, a.locale`;

const RELATIONS = `
  LEFT JOIN LATERAL (
    SELECT json_build_object('id', s.id, 'documentId', s.document_id, 'name', s.name,
                             'slug', s.slug, 'locale', s.locale) AS section
    FROM articles_section_lnk l JOIN sections s ON s.id = l.section_id
    WHERE l.article_id = a.id
    ORDER BY l.id LIMIT 1
  ) sec ON true
  LEFT JOIN LATERAL (
    SELECT json_build_object('id', t.id, 'method', t.method, 'from', t."from",
                             'translator', t.translator, 'engine', t.engine,
                             'translatedAt', ${iso('t.translated_at')}, 'status', t.status,
                             'sourceChangedAt', ${iso('t.source_changed_at')}) AS translation
    FROM articles_cmps c JOIN components_attribution_translations t ON t.id = c.cmp_id
    WHERE c.entity_id = a.id AND c.field = 'translation'
      AND c.component_type = 'attribution.translation'
    LIMIT 1
  ) tr ON true
  LEFT JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object(
             'id', r.id, 'quotedAs', r.quoted_as, 'originalUrl', r.original_url,
             'originalHeadline', r.original_headline, 'role', r.role, 'detected', r.detected,
             'source', CASE WHEN so.id IS NULL THEN NULL ELSE json_build_object(
               'id', so.id, 'documentId', so.document_id, 'name', so.name, 'slug', so.slug,
               'kind', so.kind, 'url', so.url, 'verified', so.verified) END
           ) ORDER BY c."order"), '[]'::json) AS sources
    FROM articles_cmps c
    JOIN components_attribution_source_refs r ON r.id = c.cmp_id
    LEFT JOIN components_attribution_source_refs_source_lnk sl ON sl.source_ref_id = r.id
    LEFT JOIN sources so ON so.id = sl.source_id
    WHERE c.entity_id = a.id AND c.field = 'sources'
      AND c.component_type = 'attribution.source-ref'
  ) src ON true
  LEFT JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('id', k.id, 'note', k.note,
                                               'correctedAt', ${iso('k.corrected_at')})
                             ORDER BY k.corrected_at, c."order"), '[]'::json) AS corrections
    FROM articles_cmps c JOIN components_editorial_corrections k ON k.id = c.cmp_id
    WHERE c.entity_id = a.id AND c.field = 'corrections'
      AND c.component_type = 'editorial.correction'
  ) cor ON true`;

/** $1 slug, $2 locale: the published article with its relations and its other locales. */
export const BY_SLUG_SQL = `
  SELECT ${ARTICLE_COLUMNS}, sec.section, tr.translation, src.sources, cor.corrections,
         alt.alternates
  FROM articles a
  ${RELATIONS}
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
  SELECT ${ARTICLE_COLUMNS}, sec.section, tr.translation, src.sources, cor.corrections
  FROM (
    SELECT * FROM articles
    WHERE locale = $1 AND published_at IS NOT NULL
    ORDER BY id LIMIT $2 OFFSET $3
  ) a
  ${RELATIONS}
  ORDER BY a.id`;

/** $1 locale. */
export const COUNT_SQL = `
  SELECT count(*)::int AS total FROM articles WHERE locale = $1 AND published_at IS NOT NULL`;

export interface ArticleRecord {
  id: number;
  document_id: string;
  title: string;
  slug: string | null;
  lead: string | null;
  body: unknown;
  dateline: string | null;
  original_reporting: boolean | null;
  attribution_line: string | null;
  original_language: string | null;
  original_published_at: Date | null;
  embargo_until: Date | null;
  publish_on_embargo_lift: boolean | null;
  unpublish_at: Date | null;
  created_at: Date | null;
  updated_at: Date | null;
  published_at: Date | null;
  locale: string;
  section: unknown;
  translation: unknown;
  sources: unknown;
  corrections: unknown;
  alternates?: unknown;
}

/** The article as the CMS's REST API shapes it (field names and order). */
export function articleJson(row: ArticleRecord): Record<string, unknown> {
  const shaped: Record<string, unknown> = {
    id: row.id,
    documentId: row.document_id,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    body: row.body,
    dateline: row.dateline,
    originalReporting: row.original_reporting,
    attributionLine: row.attribution_line,
    originalLanguage: row.original_language,
    originalPublishedAt: row.original_published_at,
    embargoUntil: row.embargo_until,
    publishOnEmbargoLift: row.publish_on_embargo_lift,
    unpublishAt: row.unpublish_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    locale: row.locale,
    section: row.section ?? null,
    translation: row.translation ?? null,
    sources: row.sources ?? [],
    corrections: row.corrections ?? [],
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
