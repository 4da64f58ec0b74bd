/*
 * The read benchmark's database: Strapi creates the schema, locales, Sources and permissions
 * (its own bootstrap), the Document Service writes the sections and one "twin" article, and
 * then thousands of articles go in with bulk SQL (about 100× faster than the Document Service
 * here) as rows identical to what the Document Service writes (see seed-rows.ts). The twin has
 * the same content as seeded article 0, so the benchmark can check, through the API, that a
 * seeded article reads exactly like one Strapi wrote.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
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
import { BENCH_LOCALES, SECTIONS, generateArticle, type ArticleSpec } from './seed-data';
import {
  appendArticleRows,
  benchDocumentId,
  emptyRows,
  sourceLookup,
  type IdCursor,
  type SourceRow,
} from './seed-rows';
import { createBenchStrapi, withBenchLocales } from './strapi-app';

/** Bump when the generator or the row layout changes: older bench databases are reseeded. */
const SEED_FORMAT = 2;
export const TWIN_SUFFIX = ' (document service)';
const CHUNK = 500;

export interface SeedOptions {
  serverUrl: string;
  database: string;
  documents: number;
  reseed: boolean;
  distDir: string;
  seed: number;
  say: (line: string) => void;
}

export interface SeededDatabase {
  url: string;
  reused: boolean;
  seconds: number;
  /** Seeded article 0 and its twin written through the Document Service, by locale. */
  twin: { sqlSlugs: Record<string, string>; documentServiceSlugs: Record<string, string> };
  /** Published slugs of the seeded articles in `az`, article 0 first. */
  azSlugs: string[];
  counts: Record<string, number>;
}

/** Content model files: a change to them makes an old bench database unusable. */
export function schemaFingerprint(distDir: string): string {
  const hash = createHash('sha1');
  const visit = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.json')) hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  visit(path.join(distDir, 'src', 'api'));
  visit(path.join(distDir, 'src', 'components'));
  return hash.digest('hex').slice(0, 16);
}

export async function prepareBenchDatabase(options: SeedOptions): Promise<SeededDatabase> {
  const started = Date.now();
  const url = withDatabase(options.serverUrl, options.database);
  const label = {
    format: SEED_FORMAT,
    documents: options.documents,
    locales: BENCH_LOCALES,
    seed: options.seed,
    schema: schemaFingerprint(options.distDir),
  };
  const existing = options.reseed ? null : await readSeedLabel(options.serverUrl, options.database);
  let reused = JSON.stringify(existing) === JSON.stringify(label);
  if (reused) {
    const counts = await countRows(url);
    // A run interrupted while seeding leaves no label; a label with other counts is stale.
    reused = counts.publishedAz === options.documents + 1;
  }
  if (!reused) {
    options.say(
      `seeding ${options.database}: ${options.documents} documents × ${BENCH_LOCALES.length} locales…`
    );
    await recreateDatabase(options.serverUrl, options.database);
    await writeThroughDocumentService(options, url);
    await bulkInsertArticles(options, url);
    await writeSeedLabel(options.serverUrl, options.database, label);
  } else {
    options.say(
      `reusing ${options.database} (seeded earlier with the same counts; --reseed to redo)`
    );
  }

  const sqlSpec = generateArticle(0, { seed: options.seed });
  const twinSpec = generateArticle(0, { seed: options.seed, titleSuffix: TWIN_SUFFIX });
  const azSlugs = await withClient(url, async (client) => {
    const { rows } = await client.query<{ slug: string }>(
      `SELECT slug FROM articles WHERE locale = 'az' AND published_at IS NOT NULL
         AND document_id LIKE 'b%' AND title NOT LIKE $1 ORDER BY document_id`,
      [`%${TWIN_SUFFIX}`]
    );
    return rows.map((row) => row.slug);
  });
  return {
    url,
    reused,
    seconds: (Date.now() - started) / 1000,
    twin: {
      sqlSlugs: Object.fromEntries(sqlSpec.versions.map((v) => [v.locale, v.slug])),
      documentServiceSlugs: Object.fromEntries(twinSpec.versions.map((v) => [v.locale, v.slug])),
    },
    azSlugs,
    counts: await countRows(url),
  };
}

