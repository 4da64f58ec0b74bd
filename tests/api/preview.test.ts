/*
 * The edit view's "Open preview": the admin asks the content manager for a preview URL
 * (Strapi 5's preview feature, configured in config/admin.ts) and gets this server's own
 * preview page, behind a short-lived signed link. The page shows the version being edited as a
 * reader would see it, in its language, escaped; a bad or expired link, or a version that does
 * not exist, is a 4xx in Strapi's error shape. The admin's other requests do not 404.
 */
import type { Core } from '@strapi/strapi';
import { anArticle, paragraph, unique } from '../harness/builders';
import { adminJwt, apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';
import { previewPath, signPreviewToken } from '../../src/preview/token';

const ARTICLE = 'api::article.article';

let strapi: Core.Strapi;
let token: string;
let jwt: string;
const auth = () => ({ Authorization: `Bearer ${token}` });
const admin = () => ({ Authorization: `Bearer ${jwt}` });
const secret = () => String(strapi.config.get('admin.auth.secret'));

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
  jwt = await adminJwt();
});
afterAll(stopStrapi);

/** What the edit view asks for when the editor opens the preview. */
function previewUrlFor(uid: string, params: Record<string, string>) {
  const query = new URLSearchParams(params);
  return http().get(`/content-manager/preview/url/${uid}?${query}`).set(admin());
}

