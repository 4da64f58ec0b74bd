/*
 * GET /translators/worklist: the admin panel's translator's page. For the locale a translator
 * works in: the articles missing in it (with the locale they will be translated from) and its
 * outdated translations, each with what changed in the origin since the translation was saved.
 * Called with the translators' own admin sessions, as the page does.
 */
import { paragraph, unique } from '../harness/builders';
import {
  adminJwt,
  adminUserWithRole,
  bootStrapi,
  http,
  stopStrapi,
  strapiInstance,
} from '../harness/strapi';

const WORKLIST = '/translators/worklist';
const ARTICLES = '/content-manager/collection-types/api::article.article';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

interface Worklist {
  data: {
    locale: string;
    locales: string[];
    missing: { documentId: string; origin: { locale: string; title: string } | null }[];
    outdated: {
      documentId: string;
      title: string;
      origin: { locale: string; title: string | null };
      changedAt: string | null;
      changes: {
        unchanged: boolean;
        fields: { field: string; before: string; after: string }[];
        paragraphs: Record<string, unknown>[];
        correctionsAdded: string[];
      } | null;
      unknownBecause: string | null;
    }[];
  };
  meta: { pagination: { page: number; pageSize: number } };
}

let superAdmin: string;
const users: number[] = [];

/** An admin user with one role, invited, registered and logged in: their session token. */
async function translator(roleName: string, firstname: string): Promise<string> {
  const { token, id } = await adminUserWithRole(superAdmin, roleName, {
    firstname,
    lastname: 'Tərcüməçi',
  });
  users.push(id);
  return token;
}

async function worklist(token: string, query = 'pageSize=100'): Promise<Worklist> {
  return (await http().get(`${WORKLIST}?${query}`).set(bearer(token)).expect(200)).body;
}

const ORIGINAL = {
  lead: 'Delegations met in Geneva on Monday.',
  paragraphs: ['The talks opened at noon.', 'Both sides sent ministers.', 'A statement is due.'],
};

/** An en article written by the super admin in the content manager, as an editor would. */
async function englishArticle(): Promise<{ documentId: string; title: string }> {
  const title = unique('Ceasefire talks resume in Geneva');
  const created = await http()
    .post(`${ARTICLES}?locale=en`)
    .set(bearer(superAdmin))
    .send({
      title,
      lead: ORIGINAL.lead,
      body: ORIGINAL.paragraphs.map(paragraph),
      originalReporting: true,
    })
    .expect(201);
  return { documentId: created.body.data.documentId, title };
}

async function saveText(
  token: string,
  documentId: string,
  locale: string,
  text: { title?: string; lead: string; paragraphs: string[] }
) {
  const current = await http()
    .get(`${ARTICLES}/${documentId}?locale=${locale}`)
    .set(bearer(superAdmin));
  return http()
    .put(`${ARTICLES}/${documentId}?locale=${locale}`)
    .set(bearer(token))
    .send({
      title: text.title ?? current.body.data?.title ?? unique('Başlıq'),
      lead: text.lead,
      body: text.paragraphs.map(paragraph),
    })
    .expect(200);
}

let azTranslator: string;
let ruTranslator: string;

beforeAll(async () => {
  await bootStrapi();
  superAdmin = await adminJwt();
  azTranslator = await translator('Translator (az)', 'Leyla');
  ruTranslator = await translator('Translator (ru)', 'Olga');
});
afterAll(async () => {
  for (const id of users) await http().delete(`/admin/users/${id}`).set(bearer(superAdmin));
  await stopStrapi();
});

describe('who may see which locale', () => {
  it('is for admin sessions only: 401 without one', async () => {
    const response = await http().get(`${WORKLIST}?locale=az`).expect(401);
    expect(response.body).toMatchObject({ data: null, error: { status: 401 } });
  });

  it('shows a translator their own locale, and only it, when they do not choose', async () => {
    const list = await worklist(azTranslator);
    expect(list.data.locale).toBe('az');
    expect(list.data.locales).toEqual(['az']);
  });

  it('refuses a translator of az the ru list (403), and a translator of ru the az one', async () => {
    const az = await http().get(`${WORKLIST}?locale=ru`).set(bearer(azTranslator)).expect(403);
    expect(az.body).toMatchObject({ data: null, error: { status: 403, name: 'ForbiddenError' } });
    expect(az.body.error.message).toContain('"ru"');
    await http().get(`${WORKLIST}?locale=az`).set(bearer(ruTranslator)).expect(403);
  });

  it('lets a super admin choose any locale', async () => {
    const list = await worklist(superAdmin, 'locale=ru&pageSize=100');
    expect(list.data.locale).toBe('ru');
    expect(list.data.locales).toEqual(expect.arrayContaining(['az', 'en', 'ru', 'tr']));
  });

  it('answers an unknown locale or a bad page with a 400 ValidationError', async () => {
    for (const query of ['locale=xx-nope', 'locale=az&page=0']) {
      const response = await http().get(`${WORKLIST}?${query}`).set(bearer(superAdmin)).expect(400);
      expect(response.body).toMatchObject({ data: null, error: { name: 'ValidationError' } });
    }
  });
});

