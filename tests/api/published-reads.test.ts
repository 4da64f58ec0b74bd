/*
 * A site's list page (`GET /api/articles?locale=…&pagination…&sort=…`, GraphQL `articles`) and
 * article page (`GET /api/articles/:documentId?locale=…`) are read in one SQL statement each
 * (src/site/read-shortcuts.ts) and answer exactly what Strapi's Document Service answers.
 * Checked for every locale, page size, page (past the last one too), both pagination styles,
 * every sort the shortcut takes and every document (published, draft only, not in that
 * locale), against the same request with a filter that matches every row (which the shortcut
 * leaves to Strapi).
 */
import type { Core } from '@strapi/strapi';
import { paragraph, unique } from '../harness/builders';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';
import { itemOf, listPageOf } from '../../src/site/read-shortcuts';
import { PUBLIC_ARTICLE_POPULATE } from '../../src/site/public-shape';

const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';
let strapi: Core.Strapi;
const documentIds: string[] = [];
let unlisted: string;

const SORTS = [
  undefined,
  'publishedAt:desc',
  'publishedAt',
  'title:asc',
  'title:desc',
  'createdAt:desc',
  'updatedAt:asc',
  'originalPublishedAt:desc',
  'slug:desc',
  'id:desc',
];
const EVERY_ROW = 'filters[documentId][$notNull]=true';

async function get(path: string) {
  const response = await http().get(path);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  return response.body as { data: unknown[]; meta: unknown };
}

/** The same list through the shortcut and through Strapi's own path. */
async function bothWays(query: string) {
  const shortcut = await get(`/api/articles?${query}`);
  const stock = await get(`/api/articles?${query}&${EVERY_ROW}`);
  return { shortcut, stock };
}

beforeAll(async () => {
  strapi = await bootStrapi();
  const section = await strapi.documents(SECTION).create({
    locale: 'az',
    data: {
      name: 'Siyasət',
      slug: unique('siyaset')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-'),
    },
  } as never);
  const docs = strapi.documents(ARTICLE);
  for (let i = 0; i < 7; i += 1) {
    const en = await docs.create({
      locale: 'en',
      status: 'published',
      data: {
        // Titles out of creation order, so that each sort gives another order.
        title: unique(`${'QMZBKAT'[i]} story`),
        lead: i % 2 ? 'LONDON (Reuters) - Talks went on.' : 'According to AP, talks went on.',
        body: [paragraph(`Paragraph ${i}, Agence France-Presse reported.`)],
        originalLanguage: 'en',
        originalPublishedAt: new Date(Date.UTC(2026, 10, 1 + ((i * 3) % 7))).toISOString(),
      } as never,
    });
    documentIds.push(en.documentId);
    if (i % 3 === 2) continue; // some documents have no az version
    await docs.update({
      documentId: en.documentId,
      locale: 'az',
      status: 'published',
      data: {
        title: unique(`${'ŞƏAÇİBZ'[i]} xəbər`),
        lead: 'Reuters agentliyinin verdiyi məlumata görə, danışıqlar davam edib.',
        section: i % 2 ? section.documentId : undefined,
        corrections:
          i === 1
            ? [
                { note: 'Sonrakı düzəliş.', correctedAt: '2026-11-30T12:00:00.000Z' },
                { note: 'Əvvəlki düzəliş.', correctedAt: '2026-11-30T10:00:00.000Z' },
              ]
            : [],
      } as never,
    });
  }
  // A draft never shows in a list.
  const draft = await docs.create({
    locale: 'az',
    data: { title: unique('Qaralama'), originalReporting: true } as never,
  });
  documentIds.push(draft.documentId, 'nosuchdocument000000000');
  unlisted = (
    await docs.create({
      locale: 'en',
      status: 'published',
      data: { title: unique('Unlisted'), lead: 'According to Reuters, it is new.' } as never,
    })
  ).documentId;
});
afterAll(stopStrapi);

