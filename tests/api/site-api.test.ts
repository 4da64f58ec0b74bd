import jsonld from 'jsonld';
import type { Core } from '@strapi/strapi';
import { paragraph, unique } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';

const ARTICLE = 'api::article.article';
let strapi: Core.Strapi;
let token: string;
let documentId: string;
let enSlug: string;
let azSlug: string;

/** schema.org's context maps every term into its vocabulary; offline, that is all we need. */
const schemaOrgLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`unexpected context ${url}`);
  return {
    contextUrl: undefined,
    documentUrl: url,
    document: { '@context': { '@vocab': 'https://schema.org/', url: { '@type': '@id' } } },
  };
};

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
  const docs = strapi.documents(ARTICLE);
  const en = await docs.create({
    locale: 'en',
    status: 'published',
    data: {
      title: unique('Blinken demands proof'),
      lead: 'WASHINGTON (Reuters) - The secretary of state asked for proof.',
      body: [paragraph('Talks lasted about 30 minutes, officials said.')],
      dateline: 'WASHINGTON',
      originalLanguage: 'en',
      sources: [],
    } as never,
  });
  documentId = en.documentId;
  const az = await docs.update({
    documentId,
    locale: 'az',
    status: 'published',
    data: {
      title: unique('Blinken sübut tələb edir'),
      lead: 'Reuters agentliyinin verdiyi məlumata görə, katib sübut istədi.',
      dateline: 'Vaşinqton',
    } as never,
  });
  enSlug = en.slug as string;
  azSlug = (az as unknown as { slug: string }).slug;
});
afterAll(stopStrapi);

describe('GET /api/articles (server-side populate)', () => {
  it('returns section, sources with their Source, and translation without being asked', async () => {
    const response = await http().get(`/api/articles/${documentId}?locale=az`).expect(200);
    const article = response.body.data;
    expect(article.sources[0].source).toMatchObject({
      name: 'Reuters',
      kind: 'news-agency',
      verified: true,
    });
    expect(article.translation).toMatchObject({ method: 'human', from: 'en' });
    expect(article).toHaveProperty('section');
  });

  it('ignores a client populate that reaches for private relations', async () => {
    const response = await http()
      .get(
        `/api/articles/${documentId}?locale=en&populate[createdBy]=true&populate[localizations]=true`
      )
      .expect(200);
    expect(response.body.data.createdBy).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toMatch(/contentHash|"email"/);
  });

  it('caps the page size at 100', async () => {
    const response = await http()
      .get('/api/articles?locale=en&pagination[pageSize]=500')
      .expect(200);
    expect(response.body.meta.pagination.pageSize).toBeLessThanOrEqual(100);
  });
});

describe('GET /api/articles/by-slug/:slug', () => {
  it('returns the published article with hreflang alternates', async () => {
    const response = await http().get(`/api/articles/by-slug/${azSlug}?locale=az`).expect(200);
    expect(response.body.data).toMatchObject({ documentId, locale: 'az', slug: azSlug });
    expect(response.body.data.alternates).toEqual([
      expect.objectContaining({ locale: 'en', slug: enSlug }),
    ]);
  });

  it('is a 404 NotFoundError for an unknown slug', async () => {
    const response = await http().get('/api/articles/by-slug/no-such-thing?locale=az').expect(404);
    expect(response.body.error.name).toBe('NotFoundError');
  });

  it('is a 400 on an unknown locale', async () => {
    const response = await http().get(`/api/articles/by-slug/${azSlug}?locale=xx`).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
  });

  it('does not serve a draft', async () => {
    const draft = await strapi.documents(ARTICLE).create({
      locale: 'az',
      data: { title: unique('Gizli qaralama'), originalReporting: true } as never,
    });
    await http().get(`/api/articles/by-slug/${draft.slug}?locale=az`).expect(404);
  });
});

