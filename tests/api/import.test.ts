import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { contentHash, parseArticleText } from '../../src/ingest';
import { waitForIdleDatabase } from '../../src/cli/boot';
import { importArticle } from '../../src/importer';
import { unique } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi, strapiInstance } from '../harness/strapi';

const ARTICLE = 'api::article.article';
const SEED = fs.readFileSync(
  path.resolve(__dirname, '../../database/samples/az-000-seed.txt'),
  'utf8'
);
const SEED_HEADLINE = parseArticleText(SEED).headline;

let strapi: Core.Strapi;
let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
});
afterAll(async () => {
  // Strapi loads each written entry again after commit, for its events: let that finish.
  await waitForIdleDatabase(strapi);
  await stopStrapi();
});

/** A text in the import format whose headline and body are unique to `label`. */
function wireStory(label: string, options: { section?: string; credit?: boolean } = {}): string {
  const credit = options.credit ?? true;
  return [
    ...(options.section ? [options.section, ''] : []),
    `Council approves plan for ${label}`,
    '',
    credit
      ? `LONDON, Nov 24 (Reuters) - The city council approved a plan for ${label} on Monday.`
      : `LONDON, - The city council approved a plan for ${label} on Monday, our correspondent saw.`,
    '',
    `The vote on ${label} was 31 to 9. Work is due to start in the spring.`,
  ].join('\n');
}

const TABLES = [
  'articles',
  'sections',
  'sources',
  'components_attribution_source_refs',
  'components_attribution_translations',
  'articles_cmps',
  'articles_section_lnk',
];

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await strapi.db.connection(table).count({ n: '*' });
    counts[table] = Number(row.n);
  }
  return counts;
}

function postJson(body: unknown) {
  return http()
    .post('/api/articles/import')
    .set(auth())
    .send(body as object);
}

function expectStrapiError(
  body: { data: unknown; error: { status: number; name: string; message: string } },
  status: number,
  name?: string
) {
  expect(body.data).toBeNull();
  expect(body.error.status).toBe(status);
  if (name) expect(body.error.name).toBe(name);
  expect(typeof body.error.message).toBe('string');
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.js:\d+/); // no stack trace
}

interface SourceRef {
  originalUrl: string | null;
  source: { name: string } | null;
}

async function draftRows(documentId: string) {
  return (await strapi.db.query(ARTICLE).findMany({
    where: { documentId, publishedAt: null },
    populate: { sources: { populate: { source: true } }, section: true },
  })) as {
    locale: string;
    contentHash: string;
    updatedAt: string;
    sources: SourceRef[];
    section: { name: string; locale: string } | null;
  }[];
}