export async function countRows(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<Record<string, number>>(`
      SELECT
        (SELECT count(*)::int FROM articles) AS "articleRows",
        (SELECT count(DISTINCT document_id)::int FROM articles) AS documents,
        (SELECT count(*)::int FROM articles WHERE locale = 'az' AND published_at IS NOT NULL) AS "publishedAz",
        (SELECT count(*)::int FROM components_attribution_source_refs) AS "sourceRefs",
        (SELECT count(*)::int FROM components_attribution_translations) AS translations,
        (SELECT count(*)::int FROM sources) AS sources,
        (SELECT count(*)::int FROM sections) AS "sectionRows",
        (SELECT pg_database_size(current_database())::bigint / 1048576)::int AS "databaseMb"`);
    return rows[0];
  });
}

/** Strapi's own start-up (schema, locales, Sources, permissions), sections, and the twin. */
async function writeThroughDocumentService(options: SeedOptions, url: string): Promise<void> {
  process.env.CMS_LOCALES = withBenchLocales(process.env.CMS_LOCALES, BENCH_LOCALES);
  const strapi = createBenchStrapi({ distDir: options.distDir, databaseUrl: url });
  await strapi.load();
  try {
    const sectionIds: string[] = [];
    for (const names of SECTIONS) {
      const created = await strapi
        .documents('api::section.section')
        .create({ locale: 'en', data: { name: names.en } as never });
      for (const locale of BENCH_LOCALES.filter((code) => code !== 'en')) {
        await strapi.documents('api::section.section').update({
          documentId: created.documentId,
          locale,
          data: { name: names[locale] } as never,
        });
      }
      sectionIds.push(created.documentId);
    }
    await createThroughDocumentService(
      strapi,
      generateArticle(0, { seed: options.seed, titleSuffix: TWIN_SUFFIX }),
      sectionIds
    );
  } finally {
    await waitForIdlePool(strapi);
    await strapi.destroy();
  }
}

/** An article as an editor makes it: the original published, then each translation. */
export async function createThroughDocumentService(
  strapi: Core.Strapi,
  spec: ArticleSpec,
  sectionDocumentIds: string[]
): Promise<string> {
  const articles = strapi.documents('api::article.article');
  const [original, ...translations] = spec.versions;
  const dataOf = (version: ArticleSpec['versions'][number]) => ({
    title: version.title,
    lead: version.lead,
    body: version.body,
    dateline: version.dateline,
    section: sectionDocumentIds[spec.section],
  });
  const created = await articles.create({
    locale: original.locale,
    status: 'published',
    data: {
      ...dataOf(original),
      originalLanguage: spec.originalLanguage,
      originalPublishedAt: spec.originalPublishedAt.toISOString(),
    } as never,
  });
  for (const version of translations) {
    await articles.update({
      documentId: created.documentId,
      locale: version.locale,
      data: dataOf(version) as never,
    });
    await articles.publish({ documentId: created.documentId, locale: version.locale });
  }
  return created.documentId;
}

/** Document events load entries after commit; let them finish before the pool closes. */
export async function waitForIdlePool(strapi: Core.Strapi): Promise<void> {
  const { waitForIdleDatabase } = await import('../../src/cli/boot');
  await waitForIdleDatabase(strapi);
}

async function bulkInsertArticles(options: SeedOptions, url: string): Promise<void> {
  await withClient(url, async (client) => {
    const sources = (
      await client.query<SourceRow>('SELECT id, name, aliases FROM sources ORDER BY id')
    ).rows;
    const sectionRows = (
      await client.query<{ id: number; document_id: string; locale: string; created_at: Date }>(
        'SELECT id, document_id, locale, created_at FROM sections ORDER BY id'
      )
    ).rows;
    // Section documents in creation order, as SECTIONS lists them.
    const documentOrder = [...new Set(sectionRows.map((row) => row.document_id))];
    const rowIdOf = new Map(
      sectionRows.map((row) => [`${documentOrder.indexOf(row.document_id)}:${row.locale}`, row.id])
    );
    const orders = new Map<number, number>(
      (
        await client.query<{ section_id: number; max: number }>(
          'SELECT section_id, max(article_ord) AS max FROM articles_section_lnk GROUP BY section_id'
        )
      ).rows.map((row) => [row.section_id, Number(row.max)])
    );
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
        const spec = generateArticle(index, { seed: options.seed });
        appendArticleRows(rows, ids, spec, benchDocumentId(index), context, resolve);
      }
      await insertSeedRows(client, rows);
      const seconds = (Date.now() - started) / 1000;
      options.say(
        `  ${last}/${options.documents} documents (${Math.round(last / seconds)} documents/s)`
      );
    }
    await vacuumSeededTables(client);
  });
}