describe('GET /api/articles/:documentId/attribution', () => {
  it('names the sources, the line and the translation', async () => {
    const response = await http()
      .get(`/api/articles/${documentId}/attribution?locale=az`)
      .expect(200);
    expect(response.body.data).toMatchObject({
      documentId,
      locale: 'az',
      // A human translation from en: the line says so in Azerbaijani.
      line: 'Mənbə: Reuters. İngilis dilindən tərcümə',
      originalReporting: false,
      sources: [
        expect.objectContaining({
          name: 'Reuters',
          slug: 'reuters',
          verified: true,
          role: 'origin',
        }),
      ],
      translation: expect.objectContaining({ method: 'human', from: 'en' }),
    });
  });

  it('serves drafts only to an API token', async () => {
    const refused = await http()
      .get(`/api/articles/${documentId}/attribution?locale=az&status=draft`)
      .expect(400);
    expect(refused.body.error.name).toBe('ValidationError');
    await http()
      .get(`/api/articles/${documentId}/attribution?locale=az&status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
  });
});

describe('GET /api/articles/:documentId/jsonld', () => {
  it('is a schema.org NewsArticle that expands as JSON-LD', async () => {
    const response = await http().get(`/api/articles/${documentId}/jsonld?locale=az`).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const document = JSON.parse(response.text);
    expect(document).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      inLanguage: 'az',
      dateline: 'Vaşinqton',
      sourceOrganization: [expect.objectContaining({ name: 'Reuters' })],
      translationOfWork: expect.objectContaining({ inLanguage: 'en' }),
    });
    const expanded = (await jsonld.expand(document, {
      documentLoader: schemaOrgLoader as never,
    })) as Record<string, unknown>[];
    expect(expanded[0]['@type']).toEqual(['https://schema.org/NewsArticle']);
    expect(expanded[0]['https://schema.org/headline']).toEqual([{ '@value': document.headline }]);
  });

  it('lists the translations of the original', async () => {
    const response = await http().get(`/api/articles/${documentId}/jsonld?locale=en`).expect(200);
    expect(JSON.parse(response.text).workTranslation).toEqual([
      expect.objectContaining({ inLanguage: 'az' }),
    ]);
  });
});

describe('locale fallback', () => {
  it('serves the first published locale of the chain and says so', async () => {
    const response = await http()
      .get(`/api/articles/${documentId}?locale=ru&fallback=tr,az`)
      .expect(200);
    expect(response.body.data.locale).toBe('az');
    expect(response.body.meta).toMatchObject({ locale: 'az', fallbackFrom: 'ru' });
  });

  it('is a 404 when no locale of the chain is published', async () => {
    await http().get(`/api/articles/${documentId}?locale=ru&fallback=tr`).expect(404);
  });

  it('is a 400 when the chain names an unknown locale', async () => {
    await http().get(`/api/articles/${documentId}?locale=ru&fallback=xx`).expect(400);
  });
});

describe('HTTP caching', () => {
  it('sends ETag and Cache-Control, and a 304 for a matching If-None-Match', async () => {
    const url = `/api/articles/by-slug/${enSlug}?locale=en`;
    const first = await http().get(url).expect(200);
    expect(first.headers['cache-control']).toMatch(/max-age=\d+.*stale-while-revalidate/);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    await http().get(url).set('If-None-Match', etag).expect(304);
  });

  it('shows a publish on the very next request', async () => {
    const url = `/api/articles/${documentId}?locale=en`;
    await http().get(url).expect(200);
    const title = unique('Updated headline');
    await strapi.documents(ARTICLE).update({ documentId, locale: 'en', data: { title } as never });
    await strapi.documents(ARTICLE).publish({ documentId, locale: 'en' });
    const after = await http().get(url).expect(200);
    expect(after.body.data.title).toBe(title);
  });

  it('answers a repeated public GET from memory, not the database', async () => {
    const url = `/api/articles?locale=en&filters[documentId][$eq]=${documentId}`;
    // Until the answer is held: a late notice of the previous test's write may drop it once.
    let first = await http().get(url).expect(200);
    while (first.headers['x-cache'] !== 'HIT') first = await http().get(url).expect(200);
    // Behind Strapi's back (no Document Service, so no invalidation): the cache must not see it.
    await strapi.db.query(ARTICLE).updateMany({
      where: { documentId, locale: 'en' },
      data: { title: 'Changed behind the back' },
    });
    const second = await http().get(url).expect(200);
    expect(second.body.data[0].title).toBe(first.body.data[0].title);
  });

  it('never caches for a request with credentials', async () => {
    const response = await http()
      .get(`/api/articles/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
  });
});

describe('never leak', () => {
  it.each([
    '/api/articles?filters[createdBy][email][$startsWith]=a',
    '/api/articles?filters[updatedBy][email][$eq]=a',
    '/api/articles?sort=updatedBy.email',
    '/api/articles?filters[contentHash][$eq]=x',
  ])('refuses %s with a 400', async (url) => {
    const response = await http().get(url).expect(400);
    expect(response.body.error.name).toBe('ValidationError');
  });
});

describe('GraphQL', () => {
  const query = /* GraphQL */ `
    query ($slug: String!, $locale: I18NLocaleCode!) {
      articleBySlug(slug: $slug, locale: $locale) {
        documentId
        locale
        title
        alternates {
          locale
          slug
          title
        }
        attribution {
          line
          sources {
            name
            verified
            role
          }
          translation {
            method
            from
          }
        }
      }
    }
  `;

  it('answers articleBySlug with alternates and attribution', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query, variables: { slug: azSlug, locale: 'az' } })
      .expect(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articleBySlug).toMatchObject({
      documentId,
      locale: 'az',
      alternates: [expect.objectContaining({ locale: 'en', slug: enSlug })],
      attribution: {
        line: 'Mənbə: Reuters. İngilis dilindən tərcümə',
        sources: [{ name: 'Reuters', verified: true, role: 'origin' }],
        translation: { method: 'human', from: 'en' },
      },
    });
  });

  it('answers null for an unknown slug', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query, variables: { slug: 'nope', locale: 'az' } })
      .expect(200);
    expect(response.body.data.articleBySlug).toBeNull();
  });

  it('lists articles with locale, published only', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query: '{ articles(locale: "az") { documentId title publishedAt } }' })
      .expect(200);
    expect(response.body.data.articles.length).toBeGreaterThan(0);
    for (const article of response.body.data.articles) expect(article.publishedAt).not.toBeNull();
  });

  it('refuses status: DRAFT to the public with a ValidationError', async () => {
    const response = await http().post('/graphql').send({
      query: '{ articles(locale: "az", status: DRAFT) { documentId title publishedAt } }',
    });
    expect(response.body.data?.articles ?? null).toBeNull();
    expect(response.body.errors[0].extensions.error.name).toBe('ValidationError');
  });

  it('refuses queries deeper than the limit', async () => {
    let selection = 'documentId';
    for (let depth = 0; depth < 12; depth += 1) selection = `section { articles { ${selection} } }`;
    const response = await http()
      .post('/graphql')
      .send({ query: `{ articles { ${selection} } }` });
    expect(response.body.errors?.[0]?.message).toMatch(/depth/i);
  });
});

describe('GraphQL limits and private fields', () => {
  it('has no field for private data', async () => {
    const response = await http().post('/graphql').send({ query: '{ articles { contentHash } }' });
    expect(response.body.errors?.[0]?.message).toMatch(/contentHash/);
  });

  it('caps a page at 100 articles', async () => {
    const docs = strapi.documents(ARTICLE);
    for (let n = 0; n < 101; n += 1) {
      await docs.create({
        locale: 'tr',
        status: 'published',
        data: { title: unique('Sayfa'), originalReporting: true } as never,
      });
    }
    const response = await http()
      .post('/graphql')
      .send({ query: '{ articles(locale: "tr", pagination: { limit: 1000 }) { documentId } }' })
      .expect(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.articles).toHaveLength(100);
  });
});
