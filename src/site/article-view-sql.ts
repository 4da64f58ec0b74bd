import type { ArticleView } from './public-shape';

/*
 * One published article as the Document Service returns it for PUBLIC_ARTICLE_POPULATE (the
 * row's fields; its section, sources with their Source, translation and corrections), read in
 * the same SQL statement as the row instead of one statement per relation and component. Used
 * by REST by-slug and GraphQL articleBySlug (published-by-slug.ts) and by the site's list pages
 * and item (published-views.ts). Table names are Strapi's for this content model; components come in the
 * order Strapi keeps them (`articles_cmps.order`). tests/api/by-slug-shape.test.ts and
 * tests/api/published-reads.test.ts compare the answers with the Document Service's, field by
 * field: a field added to the content model and not here fails there.
 */
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The columns of an article view: the row's fields and, as JSON, what it populates. */
export const ARTICLE_VIEW_COLUMNS = `
  a.id, a.document_id, a.title, a.slug, a.lead, a.body::json AS body, a.dateline,
         a.original_reporting, a.attribution_line, a.original_language, a.original_published_at,
         a.embargo_until, a.publish_on_embargo_lift, a.unpublish_at,
         a.created_at, a.updated_at, a.published_at, a.locale,
         sec.section, tr.translation, src.sources,
         (SELECT coalesce(json_agg(json_build_object('id', k.id, 'note', k.note,
                                             'correctedAt', ${iso('k.corrected_at')})
                           ORDER BY c."order"), '[]'::json)
     FROM articles_cmps c JOIN components_editorial_corrections k ON k.id = c.cmp_id
     WHERE c.entity_id = a.id AND c.field = 'corrections'
       AND c.component_type = 'editorial.correction') AS corrections`;

/** The joins those columns read from (`a` is the article row). */
export const ARTICLE_VIEW_JOINS = `
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
             'inheritedFrom', r.inherited_from,
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
  ) src ON true`;

export interface ArticleViewRow {
  id: number;
  document_id: string;
  title: string;
  slug: string | null;
  lead: string | null;
  body: ArticleView['body'];
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
  section: ArticleView['section'];
  translation: ArticleView['translation'];
  sources: ArticleView['sources'];
  corrections: ArticleView['corrections'];
}

/** The article view of a row read with ARTICLE_VIEW_COLUMNS. */
export function toArticleView(row: ArticleViewRow): ArticleView {
  return {
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
    section: row.section,
    translation: row.translation,
    sources: row.sources,
    corrections: row.corrections,
  };
}
