/*
 * The response cache by what a write touches: a write of one article drops that document's
 * answers in every locale and the lists of its locales, and nothing else; `X-Cache` says
 * whether an answer came from the cache; concurrent misses of one URL are computed once.
 */
import type { Core } from '@strapi/strapi';
import { anArticle, unique } from '../harness/builders';
import { buildNewsroom, useSiteEnv, type Newsroom } from '../harness/site-fixtures';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';

const ARTICLE = 'api::article.article';

let strapi: Core.Strapi;
let restoreEnv: () => void;
let newsroom: Newsroom;
let englishOnly: { documentId: string; slug: string };
/** Requests that reached Strapi's Koa stack (a probe put first in it). */
let koaRequests = 0;

async function xCache(url: string): Promise<string> {
  const response = await http().get(url);
  expect(response.status).toBe(200);
  return response.headers['x-cache'];
}

/** GETs each URL until it is a HIT: the cache holds them all. */
async function warm(urls: string[]): Promise<void> {
  for (const url of urls) {
    await http().get(url).expect(200);
    expect(await xCache(url)).toBe('HIT');
  }
}

async function outcomes(urls: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const url of urls) result[url] = await xCache(url);
  return result;
}

const all = (urls: string[], outcome: string) =>
  Object.fromEntries(urls.map((url) => [url, outcome]));

beforeAll(async () => {
  restoreEnv = useSiteEnv();
  strapi = await bootStrapi();
  // Koa composes its middleware at the first request: this probe then runs before all others.
  (strapi.server.app as unknown as { middleware: unknown[] }).middleware.unshift(
    async (_ctx: unknown, next: () => Promise<void>) => {
      koaRequests += 1;
      await next();
    }
  );
  newsroom = await buildNewsroom(strapi);
  const created = (await strapi.documents(ARTICLE).create({
    locale: 'en',
    status: 'published',
    data: anArticle({ title: unique('English only') }) as never,
  })) as unknown as { documentId: string; slug: string };
  englishOnly = created;
});
afterAll(async () => {
  await stopStrapi();
  restoreEnv();
});

describe('X-Cache', () => {
  it('is MISS the first time a public GET is answered and HIT afterwards', async () => {
    const url = `/api/articles/${newsroom.apa.documentId}/jsonld?locale=az&n=${unique('x')}`;
    const first = await http().get(url).expect(200);
    expect(first.headers['x-cache']).toBe('MISS');
    const second = await http().get(url).expect(200);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
  });
});

describe('a write of one article', () => {
  const reutersPages = () => {
    const { documentId, en, az } = newsroom.reuters;
    return [
      `/api/articles/${documentId}?locale=en`,
      `/api/articles/${documentId}?locale=az`,
      `/api/articles/by-slug/${en.slug}?locale=en`,
      `/api/articles/by-slug/${az.slug}?locale=az`,
      `/api/articles/${documentId}/attribution?locale=az`,
      `/api/articles/${documentId}/jsonld?locale=en`,
      `/api/articles/${documentId}/ninjs?locale=az`,
    ];
  };
  const listsOf = (locale: string) => [
    `/api/articles?locale=${locale}`,
    `/api/articles/search?q=${newsroom.tag}&locale=${locale}`,
    `/api/feeds/${locale}/rss.xml`,
    `/api/feeds/${locale}/feed.json`,
    `/api/sitemaps/${locale}/articles-1.xml`,
  ];
  const otherPages = () => [
    `/api/articles/${newsroom.apa.documentId}?locale=az`,
    `/api/articles/by-slug/${newsroom.apa.az.slug}?locale=az`,
    `/api/articles/${englishOnly.documentId}?locale=en`,
    `/api/articles/by-slug/${englishOnly.slug}?locale=en`,
  ];

  it('drops its pages in every locale and the lists of its locales, and keeps the rest', async () => {
    const touched = [
      ...reutersPages(),
      ...listsOf('en'),
      ...listsOf('az'),
      '/api/sitemaps/index.xml',
    ];
    await warm([...touched, ...otherPages()]);

    await strapi.documents(ARTICLE).update({
      documentId: newsroom.reuters.documentId,
      locale: 'az',
      data: { dateline: unique('Bakı') } as never,
    });
    await strapi
      .documents(ARTICLE)
      .publish({ documentId: newsroom.reuters.documentId, locale: 'az' });

    expect(await outcomes(touched)).toEqual(all(touched, 'MISS'));
    expect(await outcomes(otherPages())).toEqual(all(otherPages(), 'HIT'));
  });

  it('leaves the lists of locales the article is not in cached', async () => {
    await warm([...listsOf('en'), ...listsOf('az')]);
    await strapi.documents(ARTICLE).update({
      documentId: englishOnly.documentId,
      locale: 'en',
      data: { lead: unique('New lead') } as never,
    });
    expect(await outcomes(listsOf('en'))).toEqual(all(listsOf('en'), 'MISS'));
    expect(await outcomes(listsOf('az'))).toEqual(all(listsOf('az'), 'HIT'));
  });

  it('shows the new version on the next request', async () => {
    const url = `/api/articles/${englishOnly.documentId}?locale=en`;
    await warm([url]);
    const title = unique('Retitled');
    await strapi.documents(ARTICLE).update({
      documentId: englishOnly.documentId,
      locale: 'en',
      data: { title } as never,
    });
    await strapi.documents(ARTICLE).publish({ documentId: englishOnly.documentId, locale: 'en' });
    expect((await http().get(url).expect(200)).body.data.title).toBe(title);
  });
});

