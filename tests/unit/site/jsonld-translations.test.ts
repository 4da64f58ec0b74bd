import { buildNewsArticleJsonLd, type JsonLdInput } from '../../../src/site/jsonld';

// az is the original; en and tr are translated from az, ru from en.
const FROM: Record<string, string | null> = { az: null, en: 'az', tr: 'az', ru: 'en' };

const page = (locale: string): JsonLdInput => ({
  documentId: 'doc1',
  locale,
  title: `Title ${locale}`,
  slug: `slug-${locale}`,
  sources: [{ name: 'Reuters', kind: 'news-agency' }],
  translation: FROM[locale] ? { method: 'human', from: FROM[locale] } : { method: 'original' },
  alternates: Object.keys(FROM)
    .filter((other) => other !== locale)
    .map((other) => ({
      locale: other,
      slug: `slug-${other}`,
      title: `Title ${other}`,
      translatedFrom: FROM[other],
    })),
  publisher: { name: 'Newsroom' },
  publishedAt: '2026-11-30T10:00:00.000Z',
  pageUrl: (version) => `https://news.example/${version.locale}/${version.slug}`,
});

/** The languages of a JSON-LD tree, as nested [language, translationOf, translations]. */
type Tree = { inLanguage?: string; translationOfWork?: Tree; workTranslation?: Tree[] };
const shape = (node: Tree): unknown => [
  node.inLanguage,
  node.translationOfWork ? shape(node.translationOfWork) : null,
  (node.workTranslation ?? []).map(shape),
];
const languages = (node: Tree): string[] => [
  node.inLanguage ?? '',
  ...(node.translationOfWork ? languages(node.translationOfWork) : []),
  ...(node.workTranslation ?? []).flatMap(languages),
];

describe('JSON-LD language versions (inLanguage alternates)', () => {
  it('places every published language version once, from any page', () => {
    for (const locale of Object.keys(FROM)) {
      const tree = buildNewsArticleJsonLd(page(locale)) as Tree;
      expect({ locale, languages: languages(tree).sort() }).toEqual({
        locale,
        languages: ['az', 'en', 'ru', 'tr'],
      });
    }
  });

  it('the original lists its translations and theirs', () => {
    expect(shape(buildNewsArticleJsonLd(page('az')) as Tree)).toEqual([
      'az',
      null,
      [
        ['en', null, [['ru', null, []]]],
        ['tr', null, []],
      ],
    ]);
  });

  it('a translation of a translation goes back to the original, with its other translations', () => {
    expect(shape(buildNewsArticleJsonLd(page('ru')) as Tree)).toEqual([
      'ru',
      ['en', ['az', null, [['tr', null, []]]], []],
      [],
    ]);
  });

  it('each version is a NewsArticle with its own page URL', () => {
    const tree = buildNewsArticleJsonLd(page('tr')) as Tree & Record<string, unknown>;
    expect(tree.translationOfWork).toMatchObject({
      '@type': 'NewsArticle',
      '@id': 'https://news.example/az/slug-az',
      url: 'https://news.example/az/slug-az',
      headline: 'Title az',
      inLanguage: 'az',
      workTranslation: [
        expect.objectContaining({ inLanguage: 'en', url: 'https://news.example/en/slug-en' }),
      ],
    });
  });
});
