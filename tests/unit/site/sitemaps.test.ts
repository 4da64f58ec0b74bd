import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  pageCount,
  renderArticleSitemap,
  renderNewsSitemap,
  renderSitemapIndex,
} from '../../../src/site/sitemaps';
import { site } from './fixtures';

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name),
});

describe('pageCount', () => {
  it('has one page even when empty, and 50,000 URLs a page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(50_000)).toBe(1);
    expect(pageCount(50_001)).toBe(2);
  });
});

describe('renderSitemapIndex', () => {
  it('lists each page of each locale and its news sitemap', () => {
    const xml = renderSitemapIndex(
      [{ locale: 'az', articles: 3, lastModified: '2025-11-24T10:00:00.000Z' }],
      {
        articles: (l, p) => `https://api.example/${l}/articles-${p}.xml`,
        news: (l) => `https://api.example/${l}/news.xml`,
      },
      2
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs = parser.parse(xml).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
    expect(locs).toEqual([
      'https://api.example/az/articles-1.xml',
      'https://api.example/az/articles-2.xml',
      'https://api.example/az/news.xml',
    ]);
  });
});

describe('renderArticleSitemap', () => {
  const entry = {
    locale: 'ru',
    slug: 'paromy',
    sectionSlug: null,
    updatedAt: '2025-11-24T10:00:00.000Z',
    alternates: [
      { locale: 'tr', slug: 'vapurlar', sectionSlug: 'dunya' },
      { locale: 'az', slug: 'bereler', sectionSlug: 'dunya' },
    ],
  };

  it('links every version, itself included, sorted by locale', () => {
    const url = parser.parse(renderArticleSitemap(site, [entry], 'en')).urlset.url[0];
    expect(url.loc).toBe('https://news.example/ru/paromy');
    expect(url['xhtml:link'].map((link: Record<string, string>) => link['@_hreflang'])).toEqual([
      'az',
      'ru',
      'tr',
      'x-default',
    ]);
  });

  it('takes x-default from the default locale, else the first locale of the group', () => {
    const links = (defaultLocale: string) =>
      parser.parse(renderArticleSitemap(site, [entry], defaultLocale)).urlset.url[0]['xhtml:link'];
    expect(links('tr').at(-1)['@_href']).toBe('https://news.example/tr/dunya/vapurlar');
    expect(links('en').at(-1)['@_href']).toBe('https://news.example/az/dunya/bereler');
  });
});

describe('renderNewsSitemap', () => {
  it('names the publication and language, and holds at most 1,000 URLs', () => {
    const entries = Array.from({ length: 1001 }, (_, i) => ({
      locale: 'zh-TW',
      slug: `s${i}`,
      sectionSlug: null,
      title: `T & ${i}`,
      firstPublishedAt: '2025-11-24T10:00:00.000Z',
    }));
    const xml = renderNewsSitemap(site, entries, { name: 'Newsroom', locale: 'zh-TW' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = parser.parse(xml).urlset.url;
    expect(urls).toHaveLength(1000);
    expect(urls[0]['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'Newsroom', 'news:language': 'zh-tw' },
      'news:title': 'T & 0',
    });
  });
});
