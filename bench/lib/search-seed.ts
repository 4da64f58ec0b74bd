/*
 * The search benchmark's database (`newsroom_bench_search`): Strapi's own start-up (schema,
 * locales az/en/ru/tr, Sources, permissions, the search index's trigger), the sections through
 * the Document Service, then N articles in bulk SQL, as the read benchmark seeds them
 * (seed-rows.ts: a draft and a published row per locale, sources, translation, section link),
 * with the search corpus's text (search-corpus.ts). The `article_search` trigger indexes each
 * published row as it is inserted, as it would on a live site. Reused while it holds the same
 * seed (a label on the database, as in seed.ts).
 */
import {
  insertSeedRows,
  nextIds,
  readSeedLabel,
  recreateDatabase,
  vacuumSeededTables,
  withClient,
  withDatabase,
  writeSeedLabel,
} from './bench-database';
import { SEARCH_LOCALES, SEARCH_SECTIONS, generateSearchArticle } from './search-corpus';
import { schemaFingerprint, waitForIdlePool } from './seed';
import {
  appendArticleRows,
  benchDocumentId,
  emptyRows,
  sourceLookup,
  type IdCursor,
} from './seed-rows';
import type { SourceRow } from './seed-rows';
import { createBenchStrapi, withBenchLocales } from './strapi-app';

/** Bump when the corpus or the row layout changes: older databases are reseeded. */
const SEED_FORMAT = 2;
const CHUNK = 1000;

export interface SearchSeedOptions {
  serverUrl: string;
  database: string;
  documents: number;
  reseed: boolean;
  distDir: string;
  seed: number;
  say: (line: string) => void;
}

export interface SearchDatabase {
  url: string;
  reused: boolean;
  seconds: number;
  counts: Record<string, number>;
  /** Section slugs by locale, and the Sources' slugs (for the filtered requests). */
  sectionSlugs: Record<string, string[]>;
  sourceSlugs: string[];
}

export async function prepareSearchDatabase(options: SearchSeedOptions): Promise<SearchDatabase> {
  const started = Date.now();
  const url = withDatabase(options.serverUrl, options.database);
  const label = {
    format: SEED_FORMAT,
    corpus: 'search',
    documents: options.documents,
    locales: SEARCH_LOCALES,
    seed: options.seed,
    schema: schemaFingerprint(options.distDir),
  };
  const existing = options.reseed ? null : await readSeedLabel(options.serverUrl, options.database);
  let reused = JSON.stringify(existing) === JSON.stringify(label);
  if (reused) reused = (await searchCounts(url)).publishedAz === options.documents;
  if (!reused) {
    options.say(
      `seeding ${options.database}: ${options.documents} articles in az (+1 of en/ru/tr each)…`
    );
    await recreateDatabase(options.serverUrl, options.database);
    await writeSections(options, url);
    await bulkInsert(options, url);
    await writeSeedLabel(options.serverUrl, options.database, label);
  } else {
    options.say(`reusing ${options.database} (same seed; --reseed to redo)`);
  }
  return withClient(url, async (client) => {
    const sections = await client.query<{ locale: string; slug: string }>(
      'SELECT locale, slug FROM sections WHERE published_at IS NOT NULL ORDER BY id'
    );
    const sectionSlugs: Record<string, string[]> = {};
    for (const row of sections.rows) (sectionSlugs[row.locale] ??= []).push(row.slug);
    // Only the Sources the corpus credits: a filter on one of them has matches.
    const sources = await client.query<{ slug: string }>(
      `SELECT DISTINCT so.slug FROM sources so
         JOIN components_attribution_source_refs_source_lnk sl ON sl.source_id = so.id
        WHERE so.published_at IS NOT NULL AND so.slug IS NOT NULL ORDER BY so.slug`
    );
    return {
      url,
      reused,
      seconds: (Date.now() - started) / 1000,
      counts: await searchCounts(url),
      sectionSlugs,
      sourceSlugs: sources.rows.map((row) => row.slug),
    };
  });
}

