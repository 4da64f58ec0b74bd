/*
 * `GET /api/articles/by-slug/:slug` answers from one SQL statement of its own
 * (src/site/published-by-slug.ts), not from the Document Service. This file guards that it
 * still answers exactly what the Document Service's populated read of the same article gives:
 * every field, at every depth, for articles in several locales with sources, a section, a
 * translation and corrections. A field added to the content model and not to that SQL fails here.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { paragraph, unique } from '../harness/builders';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';
import { PUBLIC_ARTICLE_POPULATE } from '../../src/site/public-shape';

const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';
let strapi: Core.Strapi;
const published: { locale: string; slug: string }[] = [];

async function section(locale: string, name: string): Promise<string> {
  const created = await strapi.documents(SECTION).create({ locale, data: { name } as never });
  return created.documentId;
}

beforeAll(async () => {
  strapi = await bootStrapi();
  const docs = strapi.documents(ARTICLE);
  const en = await docs.create({
    locale: 'en',
    status: 'published',
    data: {
      title: unique('Ferries resume on the Bosphorus'),
      lead: 'ISTANBUL (Reuters) - Ferries resumed on Monday, TASS reported.',
      body: [paragraph('Officials said services would run normally by the evening.')],
      dateline: 'ISTANBUL',
      originalLanguage: 'en',
      originalPublishedAt: '2026-11-30T08:00:00.000Z',
      section: await section('en', unique('World')),
      corrections: [
        { note: 'An earlier version misspelt the port.', correctedAt: '2026-12-01T09:00:00.000Z' },
      ],
    } as never,
  });
  published.push({ locale: 'en', slug: en.slug as string });
  for (const [locale, title, lead, sectionName] of [
    [
      'az',
      'Bərələr Bosforda işləyir',
      'Reuters agentliyinin verdiyi məlumata görə, bərələr işləyir.',
      'Dünya',
    ],
    [
      'ru',
      'Паромы возобновили работу',
      'Как сообщает агентство Reuters, паромы возобновили работу.',
      'Мир',
    ],
  ]) {
    const version = (await docs.update({
      documentId: en.documentId,
      locale,
      status: 'published',
      data: {
        title: unique(title),
        lead,
        body: [paragraph(lead)],
        section: await section(locale, unique(sectionName)),
      } as never,
    })) as unknown as { slug: string };
    published.push({ locale, slug: version.slug });
  }
  // The site's own reporting: no source, no translation, no section.
  const own = await docs.create({
    locale: 'az',
    status: 'published',
    // A datetime that is set, not null: the two sides must write it the same way.
    data: {
      title: unique('Öz xəbərimiz'),
      originalReporting: true,
      unpublishAt: '2030-01-01T00:00:00.000Z',
    } as never,
  });
  published.push({ locale: 'az', slug: own.slug as string });
});
afterAll(stopStrapi);

/** What the REST layer does to every answer, applied to the Document Service's read. */
async function asRestWouldAnswer(document: unknown): Promise<unknown> {
  // The controller's sanitizeOutput drops the private attributes (contentHash) from every REST
  // answer. No auth here: what the Public role may not read is not the question of this file
  // (both sides are published rows the Public reads), only the shape.
  const sanitized = await strapi.contentAPI.sanitize.output(
    document as Record<string, unknown>,
    strapi.getModel(ARTICLE),
    {}
  );
  // A REST answer is JSON: dates are ISO strings there, Date objects in memory.
  return JSON.parse(JSON.stringify(sanitized));
}

describe('by-slug answers what the Document Service reads', () => {
  it.each([0, 1, 2, 3])('article %i: every field of data equals the populated read', async (i) => {
    const { locale, slug } = published[i];
    const response = await http().get(`/api/articles/by-slug/${slug}?locale=${locale}`).expect(200);
    // alternates are by-slug's own addition (hreflang links), not a field of the article.
    const { alternates, ...data } = response.body.data;
    expect(Array.isArray(alternates)).toBe(true);

    const read = await strapi.documents(ARTICLE).findFirst({
      locale,
      status: 'published',
      filters: { slug },
      populate: PUBLIC_ARTICLE_POPULATE as never,
    });
    expect(read).not.toBeNull();
    const expected = (await asRestWouldAnswer(read)) as Record<string, unknown>;
    // Field by field, over the fields of both sides, so that a failure names every field that
    // differs and a field present on one side only counts too.
    const fields = [...new Set([...Object.keys(expected), ...Object.keys(data)])].sort();
    const differences = fields
      .filter((field) => !isDeepStrictEqual(data[field], expected[field]))
      .map((field) => ({ field, bySlug: data[field], documentService: expected[field] }));
    expect(differences).toEqual([]);
    expect(data).toEqual(expected);
  });

  it('compares articles that carry every populated part', async () => {
    const read = async (i: number) =>
      (
        await http()
          .get(`/api/articles/by-slug/${published[i].slug}?locale=${published[i].locale}`)
          .expect(200)
      ).body.data;
    const en = await read(0);
    const az = await read(1);
    const own = await read(3);
    expect(en.corrections).toEqual([
      expect.objectContaining({ correctedAt: '2026-12-01T09:00:00.000Z' }),
    ]);
    expect(en.sources.map((ref: { source: { name: string } }) => ref.source.name)).toContain(
      'Reuters'
    );
    expect(az.translation).toMatchObject({ method: 'human', from: 'en' });
    expect(az.section).toMatchObject({ locale: 'az' });
    expect(own.unpublishAt).toBe('2030-01-01T00:00:00.000Z');
  });
});
