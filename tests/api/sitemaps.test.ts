import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Core } from '@strapi/strapi';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';
import { buildNewsroom, useSiteEnv, type Newsroom } from '../harness/site-fixtures';

const ARTICLE = 'api::article.article';
let strapi: Core.Strapi;
let newsroom: Newsroom;
let restoreEnv: () => void;

beforeAll(async () => {
  restoreEnv = useSiteEnv();
  strapi = await bootStrapi();
  newsroom = await buildNewsroom(strapi);
});
afterAll(async () => {
  await stopStrapi();
  restoreEnv();
});

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name),
});

type Link = { '@_rel': string; '@_hreflang': string; '@_href': string };
type UrlNode = { loc: string; lastmod?: string; 'xhtml:link'?: Link[]; 'news:news'?: NewsNode };
type NewsNode = {
  'news:publication': { 'news:name': string; 'news:language': string };
  'news:publication_date': string;
  'news:title': string;
};

async function getXml(path: string) {
  const response = await http().get(path).expect(200);
  expect(response.headers['content-type']).toMatch(/^application\/xml; charset=utf-8/);
  expect(XMLValidator.validate(response.text)).toBe(true);
  return { text: response.text, doc: xml.parse(response.text), etag: response.headers.etag };
}

const pageUrl = (locale: string, section: string, slug: string) =>
  `https://news.example/${locale}/${section}/${slug}`;

describe('GET /api/sitemaps/index.xml', () => {
  it('lists an article sitemap and a news sitemap for every locale with articles', async () => {
    const { doc } = await getXml('/api/sitemaps/index.xml');
    const index = doc.sitemapindex;
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const locs = (index.sitemap as { loc: string; lastmod: string }[]).map((entry) => entry.loc);
    for (const locale of ['az', 'en']) {
      expect(locs).toContainEqual(
        expect.stringMatching(new RegExp(`/api/sitemaps/${locale}/articles-1\\.xml$`))
      );
      expect(locs).toContainEqual(
        expect.stringMatching(new RegExp(`/api/sitemaps/${locale}/news\\.xml$`))
      );
    }
    for (const entry of index.sitemap) expect(Date.parse(entry.lastmod)).not.toBeNaN();
  });
});

describe('GET /api/sitemaps/:locale/articles-:page.xml', () => {
  it('has every published article once, with lastmod and hreflang alternates plus x-default', async () => {
    const { doc } = await getXml('/api/sitemaps/az/articles-1.xml');
    expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const urls = doc.urlset.url as UrlNode[];
    const azUrl = pageUrl('az', newsroom.sections.az.slug, newsroom.reuters.az.slug);
    const enUrl = pageUrl('en', newsroom.sections.en.slug, newsroom.reuters.en.slug);
    const entry = urls.find((url) => url.loc === azUrl)!;
    expect(urls.filter((url) => url.loc === azUrl)).toHaveLength(1);
    expect(Date.parse(entry.lastmod!)).not.toBeNaN();
    // Every version, itself included, and x-default (the default locale, en, has one).
    expect(entry['xhtml:link']).toEqual([
      { '@_rel': 'alternate', '@_hreflang': 'az', '@_href': azUrl },
      { '@_rel': 'alternate', '@_hreflang': 'en', '@_href': enUrl },
      { '@_rel': 'alternate', '@_hreflang': 'x-default', '@_href': enUrl },
    ]);

    const apaUrl = pageUrl('az', newsroom.otherSection.slug, newsroom.apa.az.slug);
    const apa = urls.find((url) => url.loc === apaUrl)!;
    expect(apa['xhtml:link']!.map((link) => link['@_hreflang'])).toEqual(['az', 'x-default']);
    expect(urls.map((url) => url.loc).join(' ')).not.toContain('gizli-qaralama');
  });

  it('names the same x-default from every language version', async () => {
    const { doc } = await getXml('/api/sitemaps/en/articles-1.xml');
    const enUrl = pageUrl('en', newsroom.sections.en.slug, newsroom.reuters.en.slug);
    const entry = (doc.urlset.url as UrlNode[]).find((url) => url.loc === enUrl)!;
    expect(entry['xhtml:link']!.find((link) => link['@_hreflang'] === 'x-default')!['@_href']).toBe(
      enUrl
    );
  });

  it('is a 404 past the last page and for a page that is not a number; 404 for an unknown locale', async () => {
    for (const path of [
      '/api/sitemaps/az/articles-2.xml',
      '/api/sitemaps/az/articles-0.xml',
      '/api/sitemaps/az/articles-x.xml',
      '/api/sitemaps/xx/articles-1.xml',
      '/api/sitemaps/xx/news.xml',
    ]) {
      const response = await http().get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.body).toMatchObject({
        data: null,
        error: { status: 404, name: 'NotFoundError' },
      });
    }
  });

  it('answers a repeat with If-None-Match with 304', async () => {
    const { etag } = await getXml('/api/sitemaps/az/articles-1.xml');
    await http().get('/api/sitemaps/az/articles-1.xml').set('If-None-Match', etag).expect(304);
  });
});

describe('GET /api/sitemaps/:locale/news.xml', () => {
  it('is a Google News sitemap of the last 48 hours: publication, language, date, title', async () => {
    const { doc } = await getXml('/api/sitemaps/az/news.xml');
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls = doc.urlset.url as UrlNode[];
    expect(urls.length).toBeLessThanOrEqual(1000);
    const azUrl = pageUrl('az', newsroom.sections.az.slug, newsroom.reuters.az.slug);
    const news = urls.find((url) => url.loc === azUrl)!['news:news']!;
    expect(news['news:publication']).toEqual({ 'news:name': 'Bbabo Xəbər', 'news:language': 'az' });
    expect(news['news:title']).toBe(newsroom.reuters.az.title);
    const published = Date.parse(news['news:publication_date']);
    expect(Date.now() - published).toBeLessThan(48 * 3600 * 1000);
  });

  it('leaves out an article first published more than 48 hours ago, even when republished', async () => {
    const old = await strapi.documents(ARTICLE).create({
      locale: 'az',
      status: 'published',
      data: { title: `Köhnə xəbər ${newsroom.tag}`, originalReporting: true } as never,
    });
    // As if it had first appeared three days ago; a fresh publish must not make it news again.
    await strapi.db.connection.raw(
      `UPDATE article_first_published SET first_published_at = now() - interval '3 days'
       WHERE document_id = ? AND locale = 'az'`,
      [old.documentId]
    );
    await strapi.documents(ARTICLE).publish({ documentId: old.documentId, locale: 'az' });
    const { doc } = await getXml('/api/sitemaps/az/news.xml');
    const titles = (doc.urlset.url as UrlNode[]).map((url) => url['news:news']!['news:title']);
    expect(titles).toContain(newsroom.reuters.az.title);
    expect(titles).not.toContain(`Köhnə xəbər ${newsroom.tag}`);
  });
});