async function openPreview(documentId: string, locale: string, status = 'draft') {
  const response = await previewUrlFor(ARTICLE, { documentId, locale, status }).expect(200);
  const url = response.body.data.url as string;
  expect(url).toMatch(/^\/api\/preview\/articles\//);
  // The page is opened without the admin's credentials, as the preview frame opens it.
  return await http().get(url);
}

/** The preview page's HTML, which must be there. */
async function previewOf(documentId: string, locale: string, status = 'draft') {
  const page = await openPreview(documentId, locale, status);
  expect(page.status).toBe(200);
  return page;
}

/** An English original from Reuters, published, and its Azerbaijani translation as a draft. */
async function translatedDraft() {
  const created = await http()
    .post('/api/articles?locale=en&status=published')
    .set(auth())
    .send({
      data: {
        title: unique('Talks resume'),
        lead: 'According to Reuters, the talks resumed.',
        body: [paragraph('The talks resumed on Monday.')],
      },
    })
    .expect(201);
  const { documentId } = created.body.data as { documentId: string };
  const title = unique('Danışıqlar bərpa olunub');
  await http()
    .put(`/api/articles/${documentId}?locale=az&status=draft`)
    .set(auth())
    .send({
      data: {
        title,
        lead: 'Danışıqlar bərpa olunub.',
        dateline: 'Vaşinqton',
        body: [paragraph('Danışıqlar bazar ertəsi bərpa olunub.')],
      },
    })
    .expect(200);
  return { documentId, title };
}

describe('the preview page', () => {
  it('shows the draft as a reader would see it, in its language, with attribution and translation note', async () => {
    const { documentId, title } = await translatedDraft();
    const page = await previewOf(documentId, 'az');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<html lang="az" dir="ltr">');
    expect(page.text).toContain(`<h1>${title}</h1>`);
    expect(page.text).toContain('<p class="dateline">Vaşinqton</p>');
    expect(page.text).toContain('<p class="lead">Danışıqlar bərpa olunub.</p>');
    expect(page.text).toContain('<p>Danışıqlar bazar ertəsi bərpa olunub.</p>');
    // The Source it inherited from English, and how it came to be, in Azerbaijani.
    expect(page.text).toContain('<p class="attribution">Mənbə: Reuters</p>');
    expect(page.text).toMatch(/<p class="translation-note">İngilis dilindən tərcümə<\/p>/);
    // The same words as the attribution line sites get once it is published.
    const draft = await strapi.db.query(ARTICLE).findOne({
      where: { documentId, locale: 'az', publishedAt: null },
    });
    expect(draft.attributionLine).toBe('Mənbə: Reuters. İngilis dilindən tərcümə');
    expect(page.text).toContain('Preview of the draft (az): not public.');
  });

  it('is the draft, not the published version, and the published one on request', async () => {
    const created = await http()
      .post('/api/articles?locale=en&status=published')
      .set(auth())
      .send({ data: anArticle({ title: unique('Published headline') }) })
      .expect(201);
    const { documentId, title: published } = created.body.data;
    const edited = unique('Edited headline');
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { title: edited } })
      .expect(200);

    expect((await previewOf(documentId, 'en')).text).toContain(`<h1>${edited}</h1>`);
    const publishedPage = await previewOf(documentId, 'en', 'published');
    expect(publishedPage.text).toContain(`<h1>${published}</h1>`);
    expect(publishedPage.text).toContain('Original reporting');
  });

  it('says when the translation is outdated', async () => {
    const { documentId } = await translatedDraft();
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=published`)
      .set(auth())
      .send({ data: { lead: 'According to Reuters, the talks resumed late.' } })
      .expect(200);
    const page = await previewOf(documentId, 'az');
    expect(page.text).toMatch(
      /This translation is outdated: the en text changed on \d{4}-\d\d-\d\d/
    );
  });

  // (A javascript: link cannot be stored at all: src/input/blocks.ts refuses it.)
  it('escapes everything the article says', async () => {
    const hostile = '<script>alert(1)</script>';
    const created = await http()
      .post('/api/articles?locale=en&status=draft')
      .set(auth())
      .send({
        data: anArticle({
          title: `Title ${hostile}`,
          lead: '<img src=x onerror=alert(2)>',
          dateline: '"><svg onload=alert(3)>',
          body: [paragraph(`Body ${hostile}`)],
        }),
      })
      .expect(201);
    const page = await previewOf(created.body.data.documentId, 'en');
    expect(page.text).not.toMatch(/<img|<svg/i);
    // The one script is the page's own (reload after a save), and the policy allows no other.
    expect(page.text.match(/<script/g)).toHaveLength(1);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'sha256-[^']+'(;|$)/);
    expect(page.text).toContain('&quot;&gt;&lt;svg onload=alert(3)&gt;');
    expect(page.text).toContain('Title &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('is never stored by a cache', async () => {
    const { documentId } = await translatedDraft();
    const page = await previewOf(documentId, 'az');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-cache']).toBeUndefined();
  });
});

describe('a preview link', () => {
  const expectError = (
    response: { status: number; body: unknown },
    status: number,
    message: RegExp
  ) => {
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ data: null, error: { status, message } });
  };

  it('is refused without a token, with a made-up one, or with one for another version', async () => {
    const { documentId } = await translatedDraft();
    const base = `/api/preview/articles/${documentId}`;
    expectError(await http().get(`${base}?locale=az`), 401, /not valid/);
    expectError(await http().get(`${base}?locale=az&token=123.abc`), 401, /not valid/);
    const forAz = signPreviewToken(
      secret(),
      { documentId, locale: 'az', status: 'draft' },
      Date.now()
    );
    expectError(await http().get(`${base}?locale=en&token=${forAz}`), 401, /not valid/);
    expectError(
      await http().get(`${base}?locale=az&status=published&token=${forAz}`),
      401,
      /not valid/
    );
    const other = `/api/preview/articles/someotherdocument0000000?locale=az&token=${forAz}`;
    expectError(await http().get(other), 401, /not valid/);
    const signedElsewhere = previewPath(
      'another-secret',
      { documentId, locale: 'az', status: 'draft' },
      Date.now()
    );
    expectError(await http().get(signedElsewhere), 401, /not valid/);
  });

  it('expires', async () => {
    const { documentId } = await translatedDraft();
    const twoHoursAgo = Date.now() - 2 * 3600_000;
    const path = previewPath(secret(), { documentId, locale: 'az', status: 'draft' }, twoHoursAgo);
    expectError(await http().get(path), 401, /expired/);
  });

  it('to a version that does not exist is a 404', async () => {
    const created = await http()
      .post('/api/articles?locale=en&status=draft')
      .set(auth())
      .send({ data: anArticle() })
      .expect(201);
    const { documentId } = created.body.data;
    // Never published: no published version to show.
    expectError(await openPreview(documentId, 'en', 'published'), 404, /no published version/);
    const unknown = previewPath(
      secret(),
      { documentId: 'nosuchdocument00000000000', locale: 'en', status: 'draft' },
      Date.now()
    );
    expectError(await http().get(unknown), 404, /no draft version/);
  });

  it('is made by the admin only', async () => {
    const { documentId } = await translatedDraft();
    const query = `documentId=${documentId}&locale=az&status=draft`;
    await http().get(`/content-manager/preview/url/${ARTICLE}?${query}`).expect(401);
    await http().get(`/content-manager/preview/url/${ARTICLE}?${query}`).set(auth()).expect(401);
  });

  it('exists for articles only', async () => {
    const section = await strapi
      .documents('api::section.section')
      .create({ data: { name: unique('Section'), slug: unique('section').replace(/\W/g, '-') } });
    const response = await previewUrlFor('api::section.section', {
      documentId: section.documentId,
      locale: 'en',
    });
    expect(response.status).toBe(204);
  });
});

describe('the admin panel, with Strapi AI off', () => {
  it('gets an answer, not a 404, when it asks about Strapi AI, which is off', async () => {
    const response = await http().get('/admin/ai-feature-config').set(admin()).expect(200);
    expect(response.body.data).toEqual({
      isAiI18nConfigured: false,
      isAiMediaLibraryConfigured: false,
    });
    await http().get('/admin/ai-feature-config').expect(401);
  });

  it('gets "no job", not a 404, when the edit view asks for the AI localization job', async () => {
    const { documentId } = await translatedDraft();
    const response = await http()
      .get(`/i18n/ai-localization-jobs/collection-types/${ARTICLE}/${documentId}`)
      .set(admin())
      .expect(200);
    expect(response.body).toEqual({ data: null });
  });
});
