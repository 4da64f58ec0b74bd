/*
 * The Sources in the database are what detection knows: an alias an editor adds to a Source,
 * or a Source an editor creates, counts for the next article written, in the phrases where
 * only a known outlet counts ('X yazır', 'citing X', 'told X': people write, are cited and are
 * told things too, so an unknown name there is no outlet).
 */
import type { Core } from '@strapi/strapi';
import { unique } from '../harness/builders';
import { adminJwt, apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';

const ARTICLE = 'api::article.article';
const SOURCES = '/content-manager/collection-types/api::source.source';

let strapi: Core.Strapi;
let token: string;
let jwt: string;

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
  jwt = await adminJwt();
});
afterAll(stopStrapi);

/** Writes a published article through REST; the status says whether the guard let it through. */
function publish(locale: string, lead: string) {
  return http()
    .post(`/api/articles?locale=${locale}`)
    .set({ Authorization: `Bearer ${token}` })
    .send({ data: { title: unique('Körpü'), lead } });
}

async function sourcesOf(documentId: string, locale: string): Promise<string[]> {
  const article = (await strapi.documents(ARTICLE).findOne({
    documentId,
    locale,
    status: 'published',
    populate: { sources: { populate: ['source'] } },
  })) as unknown as { sources: { source: { name: string } | null }[] } | null;
  return (article?.sources ?? []).map((ref) => ref.source?.name ?? '');
}

// Capitalised words that name nothing any list in the code knows, nor look like an outlet's.
const ALIAS = `Nova Agência ${unique('X')
  .replace(/[^a-z]/gi, '')
  .slice(-4)
  .toUpperCase()}`;

describe('an alias an editor adds to a Source', () => {
  it('counts for detection in the next article written', async () => {
    // The registry is loaded and cached by a write before the alias exists.
    expect((await publish('az', `Körpü açılıb, ${ALIAS} yazır.`)).status).toBe(400);

    const listed = await http()
      .get(`${SOURCES}?filters[name][$eq]=Turan`)
      .set('Authorization', `Bearer ${jwt}`)
      .expect(200);
    const turan = listed.body.results[0] as { documentId: string; aliases: string[] };
    await http()
      .put(`${SOURCES}/${turan.documentId}`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ aliases: [...turan.aliases, ALIAS] })
      .expect(200);

    for (const [locale, lead] of [
      ['az', `Körpü açılıb, ${ALIAS} yazır.`],
      ['en', `The bridge reopened on Monday, the minister told ${ALIAS}.`],
    ]) {
      const written = await publish(locale, lead);
      expect(written.status).toBe(201);
      expect(await sourcesOf(written.body.data.documentId, locale)).toEqual(['Turan']);
    }
  });
});

describe('a Source an editor creates', () => {
  it('is detected in the next article written, by its name and its aliases', async () => {
    expect((await publish('en', 'The bridge reopened on Monday, citing KXA.')).status).toBe(400);

    await http()
      .post(SOURCES)
      .set('Authorization', `Bearer ${jwt}`)
      .send({
        name: 'Kaspi Xəbər Agentliyi',
        kind: 'news-agency',
        country: 'AZ',
        verified: true,
        aliases: ['KXA'],
      })
      .expect(201);

    for (const [locale, lead] of [
      ['az', 'Körpü açılıb, KXA yazır.'],
      ['az', 'Kaspi Xəbər Agentliyinin məlumatına görə, körpü açılıb.'],
      ['en', 'The bridge reopened on Monday, citing KXA.'],
    ]) {
      const written = await publish(locale, lead);
      expect(written.status).toBe(201);
      expect(await sourcesOf(written.body.data.documentId, locale)).toEqual([
        'Kaspi Xəbər Agentliyi',
      ]);
    }
  });
});