describe('a list page answers as the Document Service does', () => {
  it.each(['az', 'en'])(
    'in %s, for every page size and sort, first pages to past the last',
    async (locale) => {
      const first = await get(`/api/articles?locale=${locale}&${EVERY_ROW}`);
      const total = (first.meta as { pagination: { total: number } }).pagination.total;
      expect(total).toBeGreaterThanOrEqual(5);
      for (const sort of SORTS) {
        for (const pageSize of [1, 2, 3, 25]) {
          // The database holds every earlier test file's articles too: the first pages, the
          // last and the one past it, not all of them.
          const last = Math.ceil(total / pageSize);
          const pages = [...new Set([1, 2, 3, last - 1, last, last + 1])].filter((p) => p >= 1);
          for (const page of pages) {
            const query =
              `locale=${locale}&pagination[page]=${page}&pagination[pageSize]=${pageSize}` +
              (sort ? `&sort=${sort}` : '');
            const { shortcut, stock } = await bothWays(query);
            expect({ query, answer: shortcut }).toEqual({ query, answer: stock });
          }
        }
      }
    }
  );

  it('with start and limit, and with the default page', async () => {
    for (const query of [
      'locale=az&pagination[start]=1&pagination[limit]=2',
      'locale=az&pagination[start]=0&pagination[limit]=100&sort=title:desc',
      'locale=en',
    ]) {
      const { shortcut, stock } = await bothWays(query);
      expect({ query, answer: shortcut }).toEqual({ query, answer: stock });
    }
  });

  it('keeps components in the order they are stored, and never shows a draft', async () => {
    const { shortcut } = await bothWays('locale=az&pagination[pageSize]=100');
    const rows = shortcut.data as {
      documentId: string;
      title: string;
      corrections: { note: string }[];
    }[];
    const corrected = rows.find((row) => row.documentId === documentIds[1]);
    expect(corrected?.corrections.map((c) => c.note)).toEqual([
      'Sonrakı düzəliş.',
      'Əvvəlki düzəliş.',
    ]);
    expect(rows.some((row) => row.title.startsWith('Qaralama'))).toBe(false);
  });

  it('and an article page too, for every document and locale', async () => {
    for (const documentId of documentIds) {
      for (const locale of ['az', 'en']) {
        const path = `/api/articles/${documentId}?locale=${locale}`;
        const shortcut = await http().get(path);
        const stock = await http().get(`${path}&${EVERY_ROW}`);
        expect({ path, status: shortcut.status, body: shortcut.body }).toEqual({
          path,
          status: stock.status,
          body: stock.body,
        });
      }
    }
  });

  it('and GraphQL lists (which Strapi resolves field by field) are unchanged', async () => {
    const selection = `documentId title slug publishedAt section { name slug }
      sources { role source { name } } translation { method from } corrections { note }`;
    const response = await http()
      .post('/graphql')
      .send({
        query: `{
          shortcut: articles(locale: "az", sort: "title:desc", pagination: { page: 1, pageSize: 3 }) { ${selection} }
          stock: articles(locale: "az", sort: "title:desc", pagination: { page: 1, pageSize: 3 },
                          filters: { documentId: { notNull: true } }) { ${selection} }
        }`,
      })
      .expect(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.shortcut).toEqual(response.body.data.stock);
  });
});

describe('the shortcut', () => {
  /** The statements a request runs, but for BEGIN/COMMIT and Strapi's count of the list. */
  async function readsDuring(path: string): Promise<string[]> {
    const statements: string[] = [];
    const record = (query: { sql: string }) => statements.push(query.sql);
    strapi.db.connection.on('query', record);
    try {
      await get(path);
    } finally {
      strapi.db.connection.off('query', record);
    }
    return statements.filter((sql) => !/^(BEGIN|COMMIT)|count\(/i.test(sql.trim()));
  }

  it('reads a list page in one statement', async () => {
    expect(
      await readsDuring('/api/articles?locale=az&pagination[pageSize]=4&sort=slug:asc')
    ).toHaveLength(1);
  });

  it('reads an article page in one statement', async () => {
    // The one article whose page no other test asks for: it is in no cache yet.
    expect(await readsDuring(`/api/articles/${unlisted}?locale=en`)).toHaveLength(1);
  });

  it('answers the plain article page, and leaves anything else to Strapi', () => {
    const item = {
      status: 'published',
      locale: 'az',
      populate: PUBLIC_ARTICLE_POPULATE,
      documentId: 'abc',
    };
    expect(itemOf(item)).toEqual({ documentId: 'abc', locale: 'az' });
    expect(itemOf({ ...item, status: 'draft' })).toBeNull();
    expect(itemOf({ ...item, fields: ['title'] })).toBeNull();
    expect(itemOf({ ...item, filters: { title: 'x' } })).toBeNull();
    expect(itemOf({ ...item, documentId: undefined })).toBeNull();
    expect(itemOf({ ...item, populate: { section: true } })).toBeNull();
  });

  const page = {
    status: 'published',
    locale: 'az',
    populate: PUBLIC_ARTICLE_POPULATE,
    start: 0,
    limit: 20,
  };

  it('answers the plain list page', () => {
    expect(listPageOf(page)).toEqual({ locale: 'az', start: 0, limit: 20, sort: null });
    expect(listPageOf({ ...page, sort: ['publishedAt:DESC'] })).toMatchObject({
      sort: { field: 'publishedAt', direction: 'desc' },
    });
  });

  it.each([
    ['drafts', { status: 'draft' }],
    ['no status', { status: undefined }],
    ['every locale', { locale: '*' }],
    ['filters', { filters: { title: { $contains: 'x' } } }],
    ['a field selection', { fields: ['title'] }],
    ['another populate', { populate: { section: true } }],
    ['a populate with more', { populate: { ...PUBLIC_ARTICLE_POPULATE, localizations: true } }],
    ['two sorts', { sort: ['title', 'id'] }],
    ['a sort by a relation', { sort: { section: { name: 'asc' } } }],
    ['a sort by an unknown field', { sort: 'body:asc' }],
    ['an unknown parameter', { _q: 'search' }],
    ['no limit', { limit: undefined }],
    ['a fractional start', { start: 1.5 }],
  ])('leaves %s to Strapi', (_what, change) => {
    expect(listPageOf({ ...page, ...change })).toBeNull();
  });
});
