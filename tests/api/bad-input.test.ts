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

describe('values are checked against the schema on every write', () => {
  it.each([
    ['a blocks body sent as a plain string', { body: 'just text' }],
    ['a title with a NUL byte', { title: 'a\u0000b' }],
    ['a lead with a lone surrogate', { lead: 'x\ud800' }],
    ['a lead that is an object', { lead: { a: { a: 'x' } } }],
    ['an unknown translation method', { translation: { method: 'telepathy' } }],
  ])('%s is a 400 and writes nothing', async (_label, overrides: Record<string, unknown>) => {
    const before = await strapiInstance().db.query('api::article.article').count({});
    const response = await http()
      .post('/api/articles?locale=en')
      .set(auth())
      .send({ data: { ...anArticle(), ...overrides } })
      .expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
    expect(await strapiInstance().db.query('api::article.article').count({})).toBe(before);
  });
});

describe('read queries are checked against the schema', () => {
  it.each([
    '/api/articles?pagination[start]=99999999999999999999',
    '/api/articles?filters[id][$between]=1',
    '/api/articles?filters[id][$gt]=abc',
    '/api/articles?filters[section][$eq]=abc',
    '/api/articles?filters[$or]=1',
    '/api/articles?filters[0]=x',
    '/api/sources?filters[aliases][$jsonSupersetOf]=x',
    '/api/articles?filters[title][$eq]=a%00b',
    '/api/articles/a%00b/attribution',
    '/api/articles/by-slug/a%00b',
  ])('GET %s is a 400 ValidationError', async (url) => {
    const response = await http().get(url).expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
  });
});

describe('GraphQL requests are bounded', () => {
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: articleBySlug(slug: "x", locale: "en") { title }`).join(' ')} }`;

  it('a 1,000-alias query is a 400', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query: aliases(1000) })
      .expect(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a few aliases are fine', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query: aliases(3) })
      .expect(200);
    expect(response.body.data).toEqual({ a0: null, a1: null, a2: null });
  });

  it('a fragment cycle is a 400', async () => {
    const query =
      '{ articles { ...A } } fragment A on Article { ...B } fragment B on Article { ...A }';
    const response = await http().post('/graphql').send({ query }).expect(400);
    expect(response.body.errors[0].message).toMatch(/cycle/);
  });

  it('variables nested 3,000 deep are a 400', async () => {
    const filters = '{"and":['.repeat(3000) + '{}' + ']}'.repeat(3000);
    const body = `{"query":"query($f: ArticleFiltersInput) { articles(filters: $f) { title } }","variables":{"f":${filters}}}`;
    await http().post('/graphql').set('Content-Type', 'application/json').send(body).expect(400);
  });

  it('a filter value the column cannot hold is a 400 without SQL', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query: '{ sources(filters: { aliases: { eq: "x" } }) { name } }' })
      .expect(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.body)).not.toMatch(/select|from "|stacktrace/i);
  });
});
