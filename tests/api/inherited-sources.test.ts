/*
 * Sources follow the story into every translation: a localization made from another version
 * inherits that version's Sources (marked with the locale they come from), renders its line in
 * its own language and publishes without anyone retyping the agency; what its own text names is
 * added as detected; an editor can remove an inherited one; when the origin's Sources change,
 * the inherited ones follow; and the outdated status reads the same on every endpoint.
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

interface Ref {
  id: number;
  quotedAs: string | null;
  detected: boolean | null;
  inheritedFrom: string | null;
  source: { name: string; documentId: string } | null;
}

async function draft(documentId: string, locale: string) {
  return (await strapiInstance()
    .db.query(ARTICLE)
    .findOne({
      where: { documentId, locale, publishedAt: null },
      populate: { sources: { populate: { source: true } }, translation: true },
    })) as {
    attributionLine: string;
    sources: Ref[];
    translation: { method: string; from: string | null; status: string };
  };
}

const named = (refs: Ref[]) =>
  refs.map((ref) => ({ name: ref.source?.name, inheritedFrom: ref.inheritedFrom ?? null }));

/** An English agency story: "WASHINGTON (Reuters) - …", attributed to Reuters by detection. */
async function englishReutersStory(): Promise<string> {
  const created = await http()
    .post('/api/articles?locale=en&status=draft')
    .set(auth())
    .send({
      data: anArticle({
        title: unique('Blinken urges Russian hawks to resign'),
        lead: 'WASHINGTON, Feb 1 (Reuters) - The Secretary of State spoke on Tuesday.',
        body: [paragraph('He repeated the call in a second interview.')],
        originalReporting: false,
        originalLanguage: 'en',
      }),
    })
    .expect(201);
  return created.body.data.documentId;
}

/** Its Azerbaijani translation, whose text does not repeat the agency. */
function translateToAz(documentId: string, extra: Record<string, unknown> = {}) {
  return http()
    .put(`/api/articles/${documentId}?locale=az&status=draft`)
    .set(auth())
    .send({
      data: {
        title: unique('Blinken Rusiya hərbçilərini istefaya çağırıb'),
        lead: 'Dövlət katibi çərşənbə axşamı çıxış edib.',
        body: [paragraph('O, çağırışını ikinci müsahibədə təkrarlayıb.')],
        ...extra,
      },
    });
}

describe('a translation of an attributed article', () => {
  it('inherits the Sources of the version it was made from, marked with that locale', async () => {
    const documentId = await englishReutersStory();
    await translateToAz(documentId).expect(200);
    const az = await draft(documentId, 'az');
    expect(az.translation).toMatchObject({ method: 'human', from: 'en' });
    expect(named(az.sources)).toEqual([{ name: 'Reuters', inheritedFrom: 'en' }]);
    expect(az.sources[0].detected).toBe(false);
    // Its line is in its own language.
    expect(az.attributionLine).toMatch(/^Mənbə: Reuters/);
  });

  it('publishes without anyone retyping the agency', async () => {
    const documentId = await englishReutersStory();
    await translateToAz(documentId).expect(200);
    await http()
      .put(`/api/articles/${documentId}?locale=az&status=published`)
      .set(auth())
      .send({ data: {} })
      .expect(200);
    const published = await http().get(`/api/articles/${documentId}?locale=az`).expect(200);
    expect(published.body.data.attributionLine).toMatch(/^Mənbə: Reuters/);
  });

  it('adds what its own text names as detected, beside the inherited Source', async () => {
    const documentId = await englishReutersStory();
    await translateToAz(documentId, {
      body: [paragraph('APA agentliyinin verdiyi məlumata görə, görüş Bakıda keçirilib.')],
    }).expect(200);
    const az = await draft(documentId, 'az');
    expect(named(az.sources)).toEqual([
      { name: 'APA', inheritedFrom: null },
      { name: 'Reuters', inheritedFrom: 'en' },
    ]);
  });

  it('lets an editor remove an inherited Source, and does not bring it back on the next save', async () => {
    const documentId = await englishReutersStory();
    await translateToAz(documentId, {
      body: [paragraph('APA agentliyinin verdiyi məlumata görə, görüş Bakıda keçirilib.')],
    }).expect(200);
    const az = await draft(documentId, 'az');
    const withoutReuters = az.sources
      .filter((ref) => ref.inheritedFrom === null)
      .map((ref) => ({ id: ref.id, detected: ref.detected, quotedAs: ref.quotedAs }));
    await http()
      .put(`/api/articles/${documentId}?locale=az&status=draft`)
      .set(auth())
      .send({ data: { sources: withoutReuters } })
      .expect(200);
    await http()
      .put(`/api/articles/${documentId}?locale=az&status=draft`)
      .set(auth())
      .send({ data: { lead: 'Dövlət katibi yenidən çıxış edib.' } })
      .expect(200);
    expect(named((await draft(documentId, 'az')).sources)).toEqual([
      { name: 'APA', inheritedFrom: null },
    ]);
  });

  it('keeps original reporting original reporting in every locale', async () => {
    const created = await http()
      .post('/api/articles?locale=en&status=draft')
      .set(auth())
      .send({ data: anArticle({ title: unique('Our own reporting'), originalReporting: true }) })
      .expect(201);
    const documentId = created.body.data.documentId;
    await translateToAz(documentId).expect(200);
    const az = await draft(documentId, 'az');
    expect(az.sources).toEqual([]);
    expect(az.attributionLine).not.toMatch(/Reuters/);
    await strapiInstance().documents(ARTICLE).publish({ documentId, locale: 'az' });
  });
});

describe('when the origin’s Sources change', () => {
  it('the inherited ones follow in the translation', async () => {
    const documentId = await englishReutersStory();
    await translateToAz(documentId).expect(200);
    // The English version now credits AFP instead of Reuters.
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({
        data: { lead: 'WASHINGTON, Feb 1 (AFP) - The Secretary of State spoke on Tuesday.' },
      })
      .expect(200);
    const az = await draft(documentId, 'az');
    expect(named(az.sources)).toEqual([{ name: 'Agence France-Presse', inheritedFrom: 'en' }]);
    expect(az.attributionLine).toMatch(/^Mənbə: Agence France-Presse/);
    // And the change is visible as an outdated translation.
    expect(az.translation.status).toBe('outdated');
  });
});

describe('the outdated status of a translation', () => {
  it('reads the same in the draft, the public attribution and translation-status', async () => {
    const documentId = await englishReutersStory();
    await strapiInstance().documents(ARTICLE).publish({ documentId, locale: 'en' });
    await translateToAz(documentId).expect(200);
    await strapiInstance().documents(ARTICLE).publish({ documentId, locale: 'az' });
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { body: [paragraph('A new paragraph that changes the story.')] } })
      .expect(200);

    expect((await draft(documentId, 'az')).translation.status).toBe('outdated');
    const attribution = await http()
      .get(`/api/articles/${documentId}/attribution?locale=az`)
      .expect(200);
    expect(attribution.body.data.translation.status).toBe('outdated');
    expect(attribution.body.data.sources).toEqual([
      expect.objectContaining({ name: 'Reuters', inheritedFrom: 'en' }),
    ]);
    const published = await http()
      .get(`/api/articles/${documentId}?locale=az&populate=translation`)
      .expect(200);
    expect(published.body.data.translation.status).toBe('outdated');
  });
});
