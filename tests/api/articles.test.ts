import { anArticle, unique } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';

let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  await bootStrapi();
  token = await apiToken();
});
afterAll(stopStrapi);

describe('articles across locales', () => {
  it('adds an az localization to an en article under the same documentId', async () => {
    const created = await http()
      .post('/api/articles?locale=en&status=draft')
      .set(auth())
      .send({
        data: anArticle({ title: unique('Blinken asks for proof'), originalLanguage: 'en' }),
      })
      .expect(201);
    const { documentId } = created.body.data;

    const localized = await http()
      .put(`/api/articles/${documentId}?locale=az`)
      .set(auth())
      .send({ data: { title: unique('Blinken sübut istəyir') } })
      .expect(200);
    expect(localized.body.data.documentId).toBe(documentId);
    expect(localized.body.data.locale).toBe('az');
    // Non-localized fields come across from the en version (strapi/strapi#21594).
    expect(localized.body.data.originalLanguage).toBe('en');

    const both = await http()
      .get(`/api/articles/${documentId}?locale=az&status=draft`)
      .set(auth())
      .expect(200);
    expect(both.body.data.locale).toBe('az');
  });

  it('serves a published az article to the public', async () => {
    const title = unique('Rusiya sərhəddə qoşun toplayır');
    const created = await http()
      .post('/api/articles?locale=az')
      .set(auth())
      .send({ data: anArticle({ title }) })
      .expect(201);
    expect(created.body.data.publishedAt).not.toBeNull();

    const list = await http().get('/api/articles?locale=az&pagination[pageSize]=100').expect(200);
    expect(list.body.data.map((article: { title: string }) => article.title)).toContain(title);
    const one = await http()
      .get(`/api/articles/${created.body.data.documentId}?locale=az`)
      .expect(200);
    expect(one.body.data.title).toBe(title);
  });
});

describe('slugs', () => {
  it('fills the slug from the title on a REST create, transliterated for az', async () => {
    const response = await http()
      .post('/api/articles?locale=az&status=draft')
      .set(auth())
      .send({ data: anArticle({ title: 'Ukraynaya hücum etmədiyinə dair sübut İstəyir' }) })
      .expect(201);
    expect(response.body.data.slug).toBe('ukraynaya-hucum-etmediyine-dair-subut-isteyir');
  });

  it('gives a clashing title in the same locale a numeric suffix, never an error', async () => {
    const title = 'Ukraynaya hücum etmədiyinə dair sübut İstəyir';
    const second = await http()
      .post('/api/articles?locale=az&status=draft')
      .set(auth())
      .send({ data: anArticle({ title }) })
      .expect(201);
    expect(second.body.data.slug).toBe('ukraynaya-hucum-etmediyine-dair-subut-isteyir-2');
  });

  it('gives simultaneous writers of one title distinct slugs', async () => {
    const title = unique('Same headline everywhere');
    const responses = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        http()
          .post('/api/articles?locale=en&status=draft')
          .set(auth())
          .send({ data: anArticle({ title }) })
      )
    );
    const slugs = responses.map((response) => response.body.data.slug);
    expect(new Set(slugs).size).toBe(5);
  });

  it('does not hand out a suffixed slug another title produces exactly', async () => {
    const base = unique('Twin');
    const first = await http()
      .post('/api/articles?locale=en&status=draft')
      .set(auth())
      .send({ data: anArticle({ title: base }) });
    const [second, third] = await Promise.all([
      http()
        .post('/api/articles?locale=en&status=draft')
        .set(auth())
        .send({ data: anArticle({ title: base }) }),
      http()
        .post('/api/articles?locale=en&status=draft')
        .set(auth())
        .send({ data: anArticle({ title: `${base} 2` }) }),
    ]);
    const slugs = [first, second, third].map((response) => response.body.data.slug);
    expect(new Set(slugs).size).toBe(3);
  });

  it('lets the same slug exist once per locale', async () => {
    const response = await http()
      .post('/api/articles?locale=tr&status=draft')
      .set(auth())
      .send({ data: anArticle({ title: 'Ukraynaya hücum etmədiyinə dair sübut İstəyir' }) })
      .expect(201);
    expect(response.body.data.slug).toBe('ukraynaya-hucum-etmediyine-dair-subut-isteyir');
  });

  it('keeps the slug when only the title changes, so published links stay valid', async () => {
    const created = await http()
      .post('/api/articles?locale=en&status=draft')
      .set(auth())
      .send({ data: anArticle({ title: unique('Original headline') }) })
      .expect(201);
    const updated = await http()
      .put(`/api/articles/${created.body.data.documentId}?locale=en`)
      .set(auth())
      .send({ data: { title: unique('Corrected headline') } })
      .expect(200);
    expect(updated.body.data.slug).toBe(created.body.data.slug);
  });

  it('fills the slug on the Document Service and GraphQL paths too', async () => {
    const mutation = await http()
      .post('/graphql')
      .set(auth())
      .send({
        query: `mutation($data: ArticleInput!) { createArticle(data: $data, locale: "en", status: DRAFT) { slug } }`,
        variables: { data: anArticle({ title: 'GraphQL Made This' }) },
      })
      .expect(200);
    expect(mutation.body.errors).toBeUndefined();
    expect(mutation.body.data.createArticle.slug).toMatch(/^graphql-made-this(-\d+)?$/);
  });
});

describe('slugs of titles in other scripts', () => {
  it.each([
    ['Georgian', 'ქარიშხალმა სახლები დააზიანა', /^karishkhalma-sakhlebi-daaziana-/],
    ['Arabic', 'عاصفة تضرب الساحل', /^sfh-tdrb-lshl-/],
    ['Chinese', '北京举行新闻发布会', /^bei-jing-ju-xing-xin-wen-fa-bu-hui-/],
  ])('publishes a %s title with an ASCII slug Strapi accepts', async (_script, title, slug) => {
    const response = await http()
      .post('/api/articles?locale=en')
      .set(auth())
      .send({ data: anArticle({ title: `${title} ${unique('x').split(' ')[1]}` }) })
      .expect(201);
    expect(response.body.data.publishedAt).not.toBeNull();
    expect(response.body.data.slug).toMatch(/^[A-Za-z0-9-_.~]+$/);
    expect(response.body.data.slug).toMatch(slug);
  });
});

describe('slugs of long titles', () => {
  it('gives every article with the same 300-character title its own slug', async () => {
    const title = `${unique('Long')} ${'uzun başlıq '.repeat(24)}`.slice(0, 300);
    const slugs: string[] = [];
    for (let n = 0; n < 4; n += 1) {
      const response = await http()
        .post('/api/articles?locale=az&status=draft')
        .set(auth())
        .send({ data: anArticle({ title }) })
        .expect(201);
      slugs.push(response.body.data.slug);
    }
    expect(new Set(slugs).size).toBe(4);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(120);
  });
});
