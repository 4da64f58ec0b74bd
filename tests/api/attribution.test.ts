import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { anArticle, paragraph, unique } from '../harness/builders';
import { adminJwt, apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';

const ARTICLE = 'api::article.article';
const SEED = path.resolve(__dirname, '../../database/samples/az-000-seed.txt');

let strapi: Core.Strapi;
let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
});
afterAll(stopStrapi);

interface Ref {
  detected: boolean;
  quotedAs: string | null;
  role: string;
  source: { name: string; verified: boolean } | null;
}

async function versions(documentId: string) {
  return (await strapi.db.query(ARTICLE).findMany({
    where: { documentId },
    populate: { sources: { populate: { source: true } }, translation: true },
    orderBy: [{ locale: 'asc' }, { publishedAt: 'asc' }],
  })) as {
    locale: string;
    publishedAt: string | null;
    originalLanguage: string | null;
    originalReporting: boolean;
    attributionLine: string;
    sources: Ref[];
    translation: { method: string; from: string | null; status: string } | null;
  }[];
}

const names = (refs: Ref[]) => refs.map((ref) => ref.source?.name);

describe('the seed article', () => {
  it('as an az draft is attributed to Reuters with "Mənbə: Reuters"', async () => {
    const text = fs
      .readFileSync(SEED, 'utf8')
      .split(/\n\s*\n/)
      .map((block) => block.trim());
    const [, , headline, ...paragraphs] = text;
    const created = await strapi.documents(ARTICLE).create({
      locale: 'az',
      data: { title: headline, body: paragraphs.map(paragraph) } as never,
    });
    const [draft] = await versions(created.documentId);
    expect(names(draft.sources)).toEqual(['Reuters']);
    expect(draft.sources[0]).toMatchObject({ detected: true, role: 'origin' });
    expect(draft.sources[0].quotedAs).toBe('Reuters agentliyinin verdiyi məlumata görə');
    expect(draft.attributionLine).toBe('Mənbə: Reuters');
  });
});