describe('POST /api/articles/import with the seed', () => {
  let documentId: string;
  let imported: Awaited<ReturnType<typeof postJson>>;

  // Each test below reads the one import made here, so any of them can run alone.
  beforeAll(async () => {
    // Independent of test-file order: another file (the CLI's seed) may have imported it.
    const hash = contentHash(parseArticleText(SEED));
    const existing = (await strapi.db.query(ARTICLE).findMany({
      where: { contentHash: hash, locale: 'az' },
      select: ['documentId'],
    })) as { documentId: string }[];
    for (const documentId of new Set(existing.map((row) => row.documentId))) {
      await strapi.documents(ARTICLE).delete({ documentId, locale: '*' });
    }
    imported = await postJson({ text: SEED, locale: 'az' });
    documentId = imported.body.data?.documentId;
  });

  it('imports it as an az draft attributed to Reuters', () => {
    expect(imported.status).toBe(201);
    const { data, meta } = imported.body;
    expect(meta.result).toBe('created');
    expect(data).toMatchObject({
      locale: 'az',
      title: SEED_HEADLINE,
      dateline: 'Vaşinqton',
      status: 'draft',
      publishedAt: null,
    });
    expect(data.slug).toMatch(/^ukraynaya-hucum-etmediyine/);
    expect(data.section).toMatchObject({ name: 'Xəbərlər' });
    expect(data.sources.map((ref: SourceRef) => ref.source?.name)).toContain('Reuters');
    expect(data.attributionLine).toContain('Reuters');
    expect(data.body).toHaveLength(9);
    expect(data.body[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', text: expect.stringMatching(/^Birləşmiş Ştatların/) }],
    });
    expect(data.lead).toBe(data.body[0].children[0].text);
    // Output is sanitized: private and admin fields stay out.
    expect(data).not.toHaveProperty('contentHash');
    expect(data).not.toHaveProperty('createdBy');
    expect(data).not.toHaveProperty('updatedBy');
  });

  it('stores it as one draft, in the az section Xəbərlər, with its content hash', async () => {
    const [draft, ...others] = await draftRows(documentId);
    expect(others).toHaveLength(0);
    expect(draft.locale).toBe('az');
    expect(draft.contentHash).toBe(contentHash(parseArticleText(SEED)));
    expect(draft.section).toMatchObject({ name: 'Xəbərlər', locale: 'az' });
    const published = await strapi.db.query(ARTICLE).count({
      where: { documentId, publishedAt: { $notNull: true } },
    });
    expect(published).toBe(0);
  });

  it('a second import answers 200 with the same article and writes nothing', async () => {
    const before = await rowCounts();
    const [draftBefore] = await draftRows(documentId);
    const response = await postJson({ text: SEED, locale: 'az' }).expect(200);
    expect(response.body.data.documentId).toBe(documentId);
    expect(response.body.meta.result).toBe('unchanged');
    expect(await rowCounts()).toEqual(before);
    const [draftAfter] = await draftRows(documentId);
    expect(draftAfter.updatedAt).toEqual(draftBefore.updatedAt);
  });

  it('the same text with other line endings, a BOM and curly quotes is still a repeat', async () => {
    const variant = `\uFEFF${SEED.replace(/\n/g, '\r\n').replace(/"/g, '“')}`;
    const response = await postJson({ text: variant, locale: 'az' }).expect(200);
    expect(response.body.data.documentId).toBe(documentId);
  });

  it('the same text in another locale is another article', async () => {
    const response = await postJson({ text: SEED, locale: 'tr' }).expect(201);
    expect(response.body.data.documentId).not.toBe(documentId);
    expect(response.body.data.locale).toBe('tr');
  });
});

describe('imports at the same moment', () => {
  it('of one text create one article; the others get it back', async () => {
    const text = wireStory(unique('simultaneous ferry timetable'));
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => postJson({ text, locale: 'en' }))
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201]);
    const ids = new Set(responses.map((response) => response.body.data.documentId));
    expect(ids.size).toBe(1);
    const hash = contentHash(parseArticleText(text));
    expect(await strapi.db.query(ARTICLE).count({ where: { contentHash: hash } })).toBe(1);
  });

  it('naming one new section create that section once', async () => {
    const section = unique('Bench Desk');
    const responses = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        postJson({ text: wireStory(unique(`section race ${n}`), { section }), locale: 'en' })
      )
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    const sections = await strapi.db
      .query('api::section.section')
      .findMany({ where: { name: section, locale: 'en' } });
    expect(sections).toHaveLength(1);
  });
});

describe('text/plain', () => {
  it('imports the raw text with ?locale= and the other fields in the query', async () => {
    const label = unique('tram depot');
    const section = unique('City');
    const response = await http()
      .post(`/api/articles/import?locale=en&section=${encodeURIComponent(section)}`)
      .set(auth())
      .set('Content-Type', 'text/plain; charset=utf-8')
      .send(wireStory(label))
      .expect(201);
    expect(response.body.data.title).toBe(`Council approves plan for ${label}`);
    expect(response.body.data.section.name).toBe(section);

    const repeat = await http()
      .post('/api/articles/import?locale=en')
      .set(auth())
      .set('Content-Type', 'text/plain')
      .send(wireStory(label))
      .expect(200);
    expect(repeat.body.data.documentId).toBe(response.body.data.documentId);
  });
});

