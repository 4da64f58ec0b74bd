/*
 * Article search, the SQL half: the GIN-indexed `article_search` table (published rows only,
 * kept by a trigger; see database/migrations/2025.12.01T00.00.00.article-search.js); only the
 * page's rows are joined to the published article rows they index. Ranked by ts_rank with the title weighted over the lead
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

const toTimestamp = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');

export async function searchPublishedArticles(
  db: Db,
  locale: string,
  request: SearchRequest
): Promise<SearchPage> {
  // On the index row `m` (article_search): its article_id is the published row's id.
  const filters = filterConditions(
    { sectionSlug: request.sectionSlug, sourceSlug: request.sourceSlug },
    'm.article_id'
  );
  const dates: string[] = [];
  const dateBindings: string[] = [];
  if (request.from) {
    dates.push(' AND m.published_at >= ?');
    dateBindings.push(toTimestamp(request.from));
  }
  if (request.to) {
    dates.push(' AND m.published_at <= ?');
    dateBindings.push(toTimestamp(request.to));
  }
  // Why it is shaped so (EXPLAIN ANALYZE at 50,000 articles, bench/README.md): every match is
  // ranked and counted from article_search alone (it carries locale and published_at, and holds
  // published rows only), never joined to `articles`; the rank is computed on the narrow rows
  // before count(*) OVER () (MATERIALIZED: else PostgreSQL evaluates it above the window), so
  // the window keeps ids and ranks, not every match's tsvector (which spilled to disk); the
  // page's text is extracted and folded once per row.
  const result = await db.raw(
    `WITH query AS (
       SELECT to_tsquery(newsroom_search_config(?), newsroom_search_fold(?)) AS q,
              to_tsquery(newsroom_search_config(?), newsroom_search_fold(?)) AS highlight
     ),
     ranked AS MATERIALIZED (
       SELECT m.article_id AS id, m.published_at, ts_rank(m.document, query.q) AS rank
       FROM query, article_search m
       WHERE m.locale = ? AND m.document @@ query.q${filters.sql}${dates.join('')}
     ),
     matches AS (
       SELECT ranked.*, count(*) OVER () AS total FROM ranked
       ORDER BY rank DESC, published_at DESC, id DESC
       LIMIT ? OFFSET ?
     ),
     page AS MATERIALIZED (
       SELECT m.*, a.document_id, a.locale, a.title, a.slug, a.lead, a.attribution_line,
              body.text, newsroom_search_text(body.text) AS folded
       FROM matches m
       JOIN articles a ON a.id = m.id AND a.published_at IS NOT NULL
       CROSS JOIN LATERAL (
         SELECT concat_ws(E'\\n', a.lead, newsroom_blocks_text(a.body)) AS text) body
     )
     SELECT page.document_id AS "documentId", page.locale, page.title, page.slug, page.lead,
            page.attribution_line AS "attributionLine", ${iso('page.published_at')} AS "publishedAt",
            page.rank, page.total::int AS total, page.text, page.folded,
            ts_headline(newsroom_search_config(page.locale), page.folded, query.highlight, ?)
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
       FROM article_search m
       WHERE m.locale = ? AND m.document @@ to_tsquery(newsroom_search_config(?), newsroom_search_fold(?))${filters.sql}${dates.join('')}`,
      [locale, locale, request.tsquery, ...filters.bindings, ...dateBindings]
    );
    return (counted.rows[0] as { total: number }).total;
  }
}
