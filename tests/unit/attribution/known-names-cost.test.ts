import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createKnownNames,
  detectAttributions,
  extractText,
  KNOWN_SOURCES,
  paragraphsToBlocks,
  type KnownNames,
} from '../../../src/attribution';

/*
 * What the registry's matcher costs a write. The figures are logged, not asserted (a busy
 * machine's clock proves nothing); what is asserted is what they rest on: a new registry
 * version whose new spellings are capitalised names detects as before without compiling the
 * phrases again, and knows the new outlet.
 */
const CORPUS = path.resolve(__dirname, '../../../database/eval/attribution');
const articles = ['az', 'en', 'ru', 'tr', 'de', 'ka', 'ar'].flatMap(
  (language) =>
    JSON.parse(readFileSync(path.join(CORPUS, `${language}.json`), 'utf8')) as {
      locale: string;
      title: string;
      paragraphs: string[];
    }[]
);
const texts = articles.map(
  (article) =>
    [
      extractText({ title: article.title, body: paragraphsToBlocks(article.paragraphs) }),
      article.locale,
    ] as const
);
const LOCALES = ['az', 'en', 'ru', 'tr', 'uk', 'de', 'fr', 'es', 'it', 'ar', 'fa', 'ka', 'pl'];

const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};
const detectAll = (known: KnownNames) =>
  texts.map(([text, locale]) => detectAttributions(text, locale, known).map((d) => d.name));

describe('the cost of a registry version', () => {
  it('compiles the phrases once per list of spellings they spell out, not per registry load', () => {
    const seventy = KNOWN_SOURCES.slice(0, 70);
    const [known, build] = timed(() => createKnownNames(seventy));
    const [, compile] = timed(() =>
      LOCALES.forEach((locale) => detectAttributions('.', locale, known))
    );
    const [before, firstPass] = timed(() => detectAll(known));
    const [, steady] = timed(() => detectAll(known));

    // An editor adds an outlet whose spellings are capitalised names: lookups change, regexes do not.
    const kaspi = { name: 'Kaspi Xəbər Agentliyi', aliases: ['KXA'] };
    const [next, rebuild] = timed(() => createKnownNames([...seventy, kaspi]));
    const [after, nextPass] = timed(() => detectAll(next));

    expect(after).toEqual(before);
    expect(detectAttributions('Körpü açılıb, KXA yazır.', 'az', known)).toEqual([]);
    expect(detectAttributions('Körpü açılıb, KXA yazır.', 'az', next).map((d) => d.name)).toEqual([
      'KXA',
    ]);

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(
      [
        `registry of ${seventy.length} sources: lookups built in ${ms(build)}, phrases of ${LOCALES.length} locales compiled in ${ms(compile)}`,
        `${texts.length} articles: first pass ${ms(firstPass)} (V8 compiles each regex on first use), then ${ms(steady / texts.length)} an article`,
        `with a new capitalised Source: lookups rebuilt in ${ms(rebuild)}, first pass ${ms(nextPass / texts.length)} an article`,
      ].join('\n')
    );
  });
});