describe('originalUrl', () => {
  it('is stored on the credited source, and a repeat of it is the same article', async () => {
    const url = `https://www.reuters.com/world/${unique('council').replace(/\W+/g, '-')}`;
    const first = await postJson({
      text: wireStory(unique('river bridge')),
      locale: 'en',
      originalUrl: url,
    }).expect(201);
    const refs: SourceRef[] = first.body.data.sources;
    expect(refs).toEqual([
      expect.objectContaining({
        originalUrl: url,
        source: expect.objectContaining({ name: 'Reuters' }),
      }),
    ]);

    const before = await rowCounts();
    // Other text (say, the agency's corrected version) from the same address.
    const again = await postJson({
      text: wireStory(unique('river bridge, corrected')),
      locale: 'en',
      originalUrl: `${url}#comments`,
    }).expect(200);
    expect(again.body.data.documentId).toBe(first.body.data.documentId);
    expect(await rowCounts()).toEqual(before);
  });

  it('goes to the source whose site it is on when the text names several', async () => {
    const label = unique('tunnel');
    const text = [
      `Tunnel reopens after ${label} repairs`,
      '',
      `LONDON, Nov 24 (Reuters) - The ${label} tunnel reopened on Monday.`,
      '',
      `Traffic was light in the morning, the Associated Press reported. Tolls are unchanged.`,
    ].join('\n');
    const url = `https://apnews.com/article/${label.replace(/\W+/g, '-')}`;
    const response = await postJson({ text, locale: 'en', originalUrl: url }).expect(201);
    const byName = Object.fromEntries(
      (response.body.data.sources as SourceRef[]).map((ref) => [ref.source?.name, ref.originalUrl])
    );
    expect(byName).toEqual({ Reuters: null, 'Associated Press': url });
  });

  it('is kept on a text that names no source, and still recognised', async () => {
    const url = `https://example.org/news/${unique('plain').replace(/\W+/g, '-')}`;
    const first = await postJson({
      text: wireStory(unique('library hours'), { credit: false }),
      locale: 'en',
      originalUrl: url,
    }).expect(201);
    expect(first.body.data.sources).toEqual([expect.objectContaining({ originalUrl: url })]);
    const again = await postJson({
      text: wireStory(unique('library hours, again'), { credit: false }),
      locale: 'en',
      originalUrl: url,
    }).expect(200);
    expect(again.body.data.documentId).toBe(first.body.data.documentId);
  });

  it('null, like a missing optional field, is accepted', async () => {
    const response = await postJson({
      text: wireStory(unique('null fields')),
      locale: 'en',
      originalUrl: null,
      section: null,
      documentId: null,
    }).expect(201);
    expect(response.body.data.sources).toEqual([expect.objectContaining({ originalUrl: null })]);
  });

  it('in another locale is another article', async () => {
    const url = `https://www.reuters.com/markets/${unique('oil').replace(/\W+/g, '-')}`;
    const en = await postJson({ text: wireStory(unique('oil')), locale: 'en', originalUrl: url });
    const az = await postJson({ text: wireStory(unique('neft')), locale: 'az', originalUrl: url });
    expect([en.status, az.status]).toEqual([201, 201]);
    expect(az.body.data.documentId).not.toBe(en.body.data.documentId);
  });
});