describe('concurrent misses of one URL', () => {
  function countQueries(): () => number {
    let count = 0;
    const onQuery = () => (count += 1);
    strapi.db.connection.on('query', onQuery);
    return () => {
      strapi.db.connection.off('query', onQuery);
      return count;
    };
  }

  it('are computed once, the others waiting for that answer', async () => {
    const { en, az } = newsroom.reuters;
    // The cost of one by-slug miss...
    const single = countQueries();
    await http()
      .get(`/api/articles/by-slug/${en.slug}?locale=en&one=${unique('a')}`)
      .expect(200);
    const one = single();
    // ...and of twenty at once for another.
    const url = `/api/articles/by-slug/${az.slug}?locale=az&many=${unique('b')}`;
    const burst = countQueries();
    const responses = await Promise.all(Array.from({ length: 20 }, () => http().get(url)));
    const twenty = burst();
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(responses.filter((response) => response.headers['x-cache'] === 'MISS')).toHaveLength(1);
    expect(new Set(responses.map((response) => response.text)).size).toBe(1);
    expect(twenty).toBeLessThan(2 * one);
  });
});

describe('hits answered before Strapi’s stack', () => {
  const url = () => `/api/articles/${newsroom.apa.documentId}?locale=az`;
  const comparable = (headers: Record<string, string>) => {
    const { date: _date, 'x-cache': _xCache, ...rest } = headers;
    return rest;
  };

  it('answers a hit without Koa, with the very headers of the miss', async () => {
    const origin = 'https://site.example';
    const path = `${url()}&h=${unique('h').replace(/\W/g, '')}`;
    const before = koaRequests;
    const miss = await http().get(path).set('Origin', origin).expect(200);
    expect(koaRequests).toBe(before + 1);
    const hit = await http().get(path).set('Origin', origin).expect(200);
    expect(koaRequests).toBe(before + 1);
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(comparable(hit.headers)).toEqual(comparable(miss.headers));
    expect(hit.headers['access-control-allow-origin']).toBe(origin);
    expect(hit.headers['content-security-policy']).toBeTruthy();
    expect(hit.text).toBe(miss.text);
  });

  it('answers a matching If-None-Match with a 304 before Koa', async () => {
    const first = await http().get(url()).expect(200);
    const before = koaRequests;
    await http().get(url()).set('If-None-Match', first.headers.etag).expect(304);
    expect(koaRequests).toBe(before);
  });

  it.each([
    ['an Authorization header', 'Authorization', 'Bearer not-a-token'],
    ['an admin session cookie', 'Cookie', 'strapi_admin_refresh=abc'],
  ])('hands a request with %s to Strapi, uncached', async (_label, header, value) => {
    await http().get(url()).expect(200);
    const before = koaRequests;
    const response = await http().get(url()).set(header, value);
    expect(koaRequests).toBe(before + 1);
    expect(response.headers['x-cache']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('private, no-store');
  });
});
