/*
 * npm run eval:attribution -- [folder] [--verbose]
 * Scores attribution detection on a folder of labelled articles (default: database/eval/attribution):
 * JSON files, each one article or a list of them, {locale, title, paragraphs, expected}.
 * Pure detection and the known-sources list: no database, no Strapi. Exit 1 on a malformed corpus.
 * package.json runs it with --no-regexp-tier-up: V8 then compiles the phrase regexes to machine
 * code at once instead of interpreting them first, which for a one-shot run is 5x faster.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  problemWith,
  scoreCorpus,
  type LabelledArticle,
  type Scores,
} from '../attribution/eval/score';

function filesIn(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const full = path.join(folder, entry);
      if (statSync(full).isDirectory()) return filesIn(full);
      return entry.endsWith('.json') ? [full] : [];
    });
}

function loadCorpus(folder: string): LabelledArticle[] {
  const articles: LabelledArticle[] = [];
  for (const file of filesIn(folder)) {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const entries = Array.isArray(parsed) ? parsed : [parsed];
    entries.forEach((entry, index) => {
      const problem = problemWith(entry);
      if (problem) throw new Error(`${file} [${index}]: ${problem}`);
      articles.push(entry as LabelledArticle);
    });
  }
  return articles;
}

const percent = (value: number) => value.toFixed(3);

function row(label: string, scores: Scores): string {
  return [
    label.padEnd(8),
    String(scores.articles).padStart(8),
    String(scores.truePositives).padStart(5),
    String(scores.falsePositives).padStart(5),
    String(scores.falseNegatives).padStart(5),
    percent(scores.precision).padStart(9),
    percent(scores.recall).padStart(7),
    percent(scores.f1).padStart(7),
  ].join(' ');
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const folder = path.resolve(
    argv.find((arg) => !arg.startsWith('--')) ?? 'database/eval/attribution'
  );
  let articles: LabelledArticle[];
  try {
    articles = loadCorpus(folder);
  } catch (error) {
    console.error(`eval:attribution: ${(error as Error).message}`);
    return 1;
  }
  const startedAt = process.hrtime.bigint();
  const { byLanguage, overall, results } = scoreCorpus(articles);
  const elapsedMs = Number(process.hrtime.bigint() - startedAt) / 1e6;

  if (verbose) {
    for (const { article, missed, wrong } of results) {
      if (missed.length === 0 && wrong.length === 0) continue;
      const label = article.id ?? article.title.slice(0, 50);
      console.log(
        `${article.locale} ${label}: missed ${JSON.stringify(missed)} wrong ${JSON.stringify(wrong)}`
      );
    }
    console.log('');
  }
  console.log(`${articles.length} articles from ${folder} (${elapsedMs.toFixed(0)} ms)`);
  console.log('language articles    tp    fp    fn precision recall     f1');
  for (const [language, scores] of byLanguage) console.log(row(language, scores));
  console.log(row('overall', overall));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
