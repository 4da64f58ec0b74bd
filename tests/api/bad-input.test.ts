import { anArticle } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi, strapiInstance } from '../harness/strapi';

let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  await bootStrapi();
  token = await apiToken();
});
afterAll(stopStrapi);

function expectStrapiError(
  body: { data: unknown; error: { status: number; name: string; message: string } },
  status: number,
  name: string
) {
  expect(body.data).toBeNull();
  expect(body.error.status).toBe(status);
  expect(body.error.name).toBe(name);
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.js:\d+/); // no stack trace
}

describe('bad input gets a 4xx in Strapi error shape', () => {
  it.each([
    '/api/articles?locale=xx-nope',
    '/api/articles?locale=XX',
    '/api/articles?locale[$ne]=en',
    '/api/sources?locale=nope',
    '/api/sections?locale=nope',
    '/api/articles/someid?locale=nope',
  ])('GET %s is a 400 ValidationError', async (url) => {
    const response = await http().get(url).expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
  });

  it('an unknown locale on a write is a 400 and writes nothing', async () => {
    const before = await strapiInstance().db.query('api::article.article').count({});
    const response = await http()
      .post('/api/articles?locale=zz')
      .set(auth())
      .send({ data: anArticle() })
      .expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
    expect(await strapiInstance().db.query('api::article.article').count({})).toBe(before);
  });

  it('an unknown locale in GraphQL is an error, not data', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query: '{ articles(locale: "xx-nope") { documentId } }' });
    expect(response.body.errors?.length).toBeGreaterThan(0);
    expect(response.body.data?.articles ?? null).toBeNull();
  });

  it('malformed JSON is a 400', async () => {
    const response = await http()
      .post('/api/articles')
      .set(auth())
      .set('Content-Type', 'application/json')
      .send('{"data": {"title": ')
      .expect(400);
    expect(response.body.error.status).toBe(400);
  });

  it('a missing title is a 400 ValidationError', async () => {
    const response = await http()
      .post('/api/articles?locale=en')
      .set(auth())
      .send({ data: { lead: 'No title here', originalReporting: true } })
      .expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
  });

  it('a title over 300 characters is a 400', async () => {
    const response = await http()
      .post('/api/articles?locale=en')
      .set(auth())
      .send({ data: anArticle({ title: 'x'.repeat(301) }) })
      .expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
  });

  it('a body over 1 MB is a 413', async () => {
    const response = await http()
      .post('/api/articles?locale=en')
      .set(auth())
      .send({ data: anArticle({ lead: 'x'.repeat(1_100_000) }) });
    expect(response.status).toBe(413);
  });

  it('a filter on a private field is a 400', async () => {
    await http().get('/api/articles?filters[createdBy][email][$startsWith]=a').expect(400);
    await http().get('/api/articles?sort=updatedBy.email').expect(400);
  });
});

describe('populate is bounded', () => {
  it('allows a shallow populate on sections', async () => {
    await http().get('/api/sections?locale=az&populate=articles').expect(200);
  });

  it('refuses a populate deeper than three relations', async () => {
    const response = await http()
      .get(
        '/api/sections?locale=az&populate[articles][populate][section][populate][articles][populate][sources]=true'
      )
      .expect(400);
    expect(response.body.error.name).toBe('ValidationError');
  });
});
