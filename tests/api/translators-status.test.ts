/*
 * GET /api/articles/translation-status?locale=az: documents missing in a locale and its
 * outdated translations, paginated, for API tokens only.
 */
import { anArticle, paragraph, unique } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';

const STATUS = '/api/articles/translation-status';

let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });

interface Status {
  data: {
    locale: string;
    total: number;
    translated: number;
    missing: { documentId: string; title: string; locale: string }[];
    outdated: { documentId: string; title: string; from: string; changedAt: string }[];
  };
  meta: {
    pagination: {
      page: number;
      pageSize: number;
      pageCount: number;
      missing: { total: number; pageCount: number };
      outdated: { total: number; pageCount: number };
    };
  };
}

async function status(query = 'locale=az&pageSize=100'): Promise<Status> {
  return (await http().get(`${STATUS}?${query}`).set(auth()).expect(200)).body;
}

/** A document with a version in each locale given, the first written first; `publish` publishes all. */
async function documentIn(locales: string[], options: { publish?: boolean } = {}) {
  const titles: Record<string, string> = {};
  const [first, ...others] = locales;
  titles[first] = unique(`Title in ${first}`);
  const created = await http()
    .post(`/api/articles?locale=${first}&status=${options.publish ? 'published' : 'draft'}`)
    .set(auth())
    .send({ data: anArticle({ title: titles[first] }) })
    .expect(201);
  const { documentId } = created.body.data;
  for (const locale of others) {
    titles[locale] = unique(`Title in ${locale}`);
    await http()
      .put(
        `/api/articles/${documentId}?locale=${locale}&status=${options.publish ? 'published' : 'draft'}`
      )
      .set(auth())
      .send({ data: { title: titles[locale], body: [paragraph(`Text in ${locale}.`)] } })
      .expect(200);
  }
  return { documentId: documentId as string, titles };
}

async function changeText(documentId: string, locale: string) {
  await http()
    .put(`/api/articles/${documentId}?locale=${locale}&status=draft`)
    .set(auth())
    .send({ data: { lead: unique('A changed lead') } })
    .expect(200);
}

beforeAll(async () => {
  await bootStrapi();
  token = await apiToken();
});
afterAll(stopStrapi);

describe('who may ask', () => {
  it('is not public: 403 without a token', async () => {
    const response = await http().get(`${STATUS}?locale=az`).expect(403);
    expect(response.body.error.name).toBe('ForbiddenError');
  });

  it('answers an API token, at its own path and not as an article id', async () => {
    const body = await status('locale=az');
    expect(body.data).toEqual(
      expect.objectContaining({
        locale: 'az',
        missing: expect.any(Array),
        outdated: expect.any(Array),
      })
    );
  });

  it('needs a locale, and one that is configured (400)', async () => {
    const missing = await http().get(STATUS).set(auth()).expect(400);
    expect(missing.body.error.message).toMatch(/locale is required/);
    const unknown = await http().get(`${STATUS}?locale=xx-nope`).set(auth()).expect(400);
    expect(unknown.body.error.name).toBe('ValidationError');
  });
});

describe('counts', () => {
  it('counts documents, not rows: drafts and published versions of one document are one', async () => {
    const before = await status();
    await documentIn(['en', 'az'], { publish: true }); // 4 rows, 1 document, translated
    await documentIn(['en']); // 1 document, missing in az
    const after = await status();
    expect(after.data.total - before.data.total).toBe(2);
    expect(after.data.translated - before.data.translated).toBe(1);
    expect(after.meta.pagination.missing.total).toBe(after.data.total - after.data.translated);
  });
});

describe('missing', () => {
  it('lists documents that exist in other locales but not this one, newest first', async () => {
    const older = await documentIn(['en']);
    const translated = await documentIn(['en', 'az']);
    const newer = await documentIn(['ru']);
    const { missing } = (await status()).data;
    const ids = missing.map((item) => item.documentId);
    expect(ids).not.toContain(translated.documentId);
    expect(ids.indexOf(newer.documentId)).toBeLessThan(ids.indexOf(older.documentId));
    expect(missing.find((item) => item.documentId === older.documentId)).toEqual({
      documentId: older.documentId,
      title: older.titles.en,
      locale: 'en',
    });
  });

  it('names a document by its default-locale (en) title, else by the first version written', async () => {
    const ruFirst = await documentIn(['ru', 'en']);
    const trOnly = await documentIn(['tr', 'ru']);
    const { missing } = (await status()).data;
    expect(missing.find((item) => item.documentId === ruFirst.documentId)).toMatchObject({
      title: ruFirst.titles.en,
      locale: 'en',
    });
    expect(missing.find((item) => item.documentId === trOnly.documentId)).toMatchObject({
      title: trOnly.titles.tr,
      locale: 'tr',
    });
  });
});

describe('outdated', () => {
  it("lists this locale's translations whose source text changed, with from and when", async () => {
    const changed = await documentIn(['en', 'az']);
    const unchanged = await documentIn(['en', 'az']);
    const before = Date.now();
    await changeText(changed.documentId, 'en');
    const { outdated } = (await status()).data;
    const entry = outdated.find((item) => item.documentId === changed.documentId);
    expect(entry).toMatchObject({ title: changed.titles.az, from: 'en' });
    expect(Date.parse(entry?.changedAt as string)).toBeGreaterThanOrEqual(before - 1000);
    expect(outdated.map((item) => item.documentId)).not.toContain(unchanged.documentId);
    // The en version is the source, not an outdated translation.
    const en = (await status('locale=en&pageSize=100')).data.outdated;
    expect(en.map((item) => item.documentId)).not.toContain(changed.documentId);
  });

  it('drops a translation from the list once it is saved again', async () => {
    const doc = await documentIn(['en', 'az']);
    await changeText(doc.documentId, 'en');
    expect((await status()).data.outdated.map((item) => item.documentId)).toContain(doc.documentId);
    await changeText(doc.documentId, 'az');
    expect((await status()).data.outdated.map((item) => item.documentId)).not.toContain(
      doc.documentId
    );
  });
});

describe('pagination', () => {
  it('pages both lists with page and pageSize, Strapi style or plain', async () => {
    for (let i = 0; i < 3; i += 1) await documentIn(['en']);
    const first = await status('locale=az&pagination[page]=1&pagination[pageSize]=2');
    const second = await status('locale=az&page=2&pageSize=2');
    expect(first.data.missing).toHaveLength(2);
    expect(second.data.missing.length).toBeGreaterThan(0);
    const firstIds = first.data.missing.map((item) => item.documentId);
    for (const item of second.data.missing) expect(firstIds).not.toContain(item.documentId);
    expect(first.meta.pagination).toMatchObject({ page: 1, pageSize: 2 });
    expect(first.meta.pagination.missing.pageCount).toBe(
      Math.ceil(first.meta.pagination.missing.total / 2)
    );
    expect(first.meta.pagination.pageCount).toBe(
      Math.max(first.meta.pagination.missing.pageCount, first.meta.pagination.outdated.pageCount)
    );
  });

  it('cuts pageSize to 100 and refuses pages that are not positive integers', async () => {
    expect((await status('locale=az&pageSize=1000')).meta.pagination.pageSize).toBe(100);
    await http().get(`${STATUS}?locale=az&page=0`).set(auth()).expect(400);
    await http().get(`${STATUS}?locale=az&pageSize=ten`).set(auth()).expect(400);
  });
});
