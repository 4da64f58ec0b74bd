/*
 * The content manager's Article list answers an editor's first questions: who each story
 * credits (column "Sources", empty: unattributed) and whether this locale's translation is up
 * to date (column "Translation status": original / current / outdated), with the list's own
 * filters ("Sources is null", "Translation status is outdated"). The values are copies kept by
 * the write pipeline; clients cannot set them and sites do not see them.
 */
import type { Core } from '@strapi/strapi';
import { anArticle, paragraph, unique } from '../harness/builders';
import { adminJwt, apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';
import { backfillListColumns } from '../../src/editorial/list-columns-sync';

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

let strapi: Core.Strapi;
let token: string;
let jwt: string;
const auth = () => ({ Authorization: `Bearer ${token}` });
const admin = () => ({ Authorization: `Bearer ${jwt}` });

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
  jwt = await adminJwt();
});
afterAll(stopStrapi);

interface ListRow {
  documentId: string;
  title: string;
  sourceNames: string | null;
  translationState: string | null;
  updatedAt: string;
}

/** The admin list of one locale, as the list view asks for it, with extra filters. */
async function list(locale: string, filters: Record<string, string> = {}): Promise<ListRow[]> {
  const query = new URLSearchParams({ locale, page: '1', pageSize: '100', ...filters });
  const response = await http().get(`${CM}?${query}`).set(admin()).expect(200);
  return response.body.results as ListRow[];
}

/** The list row of one document, found with the list's own title filter. */
async function rowOf(locale: string, title: string): Promise<ListRow> {
  const rows = await list(locale, { 'filters[$and][0][title][$eq]': title });
  expect(rows).toHaveLength(1);
  return rows[0];
}

function create(locale: string, data: Record<string, unknown>, status = 'draft') {
  return http().post(`/api/articles?locale=${locale}&status=${status}`).set(auth()).send({ data });
}

describe('the Sources column', () => {
  it('names the agencies a story credits, detected and added by hand', async () => {
    const ap = await strapi.db.query('api::source.source').findOne({
      where: { name: 'Associated Press' },
    });
    const title = unique('Storm');
    await create('en', {
      title,
      lead: 'According to Reuters, the storm weakened.',
      sources: [{ source: ap.documentId, role: 'quoted' }],
    }).expect(201);
    expect(await rowOf('en', title)).toMatchObject({
      sourceNames: 'Associated Press, Reuters',
      translationState: 'original',
    });
  });

  it('is empty for an unattributed story, which the filter "Sources is null" finds', async () => {
    const unattributed = unique('Unattributed');
    const attributed = unique('Attributed');
    await create('en', anArticle({ title: unattributed, originalReporting: false })).expect(201);
    await create('en', { title: attributed, lead: 'According to Reuters, it rained.' }).expect(201);

    expect((await rowOf('en', unattributed)).sourceNames).toBeNull();
    const found = await list('en', { 'filters[$and][0][sourceNames][$null]': 'true' });
    const titles = found.map((row) => row.title);
    expect(titles).toContain(unattributed);
    expect(titles).not.toContain(attributed);
  });

  it('says "Original reporting" for the newsroom’s own story, which the filter leaves out', async () => {
    const own = unique('Our own reporting');
    await create('en', anArticle({ title: own, originalReporting: true })).expect(201);
    expect((await rowOf('en', own)).sourceNames).toBe('Original reporting');
    const found = await list('en', { 'filters[$and][0][sourceNames][$null]': 'true' });
    expect(found.map((row) => row.title)).not.toContain(own);

    // Marked as not original reporting in another locale's edit (the flag is shared): unattributed.
    const [row] = (await strapi.db.query('api::article.article').findMany({
      where: { title: own, locale: 'en' },
      select: ['documentId'],
    })) as { documentId: string }[];
    await http()
      .put(`/api/articles/${row.documentId}?locale=az&status=draft`)
      .set(auth())
      .send({ data: { title: unique('Öz xəbərimiz'), originalReporting: false } })
      .expect(200);
    expect((await rowOf('en', own)).sourceNames).toBeNull();
  });

  it('follows the text: a Source the new text names appears, one no longer named goes', async () => {
    const title = unique('Talks');
    const created = await create('en', {
      title,
      lead: 'According to Reuters, talks began.',
    }).expect(201);
    const { documentId } = created.body.data;
    await http()
      .put(`${CM}/${documentId}?locale=en`)
      .set(admin())
      .send({ title, lead: 'The Associated Press reported that talks began.' })
      .expect(200);
    expect((await rowOf('en', title)).sourceNames).toBe('Associated Press');
  });

  it('is the same on the published version as on the draft', async () => {
    const title = unique('Published');
    const created = await create(
      'en',
      { title, lead: 'According to Reuters, it happened.' },
      'published'
    ).expect(201);
    const versions = (await strapi.db.query(ARTICLE).findMany({
      where: { documentId: created.body.data.documentId, locale: 'en' },
      select: ['publishedAt', 'sourceNames', 'translationState'],
    })) as { publishedAt: string | null; sourceNames: string; translationState: string }[];
    expect(versions).toHaveLength(2);
    for (const version of versions) {
      expect(version).toMatchObject({ sourceNames: 'Reuters', translationState: 'original' });
    }
  });
});

