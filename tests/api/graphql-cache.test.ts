/*
 * Anonymous GraphQL reads cached and invalidated like REST reads: one key for a query however
 * it is laid out and whether it came by GET or POST; a write of the article drops it.
 */
import type { Core } from '@strapi/strapi';
import { anArticle, unique } from '../harness/builders';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';

const ARTICLE = 'api::article.article';
let strapi: Core.Strapi;
let article: { documentId: string; slug: string };

const bySlug = (layout: 'spaced' | 'compact') =>
  layout === 'spaced'
    ? `query BySlug($slug: String!) {\n  articleBySlug(slug: $slug, locale: "en") {\n    documentId title # the headline\n  }\n}`
    : 'query BySlug($slug:String!){articleBySlug(slug:$slug,locale:"en"){documentId title}}';

beforeAll(async () => {
  strapi = await bootStrapi();
  article = (await strapi.documents(ARTICLE).create({
    locale: 'en',
    status: 'published',
    data: anArticle({ title: unique('GraphQL cached') }) as never,
  })) as unknown as { documentId: string; slug: string };
});
afterAll(stopStrapi);

const post = (query: string, variables: object) =>
  http().post('/graphql').send({ query, variables });

describe('GraphQL reads', () => {
  it('are answered from the cache the second time, by POST or GET, however laid out', async () => {
    const variables = { slug: article.slug };
    const first = await post(bySlug('spaced'), variables).expect(200);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(first.body.data.articleBySlug.documentId).toBe(article.documentId);

    const again = await post(bySlug('compact'), variables).expect(200);
    expect(again.headers['x-cache']).toBe('HIT');
    expect(again.body).toEqual(first.body);

    const viaGet = await http()
      .get('/graphql')
      .query({ query: bySlug('compact'), variables: JSON.stringify(variables) })
      .set('apollo-require-preflight', 'true');
    expect(viaGet.status).toBe(200);
    expect(viaGet.headers['x-cache']).toBe('HIT');
    expect(viaGet.body).toEqual(first.body);
  });

  it('show a write of the article on the next request', async () => {
    const variables = { slug: article.slug };
    await post(bySlug('compact'), variables).expect(200);
    const title = unique('Retitled');
    await strapi
      .documents(ARTICLE)
      .update({ documentId: article.documentId, locale: 'en', data: { title } as never });
    await strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale: 'en' });
    const after = await post(bySlug('compact'), variables).expect(200);
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body.data.articleBySlug.title).toBe(title);
  });

  it('do not keep answers with errors', async () => {
    const broken = '{ articles { noSuchField } }';
    await post(broken, {});
    const second = await post(broken, {});
    expect(second.headers['x-cache']).not.toBe('HIT');
    expect(second.body.errors).toBeDefined();
  });

  it('are not cached with credentials', async () => {
    const response = await http()
      .post('/graphql')
      .set('Authorization', 'Bearer not-a-token')
      .send({ query: bySlug('compact'), variables: { slug: article.slug } });
    expect(response.headers['x-cache']).toBeUndefined();
  });
});
