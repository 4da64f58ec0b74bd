/*
 * Published articles read in bulk for feeds, sitemaps, ninjs and search, in one SQL round trip
 * each (the Document Service would take several per article). Every query reads only rows with
 * `published_at IS NOT NULL`, of articles and of the sections and alternates they join. Table
 * names are Strapi's for this content model (as in published-by-slug.ts); the API tests of
 * feeds, sitemaps and ninjs guard the shape. Imports nothing from Strapi: `db` is Strapi's knex.
 */

export interface Db {
  raw(sql: string, bindings?: readonly unknown[]): PromiseLike<{ rows: unknown[] }>;
}

export interface SourceRecord {
  name: string;
  slug: string | null;
  kind: string | null;
  url: string | null;
  verified: boolean;
  quotedAs: string | null;
  originalUrl: string | null;
  originalHeadline: string | null;
  role: string | null;
  /** The locale this version inherited the Source from (a translation), else null. */
  inheritedFrom: string | null;
}

export interface TranslationRecord {
  method: string | null;
  from: string | null;
  translator: string | null;
  engine: string | null;
  translatedAt: string | null;
  status: string | null;
}

export interface CorrectionRecord {
  note: string;
  correctedAt: string;
}

export interface AlternateRecord {
  locale: string;
  slug: string | null;
  title: string;
  sectionSlug: string | null;
  /** The locale this alternate was translated from, when it is a translation. */
  translatedFrom: string | null;
}

export interface PublishedArticle {
  documentId: string;
  locale: string;
  title: string;
  slug: string | null;
  lead: string | null;
  body: unknown;
  dateline: string | null;
  attributionLine: string | null;
  originalReporting: boolean;
  originalLanguage: string | null;
  originalPublishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Of this version (Strapi rewrites it at every publish). */
  publishedAt: string;
  /** When this locale of the document was first published. */
  firstPublishedAt: string;
  section: { name: string; slug: string | null } | null;
  sources: SourceRecord[];
  translation: TranslationRecord | null;
  /** Oldest first. */
  corrections: CorrectionRecord[];
  alternates: AlternateRecord[];
}

const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The section slug of a published article row (alias `row`), as a scalar subquery. */
const sectionSlugOf = (row: string) => `(
  SELECT s.slug FROM articles_section_lnk l JOIN sections s ON s.id = l.section_id
  WHERE l.article_id = ${row}.id AND s.published_at IS NOT NULL ORDER BY l.id LIMIT 1)`;

