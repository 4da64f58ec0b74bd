import Parser from 'rss-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Core } from '@strapi/strapi';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';
import { buildNewsroom, useSiteEnv, type Newsroom } from '../harness/site-fixtures';

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

type Link = { '@_rel'?: string; '@_hreflang'?: string; '@_href'?: string; '@_title'?: string };
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry', 'link', 'atom:link', 'author', 'dc:creator'].includes(name),
});
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const rssParser = new Parser({
  customFields: {
    feed: ['language'],
    item: [
      ['dc:language', 'language'],
      ['dc:rights', 'rights'],
      ['content:encoded', 'contentEncoded'],
      ['source', 'source'],
    ],
  },
});

async function get(path: string) {
  const response = await http()
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
  return { status: response.status, headers: response.headers, text: response.body as string };
}

describe('GET /api/feeds/:locale/rss.xml', () => {
  it('is RSS 2.0 that a feed reader parses: language, self link, newest first', async () => {
    const response = await get('/api/feeds/az/rss.xml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/rss\+xml; charset=utf-8/);
    expect(XMLValidator.validate(response.text)).toBe(true);

    const feed = await rssParser.parseString(response.text);
    expect(feed.title).toBe('Bbabo Xəbər');
    expect((feed as unknown as { language: string }).language).toBe('az');
    expect(feed.link).toBe('https://news.example/az');
    const titles = feed.items.map((item) => item.title);
    expect(titles.indexOf(newsroom.apa.az.title)).toBeLessThan(
      titles.indexOf(newsroom.reuters.az.title)
    );
    expect(titles).not.toContain(newsroom.draft.title);
    expect(titles).not.toContain(newsroom.reuters.en.title);
    expect(feed.items.length).toBeLessThanOrEqual(50);

    const channel = xml.parse(response.text).rss.channel;
    expect(asArray<Link>(channel['atom:link'])).toContainEqual(
      expect.objectContaining({
        '@_rel': 'self',
        '@_href': expect.stringMatching(/\/api\/feeds\/az\/rss\.xml$/),
      })
    );
  });

  it('gives each item its page URL, section, attribution line, agency and alternates', async () => {
    const response = await get('/api/feeds/az/rss.xml');
    const feed = await rssParser.parseString(response.text);
    const item = feed.items.find((entry) => entry.title === newsroom.reuters.az.title)!;
    expect(item.link).toBe(
      `https://news.example/az/${newsroom.sections.az.slug}/${newsroom.reuters.az.slug}`
    );
    expect(item.guid).toBe(`urn:newsroom:article:${newsroom.reuters.documentId}:az`);
    expect(item.categories).toEqual([`Dünya ${newsroom.tag}`]);
    const extra = item as unknown as { language: string; rights: string; contentEncoded: string };
    expect(extra.language).toBe('az');
    expect(extra.rights).toMatch(/^Mənbə: Reuters/);
    expect(extra.contentEncoded).toContain('<p class="attribution">Mənbə: Reuters');
    // Body text is escaped HTML inside CDATA: markup in the text stays text.
    expect(extra.contentEncoded).toContain('&lt;uçuşlar&gt; &amp; reyslər');
    expect(new Date(item.pubDate!).getTime()).not.toBeNaN();

    const raw = asArray<Record<string, unknown>>(xml.parse(response.text).rss.channel.item).find(
      (entry) => entry.title === newsroom.reuters.az.title
    )!;
    expect(asArray<Link>(raw['atom:link'] as Link[])).toEqual([
      expect.objectContaining({
        '@_rel': 'alternate',
        '@_hreflang': 'en',
        '@_href': `https://news.example/en/${newsroom.sections.en.slug}/${newsroom.reuters.en.slug}`,
      }),
    ]);
    expect(raw['dc:creator']).toEqual(['Reuters']);
  });

  it('narrows to a section and to a source', async () => {
    const bySection = await rssParser.parseString(
      (await get(`/api/feeds/az/rss.xml?section=${newsroom.sections.az.slug}`)).text
    );
    expect(bySection.items.map((item) => item.title)).toEqual([newsroom.reuters.az.title]);
    expect(bySection.title).toBe(`Bbabo Xəbər — Dünya ${newsroom.tag}`);

    const bySource = await rssParser.parseString(
      (await get('/api/feeds/az/rss.xml?source=apa')).text
    );
    const titles = bySource.items.map((item) => item.title);
    expect(titles).toContain(newsroom.apa.az.title);
    expect(titles).not.toContain(newsroom.reuters.az.title);
  });
});

describe('GET /api/feeds/:locale/atom.xml', () => {
  it('is Atom 1.0 with xml:lang, hreflang links, categories and authors', async () => {
    const response = await get('/api/feeds/az/atom.xml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(XMLValidator.validate(response.text)).toBe(true);

    const parsed = await rssParser.parseString(response.text);
    expect(parsed.items.map((item) => item.title)).toContain(newsroom.reuters.az.title);

    const feed = xml.parse(response.text).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe('az');
    expect(asArray<Link>(feed.link)).toContainEqual(
      expect.objectContaining({ '@_rel': 'self', '@_href': expect.stringMatching(/atom\.xml$/) })
    );
    const entry = asArray<Record<string, unknown>>(feed.entry).find(
      (candidate) => candidate.title === newsroom.reuters.az.title
    )!;
    expect(entry['@_xml:lang']).toBe('az');
    const links = asArray<Link>(entry.link as Link[]);
    expect(links.map((link) => [link['@_rel'], link['@_hreflang']])).toEqual([
      ['alternate', 'az'],
      ['alternate', 'en'],
    ]);
    expect(entry.category).toMatchObject({
      '@_term': newsroom.sections.az.slug,
      '@_label': `Dünya ${newsroom.tag}`,
    });
    expect(entry.author).toEqual([{ name: 'Reuters', uri: 'https://www.reuters.com' }]);
    expect(String(entry.rights)).toMatch(/^Mənbə: Reuters/);
    expect(Date.parse(String(entry.updated))).toBeGreaterThanOrEqual(
      Date.parse(String(entry.published))
    );
  });
});

describe('GET /api/feeds/:locale/feed.json', () => {
  it('is JSON Feed 1.1 with item languages, tags and alternates', async () => {
    const response = await http().get('/api/feeds/az/feed.json').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/feed\+json/);
    const feed = JSON.parse(response.text);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Bbabo Xəbər',
      language: 'az',
      home_page_url: 'https://news.example/az',
      feed_url: expect.stringMatching(/\/api\/feeds\/az\/feed\.json$/),
    });
    const item = feed.items.find(
      (entry: { title: string }) => entry.title === newsroom.reuters.az.title
    );
    expect(item).toMatchObject({
      id: `urn:newsroom:article:${newsroom.reuters.documentId}:az`,
      url: `https://news.example/az/${newsroom.sections.az.slug}/${newsroom.reuters.az.slug}`,
      language: 'az',
      tags: [`Dünya ${newsroom.tag}`],
      authors: [{ name: 'Reuters', url: 'https://www.reuters.com' }],
      _newsroom: {
        attribution_line: expect.stringMatching(/^Mənbə: Reuters/),
        alternates: [expect.objectContaining({ locale: 'en', title: newsroom.reuters.en.title })],
      },
    });
    // JSON Feed 1.1 requires an id and content on every item.
    for (const entry of feed.items) {
      expect(typeof entry.id).toBe('string');
      expect(typeof entry.content_html).toBe('string');
    }
  });
});