describe('documentId', () => {
  it('adds the text as a new localization of that document', async () => {
    const en = await postJson({ text: wireStory(unique('airport')), locale: 'en' }).expect(201);
    const { documentId } = en.body.data;
    const az = await postJson({
      text: wireStory(unique('hava limanı')),
      locale: 'az',
      documentId,
    }).expect(201);
    expect(az.body.data).toMatchObject({ documentId, locale: 'az', status: 'draft' });
    const locales = (await draftRows(documentId)).map((row) => row.locale).sort();
    expect(locales).toEqual(['az', 'en']);
  });

  it('with a locale the document already has is a 409 and writes nothing', async () => {
    const en = await postJson({ text: wireStory(unique('harbour')), locale: 'en' }).expect(201);
    const before = await rowCounts();
    const response = await postJson({
      text: wireStory(unique('harbour, rewritten')),
      locale: 'en',
      documentId: en.body.data.documentId,
    }).expect(409);
    expectStrapiError(response.body, 409, 'ConflictError');
    expect(await rowCounts()).toEqual(before);
  });

  it('that does not exist is a 404 and writes nothing', async () => {
    const before = await rowCounts();
    const response = await postJson({
      text: wireStory(unique('ghost')),
      locale: 'en',
      documentId: 'nosuchdocument00000000000',
    }).expect(404);
    expectStrapiError(response.body, 404, 'NotFoundError');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('bad input is a 4xx in Strapi error shape, and writes nothing', () => {
  const valid = () => ({ text: wireStory(unique('bad input')), locale: 'en' });
  const binary = `Headline\n\nBody ${'\u0000'.repeat(10)} text.`;

  it.each([
    ['no body at all', {}, 400, 'ValidationError'],
    ['a missing text', { locale: 'en' }, 400, 'ValidationError'],
    ['a text that is not a string', { text: 42, locale: 'en' }, 400, 'ValidationError'],
    ['a missing locale', { text: 'Headline\n\nA body paragraph.' }, 400, 'ValidationError'],
    ['an unknown locale', { ...valid(), locale: 'xx-nope' }, 400, 'ValidationError'],
    ['locale "*"', { ...valid(), locale: '*' }, 400, 'ValidationError'],
    ['a locale that is not a string', { ...valid(), locale: ['en'] }, 400, 'ValidationError'],
    ['an empty text', { text: '', locale: 'en' }, 400, 'ValidationError'],
    ['a text of spaces', { text: ' \n\t\n ', locale: 'en' }, 400, 'ValidationError'],
    ['a headline only', { text: 'Only a headline here', locale: 'en' }, 400, 'ValidationError'],
    ['binary content', { text: binary, locale: 'en' }, 400, 'ValidationError'],
    ['an unknown field', { ...valid(), title: 'x' }, 400, 'ValidationError'],
    ['an array body', [valid()], 400, 'ValidationError'],
    ['a relative originalUrl', { ...valid(), originalUrl: '/news/1' }, 400, 'ValidationError'],
    ['an ftp originalUrl', { ...valid(), originalUrl: 'ftp://x.org/a' }, 400, 'ValidationError'],
    ['a section that is not a string', { ...valid(), section: 5 }, 400, 'ValidationError'],
    ['a malformed documentId', { ...valid(), documentId: 'a b/c' }, 400, 'ValidationError'],
  ])('%s', async (_label, body, status, name) => {
    const before = await rowCounts();
    const response = await postJson(body).expect(status);
    expectStrapiError(response.body, status, name);
    expect(await rowCounts()).toEqual(before);
  });

  it('an unparseable text says why', async () => {
    const response = await postJson({ text: 'Only a headline here', locale: 'en' }).expect(400);
    expect(response.body.error.message).toMatch(/cannot be imported.*headline/i);
    expect(response.body.error.details).toMatchObject({ reason: 'no-body' });
  });

  it('an unknown locale names the available ones', async () => {
    const response = await postJson({ ...valid(), locale: 'zz' }).expect(400);
    expect(response.body.error.message).toMatch(/Unknown locale "zz".*az.*en/);
  });

  it('malformed JSON is a 400', async () => {
    const before = await rowCounts();
    const response = await http()
      .post('/api/articles/import')
      .set(auth())
      .set('Content-Type', 'application/json')
      .send('{"text": "Headline", "locale": ')
      .expect(400);
    expectStrapiError(response.body, 400);
    expect(await rowCounts()).toEqual(before);
  });

  it('body and query naming different locales is a 400', async () => {
    const response = await http()
      .post('/api/articles/import?locale=az')
      .set(auth())
      .send(valid())
      .expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
  });

  it('text/plain with an unknown ?locale= is a 400', async () => {
    const response = await http()
      .post('/api/articles/import?locale=nope')
      .set(auth())
      .set('Content-Type', 'text/plain')
      .send(wireStory(unique('nope')))
      .expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
  });

  it('text/plain without ?locale= is a 400', async () => {
    const response = await http()
      .post('/api/articles/import')
      .set(auth())
      .set('Content-Type', 'text/plain')
      .send(wireStory(unique('no locale')))
      .expect(400);
    expectStrapiError(response.body, 400, 'ValidationError');
  });

  it.each([
    ['JSON', 'application/json', (text: string) => JSON.stringify({ text, locale: 'en' })],
    ['text/plain', 'text/plain', (text: string) => text],
  ])('a %s body over 1 MB is a 413', async (_label, contentType, encode) => {
    const before = await rowCounts();
    const huge = `Headline\n\n${'A very long paragraph. '.repeat(50_000)}`;
    const response = await http()
      .post('/api/articles/import?locale=en')
      .set(auth())
      .set('Content-Type', contentType)
      .send(encode(huge))
      .expect(413);
    expectStrapiError(response.body, 413);
    expect(await rowCounts()).toEqual(before);
  });

  it('another content type is a 415', async () => {
    const response = await http()
      .post('/api/articles/import?locale=en')
      .set(auth())
      .set('Content-Type', 'application/xml')
      .send('<article/>')
      .expect(415);
    expectStrapiError(response.body, 415, 'UnsupportedMediaTypeError');
  });

  it('a multipart form is a 415', async () => {
    const response = await http()
      .post('/api/articles/import')
      .set(auth())
      .field('text', wireStory(unique('form')))
      .field('locale', 'en')
      .expect(415);
    expectStrapiError(response.body, 415, 'UnsupportedMediaTypeError');
  });
});

describe('who may import', () => {
  it('not the public', async () => {
    const before = await rowCounts();
    const response = await http()
      .post('/api/articles/import')
      .send({ text: wireStory(unique('public')), locale: 'en' })
      .expect(403);
    expectStrapiError(response.body, 403, 'ForbiddenError');
    expect(await rowCounts()).toEqual(before);
  });

  it('not a read-only API token', async () => {
    const readOnly = await apiToken('read-only');
    await http()
      .post('/api/articles/import')
      .set('Authorization', `Bearer ${readOnly}`)
      .send({ text: wireStory(unique('read-only')), locale: 'en' })
      .expect(403);
  });
});

describe('importArticle', () => {
  it('leaves nothing behind when a step fails half-way', async () => {
    const before = await rowCounts();
    const refs = strapi.db.query('attribution.source-ref');
    const spy = jest.spyOn(refs, 'update').mockRejectedValueOnce(new Error('disk full'));
    try {
      await expect(
        importArticle(strapi, {
          text: wireStory(unique('half-way'), { section: unique('Brand-new section') }),
          locale: 'en',
          originalUrl: 'https://www.reuters.com/half-way',
        })
      ).rejects.toThrow('disk full');
    } finally {
      spy.mockRestore();
    }
    // The new section, the article, its components: all rolled back.
    expect(await rowCounts()).toEqual(before);
  });

  it('publishes when asked and the guard agrees, and keeps a refused one as a draft', async () => {
    const sourced = await importArticle(strapi, {
      text: wireStory(unique('published')),
      locale: 'en',
      publish: true,
    });
    expect(sourced.publish).toEqual({ outcome: 'published' });
    const unsourced = await importArticle(strapi, {
      text: wireStory(unique('refused'), { credit: false }),
      locale: 'en',
      publish: true,
    });
    expect(unsourced.status).toBe('created');
    expect(unsourced.publish).toMatchObject({ outcome: 'refused' });
    if (unsourced.publish?.outcome === 'refused') {
      expect(unsourced.publish.reason).toMatch(/cannot be published/);
    }
    const rows = (await strapi.db.query(ARTICLE).findMany({
      where: { documentId: unsourced.article.documentId },
      select: ['publishedAt'],
    })) as { publishedAt: string | null }[];
    expect(rows).toEqual([{ publishedAt: null }]);
  });
});

describe('importing the site’s own reporting', () => {
  it('publishes a text with no agency when originalReporting is true', async () => {
    const text = `Kənd məktəbinin kitabxanası\n\nŞəki, - Könüllülər ${Date.now()} kitab bağışlayıb, müəllimlər bildirib.\n`;
    const response = await http()
      .post('/api/articles/import')
      .set('Authorization', `Bearer ${token}`)
      .send({ text, locale: 'az', originalReporting: true })
      .expect(201);
    const { documentId } = response.body.data;
    await strapiInstance().documents('api::article.article').publish({ documentId, locale: 'az' });
    const published = await http()
      .get(`/api/articles/${documentId}/attribution?locale=az`)
      .expect(200);
    expect(published.body.data.originalReporting).toBe(true);
  });

  it('refuses an originalReporting that is not a boolean', async () => {
    const response = await http()
      .post('/api/articles/import')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: 'Başlıq\n\nMətn.', locale: 'az', originalReporting: 'yes' })
      .expect(400);
    expect(response.body.error.name).toBe('ValidationError');
  });
});
