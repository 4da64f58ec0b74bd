import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Core } from '@strapi/strapi';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';
import { buildNewsroom, useSiteEnv, type Newsroom } from '../harness/site-fixtures';

let strapi: Core.Strapi;
let newsroom: Newsroom;
let restoreEnv: () => void;

const fixtures = path.join(__dirname, '..', 'fixtures', 'ninjs');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validators = [
  ajv.compile(
    JSON.parse(
      fs.readFileSync(path.join(fixtures, 'newsroom-ninjs-3.1-profile.schema.json'), 'utf8')
    )
  ),
];
// IPTC's own schema, when it has been put beside the profile (see tests/fixtures/ninjs/README.md).
const iptcSchema = path.join(fixtures, 'ninjs-schema_3.1.json');
if (fs.existsSync(iptcSchema)) {
  const schema = JSON.parse(fs.readFileSync(iptcSchema, 'utf8'));
  // Its `places` refer to GeoJSON's schema online; we emit no geometry.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
  validators.push(ajv.compile(schema));
}

function expectValidNinjs(document: unknown) {
  for (const validate of validators) {
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  }
}

beforeAll(async () => {
  restoreEnv = useSiteEnv();
  strapi = await bootStrapi();
  newsroom = await buildNewsroom(strapi);
});
afterAll(async () => {
  await stopStrapi();
  restoreEnv();
});

describe('GET /api/articles/:documentId/ninjs', () => {
  it('is a valid ninjs 3.1 text item with headline, bodies, dateline and ids', async () => {
    const response = await http()
      .get(`/api/articles/${newsroom.reuters.documentId}/ninjs?locale=az`)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const ninjs = JSON.parse(response.text);
    expectValidNinjs(ninjs);
    expect(ninjs).toMatchObject({
      uri: `urn:newsroom:article:${newsroom.reuters.documentId}:az`,
      standard: { name: 'ninjs', version: '3.1' },
      type: 'text',
      pubStatus: 'usable',
      language: 'az',
      headlines: [{ role: 'main', value: newsroom.reuters.az.title }],
      located: 'İstanbul',
      subjects: [{ name: `Dünya ${newsroom.tag}`, literal: newsroom.sections.az.slug }],
    });
    expect(ninjs.bodies.map((body: { contentType: string }) => body.contentType)).toEqual([
      'text/plain',
      'text/html',
    ]);
    expect(ninjs.bodies[0].value).toContain('İLHAM Əliyev');
    expect(ninjs.bodies[1].value).toContain('<p>');
    expect(ninjs.altIds).toEqual(
      expect.arrayContaining([
        { role: 'documentId', value: newsroom.reuters.documentId },
        { role: 'slug', value: newsroom.reuters.az.slug },
        {
          role: 'url',
          value: `https://news.example/az/${newsroom.sections.az.slug}/${newsroom.reuters.az.slug}`,
        },
      ])
    );
    expect(Date.parse(ninjs.versionCreated)).toBeGreaterThanOrEqual(Date.parse(ninjs.firstCreated));
    expect(ninjs.version).toMatch(/^\d+$/);
  });

  it('says where it came from: the agency, the publisher, and the version it translates', async () => {
    const ninjs = JSON.parse(
      (await http().get(`/api/articles/${newsroom.reuters.documentId}/ninjs?locale=az`).expect(200))
        .text
    );
    expect(ninjs.infoSources).toEqual([
      expect.objectContaining({ name: 'Reuters', role: 'origin', uri: 'https://www.reuters.com' }),
      { name: 'Bbabo Xəbər', role: 'publisher', uri: 'https://news.example' },
    ]);
    expect(ninjs.copyrightNotice).toMatch(/^Mənbə: Reuters/);
    expect(ninjs.edNote).toBe('Translation from English.');
    expect(ninjs.associations).toEqual([
      expect.objectContaining({
        rel: 'translationOf',
        uri: `urn:newsroom:article:${newsroom.reuters.documentId}:en`,
        language: 'en',
        headlines: [expect.objectContaining({ value: newsroom.reuters.en.title })],
      }),
    ]);

    const original = JSON.parse(
      (await http().get(`/api/articles/${newsroom.reuters.documentId}/ninjs?locale=en`).expect(200))
        .text
    );
    expectValidNinjs(original);
    expect(original.edNote).toBeUndefined();
    expect(original.associations).toEqual([
      expect.objectContaining({ rel: 'translation', language: 'az' }),
    ]);
  });

  it('is a 404 for a draft or an unknown document, a 400 for an unknown locale', async () => {
    const draft = await http()
      .get(`/api/articles/${newsroom.draft.documentId}/ninjs?locale=az`)
      .expect(404);
    expect(draft.body).toMatchObject({ data: null, error: { status: 404, name: 'NotFoundError' } });
    await http().get('/api/articles/nosuchdocument0000000000/ninjs?locale=az').expect(404);
    const locale = await http()
      .get(`/api/articles/${newsroom.reuters.documentId}/ninjs?locale=xx`)
      .expect(400);
    expect(locale.body.error.name).toBe('ValidationError');
  });

  it('carries an ETag and answers a matching If-None-Match with 304, keeping the JSON type', async () => {
    const url = `/api/articles/${newsroom.reuters.documentId}/ninjs?locale=az`;
    const first = await http().get(url).expect(200);
    expect(first.headers.etag).toBeDefined();
    const again = await http().get(url).expect(200);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.text).toBe(first.text);
    await http()
      .get(url)
      .set('If-None-Match', first.headers.etag as string)
      .expect(304);
  });
});

