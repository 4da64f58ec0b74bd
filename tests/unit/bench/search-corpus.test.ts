import {
  createSourceResolver,
  detectAttributions,
  extractText,
  KNOWN_SOURCES,
} from '../../../src/attribution';
import {
  SEARCH_AGENCIES,
  SEARCH_BODY_CHARACTERS,
  SEARCH_LOCALES,
  SEARCH_SECTIONS,
  generateSearchArticle,
  rareName,
} from '../../../bench/lib/search-corpus';

const resolver = createSourceResolver(
  KNOWN_SOURCES.map((source) => ({ name: source.name, aliases: [...source.aliases] }))
);
const creditedNames = (text: string, locale: string) =>
  detectAttributions(text, locale).map((found) => resolver.resolve(found.name, locale));

describe('search benchmark articles', () => {
  test('each agency credit is detected and resolves to that agency, in az, en, ru and tr', () => {
    for (const agency of SEARCH_AGENCIES) {
      for (const locale of SEARCH_LOCALES) {
        const sentence = `${agency.credit[locale]}, the cabinet met.`;
        expect({ agency: agency.name, locale, found: creditedNames(sentence, locale) }).toEqual({
          agency: agency.name,
          locale,
          found: [agency.name],
        });
      }
    }
  });

  test('every version credits exactly its agency: the filler reads as no attribution', () => {
    for (let index = 0; index < 400; index += 1) {
      const article = generateSearchArticle(index);
      const names = new Set(
        article.versions.map((version) =>
          creditedNames(extractText(version), version.locale).join()
        )
      );
      expect({ index, names: [...names] }).toEqual({
        index,
        names: [expect.stringMatching(/^[A-Z][\w ]+$/)],
      });
    }
  });

  test('every article is in Azerbaijani, translated into one of en, ru, tr in turn', () => {
    const second = [0, 1, 2, 3].map((index) => generateSearchArticle(index).versions[1].locale);
    expect(second).toEqual(['en', 'ru', 'tr', 'en']);
    for (const index of [0, 1, 2]) {
      const article = generateSearchArticle(index);
      expect(article.versions[0].locale).toBe('az');
      expect(article.originalLanguage).toBe('az');
      expect(article.section).toBeLessThan(SEARCH_SECTIONS.length);
    }
  });

  test('bodies are news briefs of about 2.4 KB; slugs are unique', () => {
    const slugs = new Set<string>();
    for (let index = 0; index < 1000; index += 1) {
      for (const version of generateSearchArticle(index).versions) {
        const length = extractText({ body: version.body }).length;
        expect(length).toBeGreaterThan(SEARCH_BODY_CHARACTERS * 0.7);
        expect(length).toBeLessThan(SEARCH_BODY_CHARACTERS * 1.5);
        slugs.add(`${version.locale}/${version.slug}`);
      }
    }
    expect(slugs.size).toBe(2000);
  });

  test('the vocabulary has a long tail: a made-up name is in few articles, a topic word in many', () => {
    const articles = Array.from({ length: 2000 }, (_, index) => generateSearchArticle(index));
    const containing = (word: string) =>
      articles.filter((article) => extractText(article.versions[0]).includes(word)).length;
    expect(containing('Bakıda')).toBeGreaterThan(400);
    expect(containing(rareName(1234, 'az'))).toBeLessThan(20);
    expect(generateSearchArticle(9)).toEqual(generateSearchArticle(9));
    expect(generateSearchArticle(9, 1)).not.toEqual(generateSearchArticle(9));
  });
});
