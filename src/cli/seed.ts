/*
 * npm run seed: imports the shipped sample articles (database/samples/*.txt, the locale from
 * the file name: az-…, en-…) and publishes those the attribution guard accepts, so a fresh
 * `npm run develop` has content. Idempotent: a second run finds every article unchanged.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { importFiles, type ImportJob } from '../importer/batch';
import { createProgressReporter, summarizeImport } from '../importer/report';
import { knownLocaleCodes } from '../locales/known';
import { EXIT, projectRoot, runCli, withStrapi } from './boot';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `az-000-seed.txt` → `az`; `pt-BR-001-x.txt` → `pt-BR`. */
export function localeOfSampleFile(file: string): string | null {
  const match = /^([a-z]{2,3}(?:-[A-Z]{2})?)-/.exec(path.basename(file));
  return match ? match[1] : null;
}

/** The model Azerbaijani article: the README's examples are written with it. */
const MODEL_ARTICLE = 'az-000-seed.txt';

/** Requests that work as written against the app on this database, for a first look. */
function tryItLines(article: {
  documentId: string;
  slug: string | null;
  locale: string;
}): string[] {
  const base = `http://${process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : 'localhost'}:${process.env.PORT ?? 1337}/api`;
  const query = `locale=${article.locale}`;
  return [
    `The model article is ${article.documentId} (${article.locale}, slug ${article.slug}). Try, with the app running:`,
    `  curl '${base}/articles/by-slug/${article.slug}?${query}'`,
    `  curl '${base}/articles/${article.documentId}/attribution?${query}'`,
    `  curl '${base}/articles/${article.documentId}/jsonld?${query}'`,
  ];
}

async function main(): Promise<number> {
  const dir = path.join(projectRoot(), 'database', 'samples');
  const files = (await fs.readdir(dir))
    .filter((name) => name.toLowerCase().endsWith('.txt'))
    .sort()
    // Relative to the working directory (the project, under run.js): shorter report lines.
    .map((name) => path.relative(process.cwd(), path.join(dir, name)) || name);

  return withStrapi(async (strapi) => {
    const known = await knownLocaleCodes(strapi);
    const jobs: ImportJob[] = [];
    const skipped: string[] = [];
    const missingLocales = new Set<string>();
    for (const file of files) {
      const locale = localeOfSampleFile(file);
      if (locale && known.has(locale)) {
        // Samples named `…-original-…` are the site's own reporting, with no agency to credit.
        jobs.push({ file, locale, originalReporting: /-original-/.test(path.basename(file)) });
        continue;
      }
      if (locale) missingLocales.add(locale);
      skipped.push(`${file} (${locale ?? 'no locale prefix'})`);
    }

    say(
      `Seeding ${jobs.length} sample article(s) from ${path.relative(process.cwd(), dir) || dir}`
    );
    const reporter = createProgressReporter({ tty: Boolean(process.stderr.isTTY), write: say });
    const started = Date.now();
    reporter.start(jobs.length);
    // One at a time: a dozen files, and the log reads in file order.
    const outcomes = await importFiles(strapi, jobs, {
      concurrency: 1,
      publish: true,
      onOutcome: (outcome) => reporter.outcome(outcome),
    });
    reporter.stop();
    summarizeImport(outcomes, Date.now() - started, { publish: true }).forEach(say);
    const model = outcomes.find((outcome) => path.basename(outcome.job.file) === MODEL_ARTICLE);
    if (model && model.status !== 'failed') tryItLines(model.result.article).forEach(say);
    if (skipped.length > 0) {
      const wanted = [...new Set([...known, ...missingLocales])].join(',');
      say(`Skipped (locale not configured; CMS_LOCALES=${wanted} would include them):`);
      for (const file of skipped) say(`  - ${file}`);
    }
    return outcomes.some((outcome) => outcome.status === 'failed') ? EXIT.failed : EXIT.ok;
  });
}

if (require.main === module) runCli(main);
