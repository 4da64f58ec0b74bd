import type { Core } from '@strapi/strapi';
import { paragraph } from '../harness/builders';
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

interface Hit {
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  snippet: string;
  publishedAt: string;
  section: { name: string; slug: string } | null;
}

/** Searches within this file's articles: every query carries the run's unique tag. */
async function search(params: Record<string, string>, status = 200) {
  const response = await http().get('/api/articles/search').query(params);
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
  return response.body as { data: Hit[]; meta: { pagination: Record<string, number> } };
}
const titles = (result: { data: Hit[] }) => result.data.map((hit) => hit.title);

describe('GET /api/articles/search: Azerbaijani and Turkish case folding', () => {
  it.each([
    ['İlham', 'dotted capital İ'],
    ['ilham', 'lower case'],
    ['ILHAM', 'dotless capital I'],
    ['ılham', 'dotless small ı'],
    ['ISTANBUL', 'ISTANBUL = İstanbul'],
    ['istanbul', 'istanbul = İstanbul'],
    ['əliyev', 'schwa'],
    ['Eliyev', 'e for ə, as slugs write it'],
  ])('finds "İLHAM Əliyev İstanbulda" when asked for %s (%s)', async (word) => {
    const result = await search({ q: `${word} ${newsroom.tag}`, locale: 'az' });
    expect(titles(result)).toContain(newsroom.reuters.az.title);
  });

  it('is accent-insensitive in Azerbaijani (simple + unaccent): "Bakida" finds "Bakıda"', async () => {
    const result = await search({ q: `bakida kuleyi ${newsroom.tag}`, locale: 'az' });
    expect(titles(result)).toEqual([newsroom.apa.az.title]);
  });

  it('stems English with its own configuration: "run" finds "running"', async () => {
    const result = await search({ q: `run ${newsroom.tag}`, locale: 'en' });
    expect(titles(result)).toEqual([newsroom.reuters.en.title]);
  });
});

describe('GET /api/articles/search: matching and ranking', () => {
  it('matches the last word as a prefix while typing, and as a whole word after a space', async () => {
    const typing = await search({ q: `${newsroom.tag} bərəl`, locale: 'az' });
    expect(titles(typing)).toEqual([newsroom.reuters.az.title]);
    const finished = await search({ q: `${newsroom.tag} bərəl `, locale: 'az' });
    expect(titles(finished)).toEqual([]);
  });

  it('needs every word', async () => {
    const result = await search({ q: `istanbul küləkli ${newsroom.tag}`, locale: 'az' });
    expect(result.data).toEqual([]);
  });

  it('ranks a title match over a body match', async () => {
    const word = `xq${newsroom.tag}`;
    const docs = strapi.documents(ARTICLE);
    const inBody = await docs.create({
      locale: 'az',
      status: 'published',
      data: {
        title: `Mətndə ${newsroom.tag}`,
        body: [paragraph(`Bu mətndə ${word} sözü var.`)],
        originalReporting: true,
      } as never,
    });
    const inTitle = await docs.create({
      locale: 'az',
      status: 'published',
      data: { title: `Başlıqda ${word}`, originalReporting: true } as never,
    });
    const result = await search({ q: word, locale: 'az' });
    expect(result.data.map((hit) => hit.documentId)).toEqual([
      inTitle.documentId,
      inBody.documentId,
    ]);
  });

  it('never returns a draft', async () => {
    const result = await search({ q: `gizli qaralama ${newsroom.tag}`, locale: 'az' });
    expect(result.data).toEqual([]);
    const published = await search({ q: `İstanbul ${newsroom.tag}`, locale: 'az' });
    expect(titles(published)).not.toContain(newsroom.draft.title);
  });

  it('forgets an article once it is unpublished', async () => {
    const word = `yq${newsroom.tag}`;
    const doc = await strapi.documents(ARTICLE).create({
      locale: 'az',
      status: 'published',
      data: { title: `Tezliklə geri çəkiləcək ${word}`, originalReporting: true } as never,
    });
    expect((await search({ q: word, locale: 'az' })).data).toHaveLength(1);
    await strapi.documents(ARTICLE).unpublish({ documentId: doc.documentId, locale: 'az' });
    expect((await search({ q: word, locale: 'az' })).data).toEqual([]);
  });
});