async function searchCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<Record<string, number>>(`
      SELECT
        (SELECT count(*)::int FROM articles) AS "articleRows",
        (SELECT count(*)::int FROM articles WHERE published_at IS NOT NULL) AS published,
        (SELECT count(*)::int FROM articles WHERE locale = 'az' AND published_at IS NOT NULL) AS "publishedAz",
        (SELECT count(*)::int FROM articles WHERE locale = 'tr' AND published_at IS NOT NULL) AS "publishedTr",
        (SELECT count(*)::int FROM articles WHERE locale = 'en' AND published_at IS NOT NULL) AS "publishedEn",
        (SELECT count(*)::int FROM articles WHERE locale = 'ru' AND published_at IS NOT NULL) AS "publishedRu",
        (SELECT CASE WHEN to_regclass('article_search') IS NULL THEN 0
                ELSE (SELECT count(*)::int FROM article_search) END) AS "searchRows",
        (SELECT pg_database_size(current_database())::bigint / 1048576)::int AS "databaseMb"`);
    return rows[0];
  });
}

/** Strapi's start-up (schema, locales, Sources, the search trigger) and the sections. */
async function writeSections(options: SearchSeedOptions, url: string): Promise<void> {
  process.env.CMS_LOCALES = withBenchLocales(process.env.CMS_LOCALES, SEARCH_LOCALES);
  const strapi = createBenchStrapi({ distDir: options.distDir, databaseUrl: url });
  await strapi.load();
  try {
    const sections = strapi.documents('api::section.section');
    for (const names of SEARCH_SECTIONS) {
      const created = await sections.create({ locale: 'az', data: { name: names.az } as never });
      for (const locale of SEARCH_LOCALES.filter((code) => code !== 'az')) {
        await sections.update({
          documentId: created.documentId,
          locale,
          data: { name: names[locale] } as never,
        });
      }
    }
  } finally {
    await waitForIdlePool(strapi);
    await strapi.destroy();
  }
}

async function bulkInsert(options: SearchSeedOptions, url: string): Promise<void> {
  await withClient(url, async (client) => {
    const trigger = await client.query(
      `SELECT 1 FROM pg_trigger WHERE tgname = 'newsroom_article_search'`
    );
    if (trigger.rows.length === 0) {
      throw new Error(
        'the article_search trigger is missing: Strapi’s bootstrap did not create it'
      );
    }
    const sources = (
      await client.query<SourceRow>('SELECT id, name, aliases FROM sources ORDER BY id')
    ).rows;
    const sectionRows = (
      await client.query<{ id: number; document_id: string; locale: string }>(
        'SELECT id, document_id, locale FROM sections ORDER BY id'
      )
    ).rows;
    const documentOrder = [...new Set(sectionRows.map((row) => row.document_id))];
    const rowIdOf = new Map(
      sectionRows.map((row) => [`${documentOrder.indexOf(row.document_id)}:${row.locale}`, row.id])
    );
    const orders = new Map<number, number>();
    const next = await nextIds(client);
    const ids: IdCursor = {
      articles: next.articles,
      sourceRefs: next.components_attribution_source_refs,
      sourceLinks: next.components_attribution_source_refs_source_lnk,
      translations: next.components_attribution_translations,
      componentLinks: next.articles_cmps,
      sectionLinks: next.articles_section_lnk,
    };
    const resolve = sourceLookup(sources);
    const context = {
      sources,
      sectionRowId: (index: number, locale: string) => {
        const id = rowIdOf.get(`${index}:${locale}`);
        if (id === undefined) throw new Error(`no section ${index} in ${locale}`);
        return id;
      },
      nextSectionOrder: (sectionRowId: number) => {
        const order = (orders.get(sectionRowId) ?? 0) + 1;
        orders.set(sectionRowId, order);
        return order;
      },
    };
    const started = Date.now();
    for (let first = 0; first < options.documents; first += CHUNK) {
      const rows = emptyRows();
      const last = Math.min(options.documents, first + CHUNK);
      for (let index = first; index < last; index += 1) {
        appendArticleRows(
          rows,
          ids,
          generateSearchArticle(index, options.seed),
          benchDocumentId(index),
          context,
          resolve
        );
      }
      await insertSeedRows(client, rows);
      if (last % 5000 === 0 || last === options.documents) {
        const seconds = (Date.now() - started) / 1000;
        options.say(`  ${last}/${options.documents} articles (${Math.round(last / seconds)}/s)`);
      }
    }
    await vacuumSeededTables(client);
    // The index the trigger filled: statistics and visibility map, as autovacuum would leave them.
    await client.query('VACUUM (ANALYZE) article_search');
    await client.query('VACUUM (ANALYZE) article_first_published');
  });
}