/** Every column a PublishedArticle needs, for a published row aliased `a` and `fp`. */
const ARTICLE_COLUMNS = `
  a.document_id AS "documentId", a.locale, a.title, a.slug, a.lead, a.body, a.dateline,
  a.attribution_line AS "attributionLine", coalesce(a.original_reporting, false) AS "originalReporting",
  a.original_language AS "originalLanguage", ${iso('a.original_published_at')} AS "originalPublishedAt",
  ${iso('a.created_at')} AS "createdAt", ${iso('a.updated_at')} AS "updatedAt",
  ${iso('a.published_at')} AS "publishedAt",
  ${iso('least(coalesce(fp.first_published_at, a.published_at), a.published_at)')} AS "firstPublishedAt",
  (SELECT json_build_object('name', s.name, 'slug', s.slug)
     FROM articles_section_lnk l JOIN sections s ON s.id = l.section_id
     WHERE l.article_id = a.id AND s.published_at IS NOT NULL ORDER BY l.id LIMIT 1) AS section,
  (SELECT json_build_object('method', t.method, 'from', t."from", 'translator', t.translator,
                            'engine', t.engine, 'translatedAt', ${iso('t.translated_at')},
                            'status', t.status)
     FROM articles_cmps c JOIN components_attribution_translations t ON t.id = c.cmp_id
     WHERE c.entity_id = a.id AND c.field = 'translation'
       AND c.component_type = 'attribution.translation' LIMIT 1) AS translation,
  (SELECT coalesce(json_agg(json_build_object(
            'name', so.name, 'slug', so.slug, 'kind', so.kind, 'url', so.url,
            'verified', coalesce(so.verified, false), 'quotedAs', r.quoted_as,
            'originalUrl', r.original_url, 'originalHeadline', r.original_headline, 'role', r.role,
            'inheritedFrom', r.inherited_from)
          ORDER BY c."order"), '[]'::json)
     FROM articles_cmps c
     JOIN components_attribution_source_refs r ON r.id = c.cmp_id
     JOIN components_attribution_source_refs_source_lnk sl ON sl.source_ref_id = r.id
     JOIN sources so ON so.id = sl.source_id
     WHERE c.entity_id = a.id AND c.field = 'sources'
       AND c.component_type = 'attribution.source-ref') AS sources,
  (SELECT coalesce(json_agg(json_build_object('note', k.note,
                                             'correctedAt', ${iso('k.corrected_at')})
                           ORDER BY k.corrected_at, c."order"), '[]'::json)
     FROM articles_cmps c JOIN components_editorial_corrections k ON k.id = c.cmp_id
     WHERE c.entity_id = a.id AND c.field = 'corrections'
       AND c.component_type = 'editorial.correction') AS corrections,
  (SELECT coalesce(json_agg(json_build_object(
            'locale', o.locale, 'slug', o.slug, 'title', o.title,
            'sectionSlug', ${sectionSlugOf('o')},
            'translatedFrom', (SELECT CASE WHEN t.method = 'original' THEN NULL ELSE t."from" END
                                 FROM articles_cmps c
                                 JOIN components_attribution_translations t ON t.id = c.cmp_id
                                WHERE c.entity_id = o.id AND c.field = 'translation' LIMIT 1))
          ORDER BY o.locale), '[]'::json)
     FROM articles o
     WHERE o.document_id = a.document_id AND o.locale <> a.locale
       AND o.published_at IS NOT NULL) AS alternates`;

export interface ListFilters {
  locale: string;
  sectionSlug?: string | null;
  sourceSlug?: string | null;
}

/**
 * SQL conditions and their bindings for the optional filters, on the published article row
 * whose id is `articleId` (a column, `a.id` by default).
 */
export function filterConditions(
  filters: Omit<ListFilters, 'locale'>,
  articleId = 'a.id'
): {
  sql: string;
  bindings: unknown[];
} {
  const parts: string[] = [];
  const bindings: unknown[] = [];
  if (filters.sectionSlug) {
    parts.push(`EXISTS (SELECT 1 FROM articles_section_lnk l JOIN sections s ON s.id = l.section_id
                WHERE l.article_id = ${articleId} AND s.slug = ? AND s.published_at IS NOT NULL)`);
    bindings.push(filters.sectionSlug);
  }
  if (filters.sourceSlug) {
    parts.push(`EXISTS (SELECT 1 FROM articles_cmps c
                JOIN components_attribution_source_refs_source_lnk sl ON sl.source_ref_id = c.cmp_id
                JOIN sources so ON so.id = sl.source_id
                WHERE c.entity_id = ${articleId} AND c.field = 'sources'
                  AND c.component_type = 'attribution.source-ref' AND so.slug = ?)`);
    bindings.push(filters.sourceSlug);
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(''), bindings };
}

/** The newest published articles of a locale, by first publication. */
export async function newestPublished(
  db: Db,
  filters: ListFilters,
  limit: number
): Promise<PublishedArticle[]> {
  const extra = filterConditions(filters);
  const result = await db.raw(
    `SELECT ${ARTICLE_COLUMNS}
     FROM articles a
     LEFT JOIN article_first_published fp ON fp.document_id = a.document_id AND fp.locale = a.locale
     WHERE a.locale = ? AND a.published_at IS NOT NULL${extra.sql}
     ORDER BY coalesce(fp.first_published_at, a.published_at) DESC, a.id DESC
     LIMIT ?`,
    [filters.locale, ...extra.bindings, limit]
  );
  return result.rows as PublishedArticle[];
}

/** One published article locale, or null. */
export async function publishedArticle(
  db: Db,
  documentId: string,
  locale: string
): Promise<PublishedArticle | null> {
  const result = await db.raw(
    `SELECT ${ARTICLE_COLUMNS}
     FROM articles a
     LEFT JOIN article_first_published fp ON fp.document_id = a.document_id AND fp.locale = a.locale
     WHERE a.document_id = ? AND a.locale = ? AND a.published_at IS NOT NULL
     ORDER BY a.id LIMIT 1`,
    [documentId, locale]
  );
  return (result.rows[0] as PublishedArticle | undefined) ?? null;
}