describe('GET /api/articles/search: results', () => {
  it('highlights the matches in an escaped snippet, in the original case', async () => {
    const result = await search({ q: `istanbul ${newsroom.tag}`, locale: 'az' });
    const hit = result.data.find((entry) => entry.title === newsroom.reuters.az.title)!;
    // Folded to find, shown as written.
    expect(hit.snippet).toContain('<mark>İstanbul</mark>');
    expect(hit.snippet).toContain('<mark>ISTANBUL</mark>');
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(hit).toMatchObject({
      documentId: newsroom.reuters.documentId,
      locale: 'az',
      slug: newsroom.reuters.az.slug,
      section: { slug: newsroom.sections.az.slug },
    });
    const markup = await search({ q: `uçuşlar ${newsroom.tag}`, locale: 'az' });
    expect(markup.data[0].snippet).toContain('&lt;<mark>uçuşlar</mark>&gt; &amp; reyslər');
  });

  it('paginates, with the total', async () => {
    const first = await search({ q: newsroom.tag, locale: 'az', pageSize: '1', page: '1' });
    const total = first.meta.pagination.total;
    expect(total).toBeGreaterThanOrEqual(2);
    expect(first.data).toHaveLength(1);
    expect(first.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: total, total });
    const second = await search({ q: newsroom.tag, locale: 'az', pageSize: '1', page: '2' });
    expect(second.data[0].documentId).not.toBe(first.data[0].documentId);
    const past = await search({
      q: newsroom.tag,
      locale: 'az',
      pageSize: '1',
      page: String(total + 1),
    });
    expect(past.data).toEqual([]);
    expect(past.meta.pagination.total).toBe(total);
  });

  it('narrows by section, source and publication dates', async () => {
    const bySection = await search({
      q: newsroom.tag,
      locale: 'az',
      section: newsroom.otherSection.slug,
    });
    expect(titles(bySection)).toEqual([newsroom.apa.az.title]);
    const bySource = await search({ q: newsroom.tag, locale: 'az', source: 'reuters' });
    expect(titles(bySource)).toEqual([newsroom.reuters.az.title]);
    const future = await search({ q: newsroom.tag, locale: 'az', from: '2999-01-01' });
    expect(future.data).toEqual([]);
    const past = await search({ q: newsroom.tag, locale: 'az', to: '2000-01-01' });
    expect(past.data).toEqual([]);
  });
});

describe('GET /api/articles/search: HTTP caching', () => {
  it('carries an ETag and answers a matching If-None-Match with 304', async () => {
    const query = { q: `istanbul ${newsroom.tag}`, locale: 'az' };
    const first = await http().get('/api/articles/search').query(query).expect(200);
    expect(first.headers.etag).toBeDefined();
    await http()
      .get('/api/articles/search')
      .query(query)
      .set('If-None-Match', first.headers.etag as string)
      .expect(304);
  });

  it('shows an article published after the same search was answered', async () => {
    const word = `zq${newsroom.tag}`;
    expect((await search({ q: word, locale: 'az' })).data).toEqual([]);
    await strapi.documents(ARTICLE).create({
      locale: 'az',
      status: 'published',
      data: { title: `Sonradan dərc olunan ${word}`, originalReporting: true } as never,
    });
    expect(titles(await search({ q: word, locale: 'az' }))).toEqual([
      `Sonradan dərc olunan ${word}`,
    ]);
  });
});

describe('GET /api/articles/search: bad input', () => {
  it.each([
    [{ locale: 'az' }, 'q'],
    [{ q: '  ¿?! ', locale: 'az' }, 'q'],
    [{ q: 'x'.repeat(201), locale: 'az' }, 'q'],
    [{ q: 'bakı', locale: 'xx' }, 'locale'],
    [{ q: 'bakı', locale: 'az', page: '0' }, 'page'],
    [{ q: 'bakı', locale: 'az', page: 'two' }, 'page'],
    [{ q: 'bakı', locale: 'az', pageSize: '101' }, 'pageSize'],
    [{ q: 'bakı', locale: 'az', from: 'yesterday' }, 'from'],
    [{ q: 'bakı', locale: 'az', from: '2025-02-01', to: '2025-01-01' }, 'from'],
    [{ q: 'bakı', locale: 'az', section: 'no-such-section' }, 'section'],
    [{ q: 'bakı', locale: 'az', source: "x' OR 1=1" }, 'source'],
  ])('%j is a 400 ValidationError about %s', async (params, about) => {
    const response = await http().get('/api/articles/search').query(params).expect(400);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError' },
    });
    expect(response.body.error.message).toContain(about);
  });

  it('treats tsquery syntax as plain words', async () => {
    const result = await search({ q: `istanbul:* | !(${newsroom.tag}) & '`, locale: 'az' });
    expect(titles(result)).toEqual([newsroom.reuters.az.title]);
  });
});

describe('GraphQL searchArticles', () => {
  it('answers as the REST search does', async () => {
    const response = await http()
      .post('/graphql')
      .send({
        query: `query($q: String!) { searchArticles(q: $q, locale: "az", pageSize: 5) {
          data { documentId title snippet section { slug } }
          pagination { page pageSize total }
        } }`,
        variables: { q: `ISTANBUL ${newsroom.tag}` },
      })
      .expect(200);
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data.searchArticles;
    expect(result.data.map((hit: Hit) => hit.title)).toEqual([newsroom.reuters.az.title]);
    expect(result.data[0].snippet).toContain('<mark>');
    expect(result.pagination).toEqual({ page: 1, pageSize: 5, total: 1 });
  });

  it('reports bad input as a GraphQL error, not a crash', async () => {
    const response = await http().post('/graphql').send({
      query: '{ searchArticles(q: "bakı", locale: "az", page: 0) { pagination { total } } }',
    });
    expect(response.body.errors[0].message).toContain('page');
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