describe('a renamed Source', () => {
  it('is named by its new name in the Sources column of the stories that credit it', async () => {
    const name = unique('Wire');
    const source = await http()
      .post('/content-manager/collection-types/api::source.source')
      .set(admin())
      .send({ name, aliases: [name], kind: 'news-agency', verified: true })
      .expect(201);
    const sourceId = source.body.data.documentId as string;
    const title = unique('Wire story');
    const created = await create(
      'en',
      { title, lead: 'A lead.', sources: [{ source: sourceId, role: 'origin' }] },
      'published'
    ).expect(201);
    expect((await rowOf('en', title)).sourceNames).toBe(name);

    const renamed = unique('Renamed wire');
    await http()
      .put(`/content-manager/collection-types/api::source.source/${sourceId}`)
      .set(admin())
      .send({ name: renamed })
      .expect(200);
    expect((await rowOf('en', title)).sourceNames).toBe(renamed);
    const published = await strapi.db.query(ARTICLE).findOne({
      where: { documentId: created.body.data.documentId, publishedAt: { $notNull: true } },
      select: ['sourceNames'],
    });
    expect(published.sourceNames).toBe(renamed);
  });
});

describe('the Translation status column', () => {
  async function translated() {
    const title = unique('Summit');
    const created = await create(
      'en',
      { title, lead: 'According to Reuters, the summit opened.' },
      'published'
    ).expect(201);
    const { documentId } = created.body.data as { documentId: string };
    const azTitle = unique('Sammit');
    await http()
      .put(`/api/articles/${documentId}?locale=az&status=published`)
      .set(auth())
      .send({ data: { title: azTitle, body: [paragraph('Sammit açıldı.')] } })
      .expect(200);
    return { documentId, title, azTitle };
  }

  it('says "current" for a fresh translation, which inherits the Sources', async () => {
    const { azTitle } = await translated();
    expect(await rowOf('az', azTitle)).toMatchObject({
      sourceNames: 'Reuters',
      translationState: 'current',
    });
  });

  it('says "outdated" once the original changes, and the filter finds it', async () => {
    const { documentId, title, azTitle } = await translated();
    const untouched = await translated();
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=published`)
      .set(auth())
      .send({ data: { title: `${title} (updated)` } })
      .expect(200);

    expect((await rowOf('az', azTitle)).translationState).toBe('outdated');
    const outdated = await list('az', { 'filters[$and][0][translationState][$eq]': 'outdated' });
    const titles = outdated.map((row) => row.title);
    expect(titles).toContain(azTitle);
    expect(titles).not.toContain(untouched.azTitle);
    // The published translation says the same as its draft: both are out of date.
    const published = await strapi.db.query(ARTICLE).findOne({
      where: { documentId, locale: 'az', publishedAt: { $notNull: true } },
      select: ['translationState'],
    });
    expect(published.translationState).toBe('outdated');
    // The original itself stays "original".
    expect((await rowOf('en', `${title} (updated)`)).translationState).toBe('original');
  });

  it('says "current" again once the translator saves the translation', async () => {
    const { documentId, azTitle } = await translated();
    await http()
      .put(`/api/articles/${documentId}?locale=en`)
      .set(auth())
      .send({ data: { lead: 'According to Reuters, the summit opened late.' } })
      .expect(200);
    expect((await rowOf('az', azTitle)).translationState).toBe('outdated');
    await http()
      .put(`${CM}/${documentId}?locale=az`)
      .set(admin())
      .send({ title: azTitle, body: [paragraph('Sammit gecikmə ilə açıldı.')] })
      .expect(200);
    expect((await rowOf('az', azTitle)).translationState).toBe('current');
  });
});

describe('the copies are written by the pipeline, never by a client', () => {
  it('are refused in REST input', async () => {
    const response = await create('en', { ...anArticle(), sourceNames: 'Made up' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ data: null, error: { name: 'ValidationError' } });
    const state = await create('en', { ...anArticle(), translationState: 'current' });
    expect(state.status).toBe(400);
  });

  it('are not in the GraphQL input or output', async () => {
    const mutation = await http()
      .post('/graphql')
      .set(auth())
      .send({
        query: `mutation { createArticle(locale: "en", status: DRAFT,
          data: { title: "x", originalReporting: true, sourceNames: "Made up" }) { documentId } }`,
      });
    expect(mutation.body.errors?.[0]?.message).toMatch(/sourceNames/);
    const read = await http()
      .post('/graphql')
      .send({ query: '{ articles(locale: "en") { documentId translationState } }' });
    expect(read.body.errors?.[0]?.message).toMatch(/translationState/);
  });

  it('are ignored when the admin panel sends them', async () => {
    const title = unique('Admin save');
    const created = await create('en', { title, lead: 'According to Reuters, x.' }).expect(201);
    await http()
      .put(`${CM}/${created.body.data.documentId}?locale=en`)
      .set(admin())
      .send({ title, sourceNames: 'Made up', translationState: 'outdated' })
      .expect(200);
    expect(await rowOf('en', title)).toMatchObject({
      sourceNames: 'Reuters',
      translationState: 'original',
    });
  });

  it('are not served to sites', async () => {
    const created = await create(
      'en',
      { title: unique('Public'), lead: 'According to Reuters, y.' },
      'published'
    ).expect(201);
    const { documentId } = created.body.data;
    const item = await http().get(`/api/articles/${documentId}?locale=en`).expect(200);
    expect(item.body.data).not.toHaveProperty('sourceNames');
    expect(item.body.data).not.toHaveProperty('translationState');
    expect(created.body.data).not.toHaveProperty('sourceNames');
  });
});

describe('rows written before the columns existed', () => {
  it('are filled in at boot', async () => {
    const title = unique('Old');
    const created = await create('en', { title, lead: 'According to Reuters, z.' }).expect(201);
    const where = { documentId: created.body.data.documentId };
    await strapi.db
      .query(ARTICLE)
      .updateMany({ where, data: { sourceNames: null, translationState: null } });
    const before = await rowOf('en', title);
    expect(await backfillListColumns(strapi)).toBeGreaterThanOrEqual(1);
    expect(await rowOf('en', title)).toMatchObject({
      sourceNames: 'Reuters',
      translationState: 'original',
      // A private copy for the list is not a change to the article sites would see.
      updatedAt: before.updatedAt,
    });
    // Once done, a boot has nothing to fill.
    expect(await backfillListColumns(strapi)).toBe(0);
  });
});

describe('the list view configuration', () => {
  it('shows Sources and Translation status as columns and does not offer the content hash', async () => {
    const configuration = await http()
      .get(`/content-manager/content-types/${ARTICLE}/configuration`)
      .set(admin())
      .expect(200);
    const { layouts, metadatas } = configuration.body.data.contentType;
    expect(layouts.list).toEqual(expect.arrayContaining(['sourceNames', 'translationState']));
    expect(metadatas.sourceNames.list.label).toBe('Sources');
    expect(metadatas.translationState.list.label).toBe('Translation status');
    // Shown in the list, not in the form: the edit view has the Attribution panel.
    expect(layouts.edit.flat().map((cell: { name: string }) => cell.name)).not.toContain(
      'sourceNames'
    );

    const types = await http().get('/content-manager/content-types').set(admin()).expect(200);
    const article = (types.body.data as { uid: string; attributes: object }[]).find(
      (type) => type.uid === ARTICLE
    );
    expect(Object.keys(article?.attributes ?? {})).not.toContain('contentHash');
    expect(Object.keys(article?.attributes ?? {})).toEqual(
      expect.arrayContaining(['sourceNames', 'translationState'])
    );
  });
});