describe('GET /api/feeds/:locale/ninjs.json', () => {
  it('is one valid ninjs composite whose associations are the newest articles', async () => {
    const response = await http().get('/api/feeds/az/ninjs.json').expect(200);
    const feed = JSON.parse(response.text);
    expectValidNinjs(feed);
    expect(feed).toMatchObject({ type: 'composite', language: 'az' });
    expect(feed.associations.length).toBeLessThanOrEqual(50);
    const titles = feed.associations.map(
      (item: { headlines: { value: string }[] }) => item.headlines[0].value
    );
    expect(titles).toContain(newsroom.reuters.az.title);
    expect(titles).not.toContain(newsroom.draft.title);
    for (const item of feed.associations) expect(item).toMatchObject({ rel: 'item', type: 'text' });
  });
});

describe('GET /api/articles/:documentId/jsonld (Google article guidelines)', () => {
  it('has the publisher with its logo, the agency as author, ordered dates and the page', async () => {
    const response = await http()
      .get(`/api/articles/${newsroom.reuters.documentId}/jsonld?locale=az`)
      .expect(200);
    const document = JSON.parse(response.text);
    const url = `https://news.example/az/${newsroom.sections.az.slug}/${newsroom.reuters.az.slug}`;
    expect(document).toMatchObject({
      '@type': 'NewsArticle',
      url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      inLanguage: 'az',
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Bbabo Xəbər',
        url: 'https://news.example',
        logo: { '@type': 'ImageObject', url: 'https://news.example/static/logo.png' },
      },
      author: [{ '@type': 'NewsMediaOrganization', name: 'Reuters' }],
      translationOfWork: { inLanguage: 'en', url: expect.stringContaining('/en/') },
    });
    expect(Date.parse(document.dateModified)).toBeGreaterThanOrEqual(
      Date.parse(document.datePublished)
    );
  });

  it('credits the publisher as author of its own reporting', async () => {
    const own = await strapi.documents('api::article.article').create({
      locale: 'az',
      status: 'published',
      data: { title: `Öz reportajımız ${newsroom.tag}`, originalReporting: true } as never,
    });
    const document = JSON.parse(
      (await http().get(`/api/articles/${own.documentId}/jsonld?locale=az`).expect(200)).text
    );
    expect(document.author).toEqual([expect.objectContaining({ name: 'Bbabo Xəbər' })]);
  });
});
