import {
  createSourceResolver,
  detectAttributions,
  extractText,
  KNOWN_SOURCES,
} from '../../../src/attribution';
import {
  AGENCIES,
  BENCH_LOCALES,
  BODY_CHARACTERS,
  SECTIONS,
  generateArticle,
} from '../../../bench/lib/seed-data';

const resolver = createSourceResolver(
  KNOWN_SOURCES.map((source) => ({ name: source.name, aliases: [...source.aliases] }))
);

const creditedNames = (text: string, locale: string) =>
  detectAttributions(text, locale).map((found) => resolver.resolve(found.name, locale));

describe('benchmark articles', () => {
  test('each agency phrase is detected and resolves to that agency, in every locale', () => {
    for (const agency of AGENCIES) {
      for (const locale of BENCH_LOCALES) {
        const sentence = agency.credit[locale]('officials met on Monday');
        expect({ agency: agency.name, locale, found: creditedNames(sentence, locale) }).toEqual({
          agency: agency.name,
          locale,
          found: [agency.name],
        });
      }
    }
  });

  test('every locale of an article credits exactly its agencies, nothing else in the filler', () => {
    for (let index = 0; index < 300; index += 1) {
      const spec = generateArticle(index);
      for (const version of spec.versions) {
        const found = creditedNames(extractText(version), version.locale);
        expect({ index, locale: version.locale, found }).toEqual({
          index,
          locale: version.locale,
          found: spec.agencies,
        });
      }
    }
  });

  test('bodies are about 3 KB of text, in English, Azerbaijani and Russian', () => {
    const spec = generateArticle(7);
    expect(spec.versions.map((version) => version.locale)).toEqual(['en', 'az', 'ru']);
    for (const version of spec.versions) {
      const length = extractText({ body: version.body }).length;
      expect(length).toBeGreaterThanOrEqual(BODY_CHARACTERS);
      expect(length).toBeLessThan(BODY_CHARACTERS + 800);
    }
    expect(spec.section).toBeGreaterThanOrEqual(0);
    expect(spec.section).toBeLessThan(SECTIONS.length);
  });

  test('the same number and seed give the same article; titles and slugs are unique', () => {
    expect(generateArticle(42)).toEqual(generateArticle(42));
    expect(generateArticle(42, { seed: 1 })).not.toEqual(generateArticle(42));
    for (const locale of BENCH_LOCALES) {
      const slugs = new Set<string>();
      for (let index = 0; index < 2000; index += 1) {
        const version = generateArticle(index).versions.find((v) => v.locale === locale);
        slugs.add(version?.slug ?? '');
      }
      expect(slugs.size).toBe(2000);
    }
  });

  test('a twin differs only in its title and slug', () => {
    const article = generateArticle(0);
    const twin = generateArticle(0, { titleSuffix: ' (twin)' });
    expect(twin.versions.map((v) => v.title)).toEqual(
      article.versions.map((v) => `${v.title} (twin)`)
    );
    expect(twin.versions.map((v) => v.slug)).toEqual(article.versions.map((v) => `${v.slug}-twin`));
    expect(twin.versions.map((v) => v.body)).toEqual(article.versions.map((v) => v.body));
  });

  test('Azerbaijani text starts sentences with the dotted capital İ', () => {
    const texts = Array.from({ length: 50 }, (_, i) =>
      extractText({ body: generateArticle(i).versions[1].body })
    ).join(' ');
    expect(texts).not.toMatch(/(^|\. )I[a-zəöüğıçş]/);
  });
});