/** Whether a published section with this slug exists in the locale. */
export async function sectionExists(db: Db, locale: string, slug: string): Promise<boolean> {
  const result = await db.raw(
    'SELECT 1 FROM sections WHERE slug = ? AND locale = ? AND published_at IS NOT NULL LIMIT 1',
    [slug, locale]
  );
  return result.rows.length > 0;
}

/** Whether a Source with this slug exists. */
export async function sourceExists(db: Db, slug: string): Promise<boolean> {
  const result = await db.raw(
    'SELECT 1 FROM sources WHERE slug = ? AND published_at IS NOT NULL LIMIT 1',
    [slug]
  );
  return result.rows.length > 0;
}

export interface SitemapEntry {
  locale: string;
  slug: string;
  sectionSlug: string | null;
  updatedAt: string;
  alternates: { locale: string; slug: string; sectionSlug: string | null }[];
}

/** A page of a locale's published articles for its sitemap, oldest first (pages stay stable). */
export async function sitemapPage(
  db: Db,
  locale: string,
  page: number,
  pageSize: number
): Promise<SitemapEntry[]> {
  const result = await db.raw(
    `SELECT a.locale, a.slug, ${sectionSlugOf('a')} AS "sectionSlug",
            ${iso('greatest(a.updated_at, a.published_at)')} AS "updatedAt",
            (SELECT coalesce(json_agg(json_build_object('locale', o.locale, 'slug', o.slug,
                                                        'sectionSlug', ${sectionSlugOf('o')})
                              ORDER BY o.locale), '[]'::json)
               FROM articles o
              WHERE o.document_id = a.document_id AND o.locale <> a.locale
                AND o.published_at IS NOT NULL AND o.slug IS NOT NULL) AS alternates
     FROM articles a
     WHERE a.locale = ? AND a.published_at IS NOT NULL AND a.slug IS NOT NULL
     ORDER BY a.id
     LIMIT ? OFFSET ?`,
    [locale, pageSize, (page - 1) * pageSize]
  );
  return result.rows as SitemapEntry[];
}

export interface LocaleSitemapStats {
  locale: string;
  articles: number;
  lastModified: string;
}

/** Published article count and newest change per locale (for the sitemap index). */
export async function sitemapStats(db: Db): Promise<LocaleSitemapStats[]> {
  const result = await db.raw(
    `SELECT a.locale, count(*)::int AS articles,
            ${iso('max(greatest(a.updated_at, a.published_at))')} AS "lastModified"
     FROM articles a
     WHERE a.published_at IS NOT NULL AND a.slug IS NOT NULL AND a.locale IS NOT NULL
     GROUP BY a.locale ORDER BY a.locale`
  );
  return result.rows as LocaleSitemapStats[];
}

export interface NewsSitemapEntry {
  locale: string;
  slug: string;
  sectionSlug: string | null;
  title: string;
  firstPublishedAt: string;
}

/** Articles of a locale first published since `since`, newest first, at most `limit`. */
export async function recentlyFirstPublished(
  db: Db,
  locale: string,
  since: Date,
  limit: number
): Promise<NewsSitemapEntry[]> {
  const result = await db.raw(
    `SELECT a.locale, a.slug, a.title, ${sectionSlugOf('a')} AS "sectionSlug",
            ${iso('fp.first_published_at')} AS "firstPublishedAt"
     FROM article_first_published fp
     JOIN articles a ON a.document_id = fp.document_id AND a.locale = fp.locale
     WHERE fp.locale = ? AND fp.first_published_at >= ?
       AND a.published_at IS NOT NULL AND a.slug IS NOT NULL
     ORDER BY fp.first_published_at DESC, a.id DESC
     LIMIT ?`,
    [locale, since.toISOString().replace('T', ' ').replace('Z', ''), limit]
  );
  return result.rows as NewsSitemapEntry[];
}
