/*
 * One side of the write benchmark (a child process of `npm run bench:hooks`): the compiled app
 * loaded without an HTTP server on its own database, with the attribution hooks on or off
 * (BENCH_ATTRIBUTION_HOOKS; see withoutAttributionHooks). The parent sends batches of article
 * numbers; each article is written the way an editor does it, one Document Service call at a
 * time, and each call is timed:
 *   create (the English original, a draft) → publish → update (a new az localization) → publish.
 * With BENCH_PRECOMPUTED=1 (and the hooks off) each write carries the `sources`,
 * `attributionLine` and `translation` the hooks would have computed, so the same rows are
 * written without the hooks: the difference to hooks-on is what the hooks themselves cost.
 */
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { announceReady, send } from './child-protocol';
import { SECTIONS, generateArticle, type BenchLocale } from './seed-data';
import { deriveVersion, sourceLookup, type SourceRow } from './seed-rows';
import { appDirOfChild } from './app-snapshot';
import { createBenchStrapi } from './strapi-app';
import type { StoredTranslation } from '../../src/write-pipeline/stored-versions';

export type WriteKind = 'create' | 'publish' | 'localize' | 'publish-localization';

export interface WriteTiming {
  article: number;
  kind: WriteKind;
  ms: number;
  /** SQL statements the write sent (transactions included). */
  queries: number;
}

export type WorkerCommand =
  | { type: 'run'; from: number; to: number; locales: BenchLocale[] }
  | { type: 'verify' };

export interface VerifyReport {
  articles: number;
  rows: number;
  withSources: number;
  withAttributionLine: number;
  publishedRows: number;
}

const ARTICLE = 'api::article.article';

async function createSections(
  strapi: Core.Strapi,
  locales: readonly BenchLocale[]
): Promise<string[]> {
  const ids: string[] = [];
  for (const names of SECTIONS) {
    const created = await strapi
      .documents('api::section.section')
      .create({ locale: 'en', data: { name: names.en } as never });
    for (const locale of locales.filter((code) => code !== 'en')) {
      await strapi.documents('api::section.section').update({
        documentId: created.documentId,
        locale,
        data: { name: names[locale] } as never,
      });
    }
    ids.push(created.documentId);
  }
  return ids;
}

/**
 * Hooks off without a switch in the app: the app's register() registers the steps that
 * `writePipeline(strapi)` (compiled src/write-pipeline/index.js) lists, each named by its
 * file. This wraps that export, in this process only and before register() runs, so that the
 * `attribute-sources` step is left out; every other step is registered, in the app's order.
 * (The compiled app is CommonJS: index.js reads `writePipeline` off the module's exports when
 * register() calls it, so replacing the export here is what it calls.)
 */
function withoutAttributionHooks(appDir: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pipeline = require(path.join(appDir, 'src', 'write-pipeline', 'index.js')) as {
    writePipeline: (strapi: Core.Strapi) => { name: string }[];
  };
  const steps = pipeline.writePipeline;
  pipeline.writePipeline = (app) => steps(app).filter((step) => step.name !== 'attribute-sources');
}

