/*
 * Article search, the SQL half: the GIN-indexed `article_search` table (published rows only,
 * kept by a trigger; see database/migrations/2025.12.01T00.00.00.article-search.js), joined to
 * the published article row it indexes. Ranked by ts_rank with the title weighted over the lead
 * and the body, then newest first. Snippets are computed for the page's rows only.
 */
import { filterConditions, type Db } from './published-articles';
import { HEADLINE_MARKERS, snippetHtml, type SearchRequest } from './search';

export interface SearchHit {
  documentId: string;
  locale: string;
  title: string;
  slug: string | null;
  lead: string | null;
  snippet: string;
  section: { name: string; slug: string | null } | null;
  attributionLine: string | null;
  publishedAt: string;
  rank: number;
}

export interface SearchPage {
  hits: SearchHit[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const HEADLINE_OPTIONS = [
  `StartSel=${HEADLINE_MARKERS.start}`,
  `StopSel=${HEADLINE_MARKERS.stop}`,
  `FragmentDelimiter=${HEADLINE_MARKERS.fragments}`,
  'MaxFragments=2',
  'MaxWords=18',
  'MinWords=8',
].join(', ');

// What ts_headline reads: the text as it was indexed (folded, no markup; one character for one).
const HEADLINE_TEXT = 'newsroom_search_text(page.text)';

const toTimestamp = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');

export async function searchPublishedArticles(
  db: Db,
  locale: string,
  request: SearchRequest
): Promise<SearchPage> {
  const filters = filterConditions({
    sectionSlug: request.sectionSlug,
    sourceSlug: request.sourceSlug,
  });
  const dates: string[] = [];
  const dateBindings: string[] = [];
  if (request.from) {
    dates.push(' AND a.published_at >= ?');
    dateBindings.push(toTimestamp(request.from));
  }
  if (request.to) {
    dates.push(' AND a.published_at <= ?');
    dateBindings.push(toTimestamp(request.to));
  }
  const result = await db.raw(
    `WITH query AS (
       SELECT to_tsquery(newsroom_search_config(?), newsroom_search_fold(?)) AS q,
              to_tsquery(newsroom_search_config(?), newsroom_search_fold(?)) AS highlight
     ),
     matches AS (
       SELECT a.id, a.published_at, ts_rank(s.document, query.q) AS rank,
              count(*) OVER () AS total
       FROM query, article_search s
       JOIN articles a ON a.id = s.article_id
       WHERE s.locale = ? AND s.document @@ query.q
         AND a.locale = ? AND a.published_at IS NOT NULL${filters.sql}${dates.join('')}
       ORDER BY rank DESC, a.published_at DESC, a.id DESC
       LIMIT ? OFFSET ?
     ),
     page AS (
       SELECT m.*, a.document_id, a.locale, a.title, a.slug, a.lead, a.attribution_line,
              concat_ws(E'\\n', a.lead, newsroom_blocks_text(a.body)) AS text
       FROM matches m JOIN articles a ON a.id = m.id
     )
     SELECT page.document_id AS "documentId", page.locale, page.title, page.slug, page.lead,
            page.attribution_line AS "attributionLine", ${iso('page.published_at')} AS "publishedAt",
            page.rank, page.total::int AS total, page.text,
            ${HEADLINE_TEXT} AS folded,
            ts_headline(newsroom_search_config(page.locale), ${HEADLINE_TEXT}, query.highlight, ?)
              AS headline,
            (SELECT json_build_object('name', se.name, 'slug', se.slug)
               FROM articles_section_lnk l JOIN sections se ON se.id = l.section_id
              WHERE l.article_id = page.id AND se.published_at IS NOT NULL
              ORDER BY l.id LIMIT 1) AS section
     FROM page, query
     ORDER BY page.rank DESC, page.published_at DESC, page.id DESC`,
    [
      locale,
      request.tsquery,
      locale,
      request.highlightTsquery,
      locale,
      locale,
      ...filters.bindings,
      ...dateBindings,
      request.pageSize,
      (request.page - 1) * request.pageSize,
      HEADLINE_OPTIONS,
    ]
  );
  const rows = result.rows as (Omit<SearchHit, 'snippet'> & {
    total: number;
    text: string;
    folded: string;
    headline: string;
  })[];
  const total = rows[0]?.total ?? (request.page > 1 ? await countMatches() : 0);
  return {
    hits: rows.map(({ total: _total, text, folded, headline, ...hit }) => ({
      ...hit,
      rank: Number(hit.rank),
      snippet: snippetHtml(headline ?? '', text ?? '', folded ?? ''),
    })),
    pagination: {
      page: request.page,
      pageSize: request.pageSize,
      pageCount: Math.ceil(total / request.pageSize),
      total,
    },
  };

  // A page past the end has no row to carry the total: count it alone.
  async function countMatches(): Promise<number> {
    const counted = await db.raw(
      `SELECT count(*)::int AS total
       FROM article_search s JOIN articles a ON a.id = s.article_id
       WHERE s.locale = ? AND s.document @@ to_tsquery(newsroom_search_config(?), newsroom_search_fold(?))
         AND a.locale = ? AND a.published_at IS NOT NULL${filters.sql}${dates.join('')}`,
      [locale, locale, request.tsquery, locale, ...filters.bindings, ...dateBindings]
    );
    return (counted.rows[0] as { total: number }).total;
  }
}