describe('missing translations', () => {
  it('lists an article not yet in the locale, with the locale to translate it from', async () => {
    const { documentId, title } = await englishArticle();
    const az = await worklist(azTranslator);
    expect(az.data.missing).toContainEqual({ documentId, origin: { locale: 'en', title } });
    expect(az.data.outdated.map((item) => item.documentId)).not.toContain(documentId);
  });

  it('no longer lists it once the translator saved the locale, recorded as human from that origin', async () => {
    const { documentId } = await englishArticle();
    const saved = await saveText(azTranslator, documentId, 'az', {
      title: unique('Cenevrədə danışıqlar bərpa olunur'),
      lead: 'Nümayəndə heyətləri bazar ertəsi görüşüb.',
      paragraphs: ['Danışıqlar günorta başladı.'],
    });
    expect(saved.body.data.translation).toMatchObject({ method: 'human', from: 'en' });
    const az = await worklist(azTranslator);
    expect(az.data.missing.map((item) => item.documentId)).not.toContain(documentId);
    expect(az.data.outdated.map((item) => item.documentId)).not.toContain(documentId);
  });
});

describe('outdated translations, with what changed in the origin', () => {
  let documentId: string;
  const azText = {
    title: unique('Cenevrədə atəşkəs danışıqları'),
    lead: 'Nümayəndə heyətləri Cenevrədə görüşüb.',
    paragraphs: ['Danışıqlar günorta başladı.', 'Hər iki tərəf nazir göndərib.'],
  };

  beforeAll(async () => {
    ({ documentId } = await englishArticle());
    await saveText(azTranslator, documentId, 'az', azText);
    // The editor changes the lead, rewrites the second paragraph and adds a fourth.
    await saveText(superAdmin, documentId, 'en', {
      lead: 'Delegations met in Vienna on Monday.',
      paragraphs: [
        ORIGINAL.paragraphs[0],
        'Both sides sent their foreign ministers.',
        ORIGINAL.paragraphs[2],
        'The talks continue on Tuesday.',
      ],
    });
  });

  it('lists the translation as outdated, with the fields and paragraphs that changed', async () => {
    const az = await worklist(azTranslator);
    const item = az.data.outdated.find((entry) => entry.documentId === documentId);
    expect(item).toMatchObject({ title: azText.title, origin: { locale: 'en' } });
    expect(Date.parse(item?.changedAt ?? '')).not.toBeNaN();
    expect(item?.unknownBecause).toBeNull();
    expect(item?.changes).toEqual({
      unchanged: false,
      fields: [
        {
          field: 'lead',
          before: ORIGINAL.lead,
          after: 'Delegations met in Vienna on Monday.',
        },
      ],
      paragraphs: [
        {
          change: 'changed',
          was: 2,
          now: 2,
          before: ORIGINAL.paragraphs[1],
          after: 'Both sides sent their foreign ministers.',
        },
        { change: 'added', now: 4, after: 'The talks continue on Tuesday.' },
      ],
      correctionsAdded: [],
    });
  });

  it('is not in the list of a translator of another locale, nor in a locale without it', async () => {
    const ru = await worklist(ruTranslator);
    expect(ru.data.locale).toBe('ru');
    expect(ru.data.outdated.map((entry) => entry.documentId)).not.toContain(documentId);
    // ru has no version of it: it is missing there, to be made from the original, en.
    expect(ru.data.missing).toContainEqual(
      expect.objectContaining({ documentId, origin: expect.objectContaining({ locale: 'en' }) })
    );
  });

  it('after the translator brings it up to date, shows only what changed since that save', async () => {
    await saveText(azTranslator, documentId, 'az', { ...azText, lead: 'Vyanada görüşüblər.' });
    expect(
      (await worklist(azTranslator)).data.outdated.map((entry) => entry.documentId)
    ).not.toContain(documentId);

    const current = await http()
      .get(`${ARTICLES}/${documentId}?locale=en`)
      .set(bearer(superAdmin))
      .expect(200);
    await http()
      .put(`${ARTICLES}/${documentId}?locale=en`)
      .set(bearer(superAdmin))
      .send({ title: `${current.body.data.title} (updated)` })
      .expect(200);

    const item = (await worklist(azTranslator)).data.outdated.find(
      (entry) => entry.documentId === documentId
    );
    expect(item?.changes?.fields).toEqual([
      {
        field: 'title',
        before: current.body.data.title,
        after: `${current.body.data.title} (updated)`,
      },
    ]);
    expect(item?.changes?.paragraphs).toEqual([]);
  });
});