async function main(): Promise<void> {
  const appDir = appDirOfChild(__dirname);
  const strapi = createBenchStrapi({
    distDir: appDir,
    databaseUrl: process.env.BENCH_DATABASE_URL as string,
  });
  if (process.env.BENCH_ATTRIBUTION_HOOKS === 'off') withoutAttributionHooks(appDir);
  await strapi.load();
  const locales = (process.env.BENCH_LOCALES ?? 'en,az').split(',') as BenchLocale[];
  const sections = await createSections(strapi, locales);
  const seed = Number(process.env.BENCH_SEED ?? 20251124);
  const precomputed = process.env.BENCH_PRECOMPUTED === '1';
  const sourceRows = (await strapi.db
    .query('api::source.source')
    .findMany({ select: ['id', 'documentId', 'name', 'aliases'] })) as (SourceRow & {
    documentId: string;
  })[];
  const resolve = sourceLookup(sourceRows);
  const sourceDocumentId = new Map(sourceRows.map((row) => [row.id, row.documentId]));

  let queries = 0;
  strapi.db.connection.on('query', () => {
    queries += 1;
  });
  const timed = async (article: number, kind: WriteKind, write: () => Promise<unknown>) => {
    const before = queries;
    const started = process.hrtime.bigint();
    await write();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    return { article, kind, ms, queries: queries - before };
  };

  async function writeArticle(index: number, wanted: BenchLocale[]): Promise<WriteTiming[]> {
    const spec = generateArticle(index, { seed });
    const articles = strapi.documents(ARTICLE);
    const dataOf = (locale: BenchLocale) => {
      const version = spec.versions.find((v) => v.locale === locale);
      if (!version) throw new Error(`article ${index} has no ${locale}`);
      return {
        title: version.title,
        lead: version.lead,
        body: version.body,
        dateline: version.dateline,
        section: sections[spec.section],
      };
    };
    // What the hooks would add to each locale's data (used only with BENCH_PRECOMPUTED=1).
    const earlier: { locale: string; translation: StoredTranslation | null }[] = [];
    const derivedOf = (locale: BenchLocale) => {
      const version = spec.versions.find((v) => v.locale === locale);
      if (!precomputed || !version) return {};
      const derived = deriveVersion(version, earlier, resolve, 'en', new Date());
      earlier.push({ locale, translation: derived.translation as StoredTranslation });
      return {
        sources: derived.sources.map((found) => ({
          source: sourceDocumentId.get(found.sourceId),
          quotedAs: found.quotedAs,
          role: 'origin',
          detected: true,
        })),
        attributionLine: derived.attributionLine,
        translation: derived.translation,
      };
    };
    const timings: WriteTiming[] = [];
    let documentId = '';
    // Computed before the clock starts: the baseline must not pay for the hooks' work.
    const originalData = { ...dataOf('en'), ...derivedOf('en'), originalLanguage: 'en' };
    timings.push(
      await timed(index, 'create', async () => {
        const created = await articles.create({ locale: 'en', data: originalData as never });
        documentId = created.documentId;
      })
    );
    timings.push(
      await timed(index, 'publish', () => articles.publish({ documentId, locale: 'en' }))
    );
    for (const locale of wanted.filter((code) => code !== 'en')) {
      const localeData = { ...dataOf(locale), ...derivedOf(locale) };
      timings.push(
        await timed(index, 'localize', () =>
          articles.update({ documentId, locale, data: localeData as never })
        )
      );
      timings.push(
        await timed(index, 'publish-localization', () => articles.publish({ documentId, locale }))
      );
    }
    return timings;
  }

  process.on('message', (message: WorkerCommand) => {
    void (async () => {
      try {
        if (message.type === 'run') {
          const timings: WriteTiming[] = [];
          for (let index = message.from; index < message.to; index += 1) {
            timings.push(...(await writeArticle(index, message.locales)));
          }
          send({ type: 'result', payload: timings });
        } else if (message.type === 'verify') {
          const rows = (await strapi.db.connection.raw(`
            SELECT count(DISTINCT a.document_id)::int AS articles,
                   count(DISTINCT a.id)::int AS rows,
                   count(DISTINCT a.id) FILTER (WHERE c.id IS NOT NULL)::int AS "withSources",
                   count(DISTINCT a.id) FILTER (WHERE coalesce(a.attribution_line, '') <> '')::int AS "withAttributionLine",
                   count(DISTINCT a.id) FILTER (WHERE a.published_at IS NOT NULL)::int AS "publishedRows"
            FROM articles a
            LEFT JOIN articles_cmps c ON c.entity_id = a.id AND c.field = 'sources'`)) as {
            rows: VerifyReport[];
          };
          send({ type: 'result', payload: rows.rows[0] });
        }
      } catch (error) {
        send({
          type: 'failed',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
      }
    })();
  });

  const stop = () => {
    void strapi
      .destroy()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  announceReady(0);
}

main().catch((error: unknown) => {
  send({
    type: 'failed',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