describe('detection through REST', () => {
  it.each([
    ['en', 'LONDON (Reuters) - Oil prices rose on Monday.', 'Source: Reuters'],
    ['ru', 'Как сообщает ТАСС, переговоры продолжатся.', 'Источник: TASS'],
    ['tr', "Anadolu Ajansı'nın haberine göre görüşmeler sürüyor.", 'Kaynak: Anadolu Agency'],
    ['az', 'APA-nın məlumatına görə, danışıqlar davam edir.', 'Mənbə: APA'],
  ])('finds the agency in a %s article and writes the line', async (locale, lead, line) => {
    const response = await http()
      .post(`/api/articles?locale=${locale}&status=draft`)
      .set(auth())
      .send({ data: { title: unique('Talks'), lead } })
      .expect(201);
    const [draft] = await versions(response.body.data.documentId);
    expect(draft.sources).toHaveLength(1);
    expect(draft.attributionLine).toBe(line);
  });

  it('does not take a mere mention for an attribution', async () => {
    const response = await http()
      .post('/api/articles?locale=en&status=draft')
      .set(auth())
      .send({ data: { title: unique('Barred'), lead: 'Reuters journalists were not allowed in.' } })
      .expect(201);
    const [draft] = await versions(response.body.data.documentId);
    expect(draft.sources).toEqual([]);
  });

  it('creates an unknown agency once, unverified, even when two writes find it together', async () => {
    const agency = `Zorbian Wire ${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    const write = () =>
      http()
        .post('/api/articles?locale=en&status=draft')
        .set(auth())
        .send({
          data: { title: unique('Wire'), lead: `According to ${agency}, the talks failed.` },
        });
    const [first, second] = await Promise.all([write(), write()]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const sources = await strapi.db
      .query('api::source.source')
      .findMany({ where: { name: agency } });
    expect(sources).toHaveLength(1);
    expect(sources[0].verified).toBe(false);
  });
});

describe('editor input', () => {
  it('keeps sources an editor added by hand, alongside detected ones, across updates', async () => {
    const ap = await strapi.db
      .query('api::source.source')
      .findOne({ where: { name: 'Associated Press' } });
    const created = await http()
      .post('/api/articles?locale=en&status=draft')
      .set(auth())
      .send({
        data: {
          title: unique('Storm'),
          lead: 'According to Reuters, the storm weakened.',
          sources: [{ source: ap.documentId, role: 'quoted', originalUrl: 'https://apnews.com/x' }],
        },
      })
      .expect(201);
    const documentId = created.body.data.documentId;
    await http()
      .put(`/api/articles/${documentId}?locale=en`)
      .set(auth())
      .send({ data: { title: unique('Storm weakens') } })
      .expect(200);
    const [draft] = await versions(documentId);
    expect(names(draft.sources)).toEqual(['Associated Press', 'Reuters']);
    expect(draft.sources[0]).toMatchObject({ detected: false, role: 'quoted' });
    expect(draft.attributionLine).toBe('Sources: Associated Press and Reuters');
  });
});

describe('the publish guard', () => {
  const unsourced = () => ({
    title: unique('Unsourced'),
    lead: 'Nothing says where this came from.',
  });

  it('refuses to create a published article without a source, naming it and its locale', async () => {
    const before = await strapi.db.query(ARTICLE).count({});
    const data = unsourced();
    const response = await http()
      .post('/api/articles?locale=az')
      .set(auth())
      .send({ data })
      .expect(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toContain(data.title);
    expect(response.body.error.message).toContain('"az"');
    expect(await strapi.db.query(ARTICLE).count({})).toBe(before);
  });

  it('refuses to publish an unsourced draft and leaves the published version as it was', async () => {
    const created = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: { title: unique('Was sourced'), lead: 'According to Reuters, it rained.' } as never,
      status: 'published',
    });
    await strapi.documents(ARTICLE).update({
      documentId: created.documentId,
      locale: 'en',
      data: { lead: 'Now nothing says where this came from.' } as never,
    });
    await expect(
      strapi.documents(ARTICLE).publish({ documentId: created.documentId, locale: 'en' })
    ).rejects.toThrow(/cannot be published in locale "en"/);
    const published = (await versions(created.documentId)).find((v) => v.publishedAt);
    expect(names(published?.sources ?? [])).toEqual(['Reuters']);
  });

  it('publishes original reporting without a source', async () => {
    await http()
      .post('/api/articles?locale=en')
      .set(auth())
      .send({ data: { ...unsourced(), originalReporting: true } })
      .expect(201);
  });
});

describe('idempotence across draft/publish sequences', () => {
  it('keeps each source once, equal in draft and published, with non-localized fields intact', async () => {
    const docs = strapi.documents(ARTICLE);
    const created = await docs.create({
      locale: 'en',
      data: anArticle({
        title: unique('Sequence'),
        lead: 'According to Reuters and as the Associated Press reported, markets fell.',
        originalReporting: false,
        originalLanguage: 'en',
      }) as never,
    });
    const documentId = created.documentId;
    await docs.publish({ documentId, locale: 'en' });
    await docs.update({ documentId, locale: 'en', data: { title: unique('Sequence 2') } as never });
    await docs.publish({ documentId, locale: 'en' });
    await docs.unpublish({ documentId, locale: 'en' });
    await docs.publish({ documentId, locale: 'en' });
    await docs.update({
      documentId,
      locale: 'en',
      data: { lead: 'According to Reuters, markets fell.' } as never,
    });
    await docs.discardDraft({ documentId, locale: 'en' });
    await docs.update({
      documentId,
      locale: 'az',
      data: {
        title: unique('Ardıcıllıq'),
        lead: 'Reuters agentliyinin verdiyi məlumata görə, bazarlar düşüb.',
      } as never,
    });
    await docs.publish({ documentId, locale: '*' });
    await docs.publish({ documentId, locale: '*' });

    const all = await versions(documentId);
    expect(all).toHaveLength(4);
    for (const version of all) {
      const found = names(version.sources);
      expect(new Set(found).size).toBe(found.length);
      expect(version.originalLanguage).toBe('en');
    }
    const [azDraft, azPublished, enDraft, enPublished] = all;
    expect(names(enDraft.sources)).toEqual(['Reuters', 'Associated Press']);
    expect(names(enPublished.sources)).toEqual(names(enDraft.sources));
    // az names Reuters itself and inherits the Associated Press from en, its origin.
    expect(names(azDraft.sources)).toEqual(['Reuters', 'Associated Press']);
    expect(names(azPublished.sources)).toEqual(names(azDraft.sources));
    expect(azDraft.translation).toMatchObject({ method: 'human', from: 'en', status: 'current' });
    expect(azDraft.attributionLine).toBe(azPublished.attributionLine);
  });
});

describe('the admin panel (content-manager API, as the edit view saves)', () => {
  it('fills sources and the attribution line when an editor saves', async () => {
    const jwt = await adminJwt();
    const created = await http()
      .post('/content-manager/collection-types/api::article.article?locale=az')
      .set('Authorization', `Bearer ${jwt}`)
      .send({
        title: unique('Redaktor yazısı'),
        lead: '“Report” xəbər verir ki, danışıqlar bitib.',
      })
      .expect(201);
    const { documentId } = created.body.data;
    const edited = await http()
      .get(`/content-manager/collection-types/api::article.article/${documentId}?locale=az`)
      .set('Authorization', `Bearer ${jwt}`)
      .expect(200);
    expect(edited.body.data.attributionLine).toBe('Mənbə: Report');
    expect(edited.body.data.sources).toHaveLength(1);
    expect(edited.body.data.sources[0]).toMatchObject({
      detected: true,
      quotedAs: expect.stringContaining('Report'),
    });

    // Saving the form again sends the components back with their ids: nothing doubles.
    const resaved = await http()
      .put(`/content-manager/collection-types/api::article.article/${documentId}?locale=az`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ ...edited.body.data, title: unique('Redaktor yazısı, düzəliş') })
      .expect(200);
    expect(resaved.body.data.sources).toHaveLength(1);
    const [draft] = await versions(documentId);
    expect(names(draft.sources)).toEqual(['Report']);
  });
});

describe('original reporting, a field all locales share', () => {
  it('rewrites every locale’s line when it changes in one', async () => {
    const docs = strapi.documents(ARTICLE);
    const created = await docs.create({
      locale: 'en',
      data: {
        title: unique('Own story'),
        lead: 'Our reporter was there.',
        originalReporting: true,
      } as never,
    });
    await docs.update({
      documentId: created.documentId,
      locale: 'az',
      data: { title: unique('Öz xəbərimiz'), lead: 'Müxbirimiz orada idi.' } as never,
    });
    let az = (await versions(created.documentId)).find((v) => v.locale === 'az');
    expect(az?.attributionLine).toMatch(/öz xəbəri/);

    await docs.update({
      documentId: created.documentId,
      locale: 'en',
      data: { originalReporting: false } as never,
    });
    az = (await versions(created.documentId)).find((v) => v.locale === 'az');
    expect(az?.originalReporting).toBe(false);
    expect(az?.attributionLine).not.toMatch(/öz xəbəri/);
  });
});