describe("the edit view's Origin panel: GET /translators/origin/:documentId", () => {
  const origin = (token: string, documentId: string, locale: string) =>
    http().get(`/translators/origin/${documentId}?locale=${locale}`).set(bearer(token));

  it('shows beside an outdated translation the origin now and what changed in it', async () => {
    const { documentId } = await englishArticle();
    await saveText(azTranslator, documentId, 'az', {
      lead: 'Nümayəndə heyətləri Cenevrədə görüşüb.',
      paragraphs: ['Danışıqlar günorta başladı.'],
    });
    const paragraphs = [...ORIGINAL.paragraphs.slice(0, 2), 'A statement was issued at six.'];
    await saveText(superAdmin, documentId, 'en', { lead: ORIGINAL.lead, paragraphs });

    const response = await origin(azTranslator, documentId, 'az').expect(200);
    expect(response.body.data).toMatchObject({
      locale: 'az',
      exists: true,
      status: 'outdated',
      origin: { locale: 'en', lead: ORIGINAL.lead, paragraphs },
      changes: {
        fields: [],
        paragraphs: [
          {
            change: 'changed',
            was: 3,
            now: 3,
            before: ORIGINAL.paragraphs[2],
            after: 'A statement was issued at six.',
          },
        ],
      },
    });
  });

  it('names, for a locale being created, the origin the new version will record', async () => {
    const { documentId, title } = await englishArticle();
    const response = await origin(ruTranslator, documentId, 'ru').expect(200);
    expect(response.body.data).toMatchObject({
      locale: 'ru',
      exists: false,
      status: null,
      origin: { locale: 'en', title, paragraphs: ORIGINAL.paragraphs },
      changes: null,
    });
  });

  it('has no origin for the original itself', async () => {
    const { documentId } = await englishArticle();
    const response = await origin(azTranslator, documentId, 'en').expect(200);
    expect(response.body.data).toMatchObject({ locale: 'en', exists: true, origin: null });
  });

  it('is 401 without a session, 400 without a known locale, 404 for an unknown article', async () => {
    const { documentId } = await englishArticle();
    await http().get(`/translators/origin/${documentId}?locale=az`).expect(401);
    const badLocale = await origin(azTranslator, documentId, 'xx-nope').expect(400);
    expect(badLocale.body.error.name).toBe('ValidationError');
    const missing = await origin(azTranslator, 'no-such-document', 'az').expect(404);
    expect(missing.body).toMatchObject({ data: null, error: { name: 'NotFoundError' } });
  });
});

describe('a translation saved before its origin was recorded', () => {
  it('is listed as outdated with the changes unknown, and says why', async () => {
    const { documentId } = await englishArticle();
    await saveText(azTranslator, documentId, 'az', {
      lead: 'Nümayəndə heyətləri görüşüb.',
      paragraphs: ['Danışıqlar başladı.'],
    });
    // As for translations made before the table existed.
    await strapiInstance()
      .db.connection('newsroom_translation_origins')
      .where({ document_id: documentId })
      .delete();
    await saveText(superAdmin, documentId, 'en', {
      lead: 'A new lead.',
      paragraphs: ORIGINAL.paragraphs,
    });
    const item = (await worklist(azTranslator)).data.outdated.find(
      (entry) => entry.documentId === documentId
    );
    expect(item?.changes).toBeNull();
    expect(item?.unknownBecause).toMatch(/saved before the text it was made from was recorded/);
  });
});

describe('the recorded origins', () => {
  const rowsOf = (documentId: string) =>
    strapiInstance()
      .db.connection('newsroom_translation_origins')
      .where({ document_id: documentId })
      .select('locale', 'origin_locale');

  it('are kept per translation locale and go with the locale when it is deleted', async () => {
    const { documentId } = await englishArticle();
    await saveText(azTranslator, documentId, 'az', { lead: 'Lid.', paragraphs: ['Mətn.'] });
    await saveText(ruTranslator, documentId, 'ru', { lead: 'Лид.', paragraphs: ['Текст.'] });
    expect(await rowsOf(documentId)).toEqual(
      expect.arrayContaining([
        { locale: 'az', origin_locale: 'en' },
        { locale: 'ru', origin_locale: 'en' },
      ])
    );
    await http().delete(`${ARTICLES}/${documentId}?locale=az`).set(bearer(superAdmin)).expect(200);
    expect(await rowsOf(documentId)).toEqual([{ locale: 'ru', origin_locale: 'en' }]);
  });
});
