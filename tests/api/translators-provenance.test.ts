/*
 * Translation provenance and out-of-date marking, end to end: a localization made through
 * REST or an import records where it came from; a change to its source's text marks it
 * outdated; saving it marks it current again.
 */
import { anArticle, paragraph, unique } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi, strapiInstance } from '../harness/strapi';

const ARTICLE = 'api::article.article';

let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  await bootStrapi();
  token = await apiToken();
});
afterAll(stopStrapi);

interface Translation {
  method: string;
  from: string | null;
  translator: string | null;
  engine: string | null;
  translatedAt: string | null;
  status: string;
  sourceChangedAt: string | null;
}

async function draftTranslation(documentId: string, locale: string): Promise<Translation> {
  const row = (await strapiInstance()
    .db.query(ARTICLE)
    .findOne({
      where: { documentId, locale, publishedAt: null },
      populate: { translation: true },
    })) as {
    translation: Translation;
  };
  return row.translation;
}

async function englishDraft(): Promise<string> {
  const created = await http()
    .post('/api/articles?locale=en&status=draft')
    .set(auth())
    .send({
      data: anArticle({
        title: unique('Storm Arwen leaves thousands without power'),
        originalLanguage: 'en',
      }),
    })
    .expect(201);
  return created.body.data.documentId;
}

async function translateToAz(documentId: string, extra: Record<string, unknown> = {}) {
  return http()
    .put(`/api/articles/${documentId}?locale=az&status=draft`)
    .set(auth())
    .send({
      data: {
        title: unique('Arven fırtınası minlərlə evi işıqsız qoyub'),
        lead: 'Fırtına Britaniyanı vurub.',
        body: [paragraph('Mətn.')],
        ...extra,
      },
    })
    .expect(200);
}

describe('a localization made through REST (PUT ?locale=az)', () => {
  it('records a human translation from en, when, and no translator (an API token is no person)', async () => {
    const documentId = await englishDraft();
    await translateToAz(documentId);
    const translation = await draftTranslation(documentId, 'az');
    expect(translation).toMatchObject({
      method: 'human',
      from: 'en',
      translator: null,
      status: 'current',
    });
    expect(Date.now() - Date.parse(translation.translatedAt as string)).toBeLessThan(60_000);
    expect(await draftTranslation(documentId, 'en')).toMatchObject({
      method: 'original',
      from: null,
    });
  });

  it('records a machine translation and its engine when the request says so', async () => {
    const documentId = await englishDraft();
    await translateToAz(documentId, { translation: { method: 'machine', engine: 'DeepL' } });
    expect(await draftTranslation(documentId, 'az')).toMatchObject({
      method: 'machine',
      engine: 'DeepL',
      from: 'en',
    });
  });
});

describe('a localization made by an import with documentId', () => {
  it("records a human translation from the document's original locale", async () => {
    const documentId = await englishDraft();
    const text = [
      unique('Arven fırtınası Britaniyanı vurub'),
      'London, - Reuters agentliyinin verdiyi məlumata görə, fırtına minlərlə evi işıqsız qoyub.',
    ].join('\n\n');
    const imported = await http()
      .post('/api/articles/import')
      .set(auth())
      .send({ text, locale: 'az', documentId })
      .expect(201);
    expect(imported.body.data).toMatchObject({ documentId, locale: 'az' });
    expect(await draftTranslation(documentId, 'az')).toMatchObject({
      method: 'human',
      from: 'en',
      status: 'current',
    });
  });
});

describe('out-of-date translations', () => {
  it('are marked outdated, with the time, when the source locale changes its lead', async () => {
    const documentId = await englishDraft();
    await translateToAz(documentId);
    const before = Date.now();
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { lead: 'Updated: the storm has moved east.' } })
      .expect(200);
    const translation = await draftTranslation(documentId, 'az');
    expect(translation.status).toBe('outdated');
    expect(Date.parse(translation.sourceChangedAt as string)).toBeGreaterThanOrEqual(before - 1000);
    expect((await draftTranslation(documentId, 'en')).status).toBe('current');
  });

  it('are not marked when the source locale changes only other fields', async () => {
    const documentId = await englishDraft();
    await translateToAz(documentId);
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { dateline: 'LONDON' } })
      .expect(200);
    expect((await draftTranslation(documentId, 'az')).status).toBe('current');
  });

  it('are not marked when the source locale is saved with the same text', async () => {
    const documentId = await englishDraft();
    await translateToAz(documentId);
    const en = (await strapiInstance()
      .db.query(ARTICLE)
      .findOne({ where: { documentId, locale: 'en', publishedAt: null } })) as { title: string };
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { title: en.title } })
      .expect(200);
    expect((await draftTranslation(documentId, 'az')).status).toBe('current');
  });

  it('are current again once the translator saves their text', async () => {
    const documentId = await englishDraft();
    await translateToAz(documentId);
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { body: [paragraph('A new paragraph from the wire.')] } })
      .expect(200);
    expect((await draftTranslation(documentId, 'az')).status).toBe('outdated');

    await http()
      .put(`/api/articles/${documentId}?locale=az&status=draft`)
      .set(auth())
      .send({ data: { body: [paragraph('Teletayp xəbərindən yeni abzas.')] } })
      .expect(200);
    const translation = await draftTranslation(documentId, 'az');
    expect(translation).toMatchObject({ status: 'current', sourceChangedAt: null, from: 'en' });
  });

  it('only the translations made from the changed locale are marked', async () => {
    const documentId = await englishDraft();
    await translateToAz(documentId);
    // ru translated from az, not from en.
    await http()
      .put(`/api/articles/${documentId}?locale=ru&status=draft`)
      .set(auth())
      .send({ data: { title: unique('Шторм Арвен'), translation: { from: 'az' } } })
      .expect(200);
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { title: unique('Storm Arwen: thousands still without power') } })
      .expect(200);
    expect((await draftTranslation(documentId, 'az')).status).toBe('outdated');
    expect((await draftTranslation(documentId, 'ru')).status).toBe('current');
  });
});
