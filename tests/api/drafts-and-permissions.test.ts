import { anArticle, unique } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi, strapiInstance } from '../harness/strapi';

let token: string;
let draftId: string;
const draftTitle = unique('Draft that must stay private');

beforeAll(async () => {
  await bootStrapi();
  token = await apiToken();
  const created = await http()
    .post('/api/articles?locale=az&status=draft')
    .set('Authorization', `Bearer ${token}`)
    .send({ data: anArticle({ title: draftTitle }) })
    .expect(201);
  draftId = created.body.data.documentId;
});
afterAll(stopStrapi);

describe('drafts are never public', () => {
  it('are not listed: ?status=draft is refused with a 400', async () => {
    const response = await http().get('/api/articles?locale=az&status=draft').expect(400);
    expect(response.body).toMatchObject({
      data: null,
      error: { status: 400, name: 'ValidationError' },
    });
    const listed = await http().get('/api/articles?locale=az').expect(200);
    const titles = listed.body.data.map((article: { title: string }) => article.title);
    expect(titles).not.toContain(draftTitle);
  });

  it('are not served by id; asking for the draft is refused', async () => {
    await http().get(`/api/articles/${draftId}?locale=az&status=draft`).expect(400);
    await http().get(`/api/articles/${draftId}?locale=az`).expect(404);
  });

  it.each(['publicationFilter=never-published', 'hasPublishedVersion=false'])(
    'are not found out with ?%s either (400)',
    async (query) => {
      const response = await http().get(`/api/articles?locale=az&${query}`).expect(400);
      expect(response.body.error.name).toBe('ValidationError');
    }
  );

  it('are not served by GraphQL: status: DRAFT is refused', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query: '{ articles(status: DRAFT, locale: "az") { documentId title } }' });
    expect(JSON.stringify(response.body)).not.toContain(draftTitle);
    expect(response.body.errors?.[0]?.extensions?.error?.name).toBe('ValidationError');
  });

  it('are served to an API token that asks for them', async () => {
    const response = await http()
      .get(`/api/articles/${draftId}?locale=az&status=draft`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(response.body.data.title).toBe(draftTitle);
  });
});

describe('the public role', () => {
  it.each([
    ['POST', '/api/articles'],
    ['PUT', '/api/articles/abc'],
    ['DELETE', '/api/articles/abc'],
    ['POST', '/api/sources'],
    ['POST', '/api/sections'],
  ])('may not %s %s', async (method, url) => {
    const call =
      method === 'POST'
        ? http().post(url)
        : method === 'PUT'
          ? http().put(url)
          : http().delete(url);
    const response = await call.send({ data: { title: 'x', name: 'x' } });
    expect(response.status).toBe(403);
    expect(response.body.error.name).toBe('ForbiddenError');
  });

  it('may not create through GraphQL', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query: 'mutation { createArticle(data: { title: "x" }) { documentId } }' });
    expect(response.body.errors?.[0]?.extensions?.code ?? response.status).toMatch(/FORBIDDEN|403/);
  });

  it('may read sources and sections', async () => {
    await http().get('/api/sources').expect(200);
    await http().get('/api/sections?locale=az').expect(200);
  });
});

describe('drafts do not leak through relations', () => {
  let sectionDocumentId: string;

  beforeAll(async () => {
    const strapi = strapiInstance();
    const section = await strapi.documents('api::section.section').create({
      locale: 'az',
      data: { name: unique('Gizli bölmə') } as never,
    });
    sectionDocumentId = section.documentId;
    await strapi.documents('api::article.article').create({
      locale: 'az',
      data: {
        title: unique('Bölmədə qaralama'),
        originalReporting: true,
        section: section.documentId,
      } as never,
    });
  });

  it.each([
    (id: string) => `/api/sections/${id}?locale=az&populate=articles`,
    (id: string) => `/api/sections/${id}?locale=az&populate=articles&status=draft`,
    (id: string) =>
      `/api/sections?locale=az&populate[articles][fields][0]=title&status=draft&filters[documentId]=${id}`,
  ])('not by populating a section’s articles (%#)', async (url) => {
    const response = await http().get(url(sectionDocumentId));
    expect(JSON.stringify(response.body)).not.toContain('Bölmədə qaralama');
  });

  it('not through GraphQL relations', async () => {
    const response = await http().post('/graphql').send({
      query: `{ sections(locale: "az", status: DRAFT) { name articles(status: DRAFT) { title } } }`,
    });
    expect(JSON.stringify(response.body)).not.toContain('Bölmədə qaralama');
  });
});
