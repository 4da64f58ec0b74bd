import { matchKey } from '../case-fold';
import { detectAttributions } from '../detect';
import { languageOf } from '../locale';
import { KNOWN_SOURCES } from '../registry';
import {
  canonicalizeUnknownName,
  createSourceResolver,
  type NamedSource,
  type SourceResolver,
} from '../resolver';
import { extractText, paragraphsToBlocks } from '../text';

/** One labelled article: what a corpus file holds (a file holds one, or an array of them). */
export interface LabelledArticle {
  readonly id?: string;
  readonly locale: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  /** The outlets the article credits, by any spelling the registry knows or as written. */
  readonly expected: readonly string[];
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  articles: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleResult {
  readonly article: LabelledArticle;
  readonly found: readonly string[];
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
}

/** Checks a parsed corpus entry; returns a reason when it is not a labelled article. */
export function problemWith(entry: unknown): string | null {
  const article = entry as Partial<LabelledArticle> | null;
  if (typeof article !== 'object' || article === null) return 'not an object';
  if (typeof article.locale !== 'string' || !article.locale) return 'no locale';
  if (typeof article.title !== 'string') return 'no title';
  if (!Array.isArray(article.paragraphs) || !article.paragraphs.every((p) => typeof p === 'string'))
    return 'paragraphs must be a list of strings';
  if (!Array.isArray(article.expected) || !article.expected.every((e) => typeof e === 'string'))
    return 'expected must be a list of strings';
  return null;
}

/**
 * The Source a name stands for, as the CMS would file it: a known outlet's canonical name, or
 * the tidied name an unverified Source would get. Keys compare them.
 */
function sourceKey(resolver: SourceResolver, name: string, locale: string): string {
  return matchKey(resolver.resolve(name, locale) ?? canonicalizeUnknownName(name));
}

/** Runs detection (the same pipeline the hooks run, without a database) on one article. */
export function evaluateArticle(
  article: LabelledArticle,
  resolver: SourceResolver = createSourceResolver(KNOWN_SOURCES)
): ArticleResult {
  const text = extractText({ title: article.title, body: paragraphsToBlocks(article.paragraphs) });
  const detected = new Map<string, string>();
  const created: NamedSource[] = []; // the unverified Sources the CMS would create
  for (const { name } of detectAttributions(text, article.locale)) {
    const known = resolver.resolve(name, article.locale);
    if (!known) created.push({ name: canonicalizeUnknownName(name), aliases: [] });
    const key = sourceKey(resolver, name, article.locale);
    if (!detected.has(key)) detected.set(key, known ?? name);
  }
  // An expected outlet the text names in another case or script is the Source it created.
  const withCreated = created.length
    ? createSourceResolver([...KNOWN_SOURCES, ...created])
    : resolver;
  const expected = new Map<string, string>();
  for (const name of article.expected)
    expected.set(sourceKey(withCreated, name, article.locale), name);
  const found = [...detected.keys()].filter((key) => expected.has(key));
  return {
    article,
    found: found.map((key) => detected.get(key) as string),
    missed: [...expected.keys()]
      .filter((key) => !detected.has(key))
      .map((key) => expected.get(key) as string),
    wrong: [...detected.keys()]
      .filter((key) => !expected.has(key))
      .map((key) => detected.get(key) as string),
  };
}

export function scoresOf(counts: Counts): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  // No prediction and nothing expected is perfect, not undefined.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

/** Micro-averaged scores per language (primary subtag) and overall. */
export function scoreCorpus(articles: readonly LabelledArticle[]): {
  byLanguage: Map<string, Scores>;
  overall: Scores;
  results: ArticleResult[];
} {
  const resolver = createSourceResolver(KNOWN_SOURCES);
  const counts = new Map<string, Counts>();
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0, articles: 0 };
  const results: ArticleResult[] = [];
  for (const article of articles) {
    const result = evaluateArticle(article, resolver);
    results.push(result);
    const language = languageOf(article.locale) || article.locale;
    const bucket = counts.get(language) ?? {
      truePositives: 0,
      falsePositives: 0,
      falseNegatives: 0,
      articles: 0,
    };
    for (const target of [bucket, total]) {
      target.truePositives += result.found.length;
      target.falsePositives += result.wrong.length;
      target.falseNegatives += result.missed.length;
      target.articles += 1;
    }
    counts.set(language, bucket);
  }
  const byLanguage = new Map(
    [...counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, c]) => [language, scoresOf(c)])
  );
  return { byLanguage, overall: scoresOf(total), results };
}