describe('feeds: bad input and caching', () => {
  it('is a 404 for an unknown locale, section or source, a 400 for a malformed slug', async () => {
    const locale = await http().get('/api/feeds/xx/rss.xml').expect(404);
    expect(locale.body).toMatchObject({
      data: null,
      error: { status: 404, name: 'NotFoundError' },
    });
    const section = await http().get('/api/feeds/az/atom.xml?section=no-such-section').expect(404);
    expect(section.body.error.name).toBe('NotFoundError');
    await http().get('/api/feeds/az/feed.json?source=no-such-agency').expect(404);
    const malformed = await http().get('/api/feeds/az/rss.xml?section=%3Cscript%3E').expect(400);
    expect(malformed.body.error.name).toBe('ValidationError');
    const twice = await http().get('/api/feeds/az/rss.xml?section=a&section=b').expect(400);
    expect(twice.body.error.name).toBe('ValidationError');
  });

  it('carries an ETag and answers a matching If-None-Match with 304, keeping the XML type', async () => {
    const first = await get('/api/feeds/en/rss.xml');
    expect(first.headers.etag).toBeDefined();
    const again = await get('/api/feeds/en/rss.xml');
    expect(again.headers['content-type']).toMatch(/^application\/rss\+xml/);
    expect(again.text).toBe(first.text);
    await http()
      .get('/api/feeds/en/rss.xml')
      .set('If-None-Match', first.headers.etag as string)
      .expect(304);
  });
});
