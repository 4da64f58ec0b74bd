/*
 * A refused write says why. Strapi answers its own refusals (and any @strapi/utils ForbiddenError
 * thrown below a route) with a bare "Forbidden"; an editor in the admin panel, or a developer
 * with an API token, reads instead what they may not do, in which locale, and where they may.
 * Every path that writes an article is tried, as a translator for az writing the ru locale
 * through the content manager, and with a read-only API token through the REST API; each
 * answer is a 403 in Strapi's error shape, and nothing stored changes.
 */
import type { Test } from 'supertest';
import { anArticle, unique } from '../harness/builders';
import {
  adminJwt,
  adminUserWithRole,
  apiToken,
  bootStrapi,
  http,
  stopStrapi,
  strapiInstance,
} from '../harness/strapi';

const ARTICLES = '/content-manager/collection-types/api::article.article';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

let superAdmin: string;
let azTranslator: string;
let readOnlyToken: string;
const users: number[] = [];

/** An admin user holding only the "Translator (az)" role, logged in: their session token. */
async function azTranslatorSession(): Promise<string> {
  const { token, id } = await adminUserWithRole(superAdmin, 'Translator (az)', {
    firstname: 'Aysel',
    lastname: 'Quliyeva',
  });
  users.push(id);
  return token;
}

interface Documents {
  /** An article in en only: writing ru would add a localization. */
  englishOnly: string;
  /** An article in ru, published, with a newer draft: every action applies to it. */
  russian: string;
  /** The title a refused create would have stored. */
  newTitle: string;
}

async function documents(): Promise<Documents> {
  const articles = strapiInstance().documents('api::article.article');
  const english = (await articles.create({
    locale: 'en',
    data: anArticle({ title: unique('Ceasefire talks resume'), originalLanguage: 'en' }) as never,
  })) as unknown as { documentId: string };
  const russian = (await articles.create({
    locale: 'ru',
    data: anArticle({ title: unique('Переговоры возобновились'), originalLanguage: 'ru' }) as never,
  })) as unknown as { documentId: string };
  await articles.publish({ documentId: russian.documentId, locale: 'ru' });
  await articles.update({
    documentId: russian.documentId,
    locale: 'ru',
    data: { lead: 'Черновик после публикации.' } as never,
  });
  return {
    englishOnly: english.documentId,
    russian: russian.documentId,
    newTitle: unique('Статья, которой не будет'),
  };
}

/** Every stored row of the two articles, and of any article with the new title. */
async function stored(docs: Documents): Promise<unknown[]> {
  return strapiInstance()
    .db.query('api::article.article')
    .findMany({
      where: {
        $or: [{ documentId: { $in: [docs.englishOnly, docs.russian] } }, { title: docs.newTitle }],
      },
      orderBy: { id: 'asc' },
    });
}

interface Attempt {
  what: string;
  send: (docs: Documents) => Test;
  message: string;
  details?: Record<string, unknown>;
}

const may = (verb: string) =>
  `You may not ${verb} articles in the "ru" locale. Your role may ${verb} articles in "az" only.`;
const asTranslator = (test: Test) => test.set(bearer(azTranslator));
const newArticle = (docs: Documents) => anArticle({ title: docs.newTitle });

const adminAttempts: Attempt[] = [
  {
    what: 'create an article in ru',
    send: (docs) => asTranslator(http().post(`${ARTICLES}?locale=ru`)).send(newArticle(docs)),
    message: may('create'),
  },
  {
    what: 'create and publish an article in ru',
    send: (docs) =>
      asTranslator(http().post(`${ARTICLES}/actions/publish?locale=ru`)).send(newArticle(docs)),
    message: may('create'),
  },
  {
    what: 'add an ru localization to an en article',
    send: (docs) =>
      asTranslator(http().put(`${ARTICLES}/${docs.englishOnly}?locale=ru`)).send({
        title: docs.newTitle,
      }),
    message: may('create'),
  },
  {
    what: 'add and publish an ru localization of an en article',
    send: (docs) =>
      asTranslator(http().post(`${ARTICLES}/${docs.englishOnly}/actions/publish?locale=ru`)).send({
        title: docs.newTitle,
      }),
    message: may('publish'),
  },
  {
    what: 'edit an article without naming a locale (the default one, en, is meant)',
    send: (docs) =>
      asTranslator(http().put(`${ARTICLES}/${docs.englishOnly}`)).send({ title: docs.newTitle }),
    message:
      'You may not edit articles in the "en" locale. Your role may edit articles in "az" only.',
    details: { locale: 'en' },
  },
  {
    what: 'edit the ru version',
    send: (docs) =>
      asTranslator(http().put(`${ARTICLES}/${docs.russian}?locale=ru`)).send({
        title: docs.newTitle,
      }),
    message: may('edit'),
  },
  {
    what: 'publish the ru version',
    send: (docs) =>
      asTranslator(http().post(`${ARTICLES}/${docs.russian}/actions/publish?locale=ru`)).send({}),
    message: may('publish'),
  },
  {
    what: 'unpublish the ru version',
    send: (docs) =>
      asTranslator(http().post(`${ARTICLES}/${docs.russian}/actions/unpublish?locale=ru`)).send({}),
    message: may('unpublish'),
  },
  {
    what: 'discard the ru draft',
    send: (docs) =>
      asTranslator(http().post(`${ARTICLES}/${docs.russian}/actions/discard?locale=ru`)).send({}),
    message: may('discard the drafts of'),
  },
  {
    what: 'delete the ru version',
    send: (docs) => asTranslator(http().delete(`${ARTICLES}/${docs.russian}?locale=ru`)),
    message: 'Your role may not delete articles in any locale.',
  },
  {
    what: 'publish the ru version from the list view',
    send: (docs) =>
      asTranslator(http().post(`${ARTICLES}/actions/bulkPublish?locale=ru`)).send({
        documentIds: [docs.russian],
      }),
    message: may('publish'),
  },
  {
    what: 'unpublish the ru version from the list view',
    send: (docs) =>
      asTranslator(http().post(`${ARTICLES}/actions/bulkUnpublish?locale=ru`)).send({
        documentIds: [docs.russian],
      }),
    message: may('unpublish'),
  },
  {
    what: 'delete the ru version from the list view',
    send: (docs) =>
      asTranslator(http().post(`${ARTICLES}/actions/bulkDelete?locale=ru`)).send({
        documentIds: [docs.russian],
      }),
    message: 'Your role may not delete articles in any locale.',
  },
];

const withToken = (test: Test) => test.set(bearer(readOnlyToken));

const restAttempts: Attempt[] = [
  {
    what: 'create an article in ru',
    send: (docs) =>
      withToken(http().post('/api/articles?locale=ru')).send({ data: newArticle(docs) }),
    message: 'This API token may not create articles.',
  },
  {
    what: 'create and publish an article in ru',
    send: (docs) =>
      withToken(http().post('/api/articles?locale=ru&status=published')).send({
        data: newArticle(docs),
      }),
    message: 'This API token may not create articles.',
  },
  {
    what: 'add an ru localization to an en article',
    send: (docs) =>
      withToken(http().put(`/api/articles/${docs.englishOnly}?locale=ru`)).send({
        data: { title: docs.newTitle },
      }),
    message: 'This API token may not edit articles.',
  },
  {
    what: 'edit the ru version',
    send: (docs) =>
      withToken(http().put(`/api/articles/${docs.russian}?locale=ru`)).send({
        data: { title: docs.newTitle },
      }),
    message: 'This API token may not edit articles.',
  },
  {
    what: 'publish the ru version',
    send: (docs) =>
      withToken(http().put(`/api/articles/${docs.russian}?locale=ru&status=published`)).send({
        data: {},
      }),
    message: 'This API token may not edit articles.',
  },
  {
    what: 'delete the ru version',
    send: (docs) => withToken(http().delete(`/api/articles/${docs.russian}?locale=ru`)),
    message: 'This API token may not delete articles.',
  },
];

beforeAll(async () => {
  await bootStrapi();
  superAdmin = await adminJwt();
  azTranslator = await azTranslatorSession();
  readOnlyToken = await apiToken('read-only');
});
afterAll(async () => {
  for (const id of users) await http().delete(`/admin/users/${id}`).set(bearer(superAdmin));
  await stopStrapi();
});

describe.each([
  ['a translator for az, in the content manager', adminAttempts, { locale: 'ru' }],
  ['a read-only API token, through the REST API', restAttempts, {}],
])('%s', (_who, attempts, details) => {
  it.each(attempts.map((attempt) => [attempt.what, attempt] as const))(
    'is told why it may not %s, and nothing stored changes',
    async (_what, attempt) => {
      const docs = await documents();
      const before = await stored(docs);
      const response = await attempt.send(docs);
      expect({ status: response.status, body: response.body }).toEqual({
        status: 403,
        body: {
          data: null,
          error: {
            status: 403,
            name: 'ForbiddenError',
            message: attempt.message,
            details: attempt.details ?? details,
          },
        },
      });
      expect(await stored(docs)).toEqual(before);
    }
  );
});

describe('the same paths in its own locale', () => {
  it('lets the translator do the same in az', async () => {
    const docs = await documents();
    await asTranslator(http().put(`${ARTICLES}/${docs.englishOnly}?locale=az`))
      .send({ title: unique('Atəşkəs danışıqları') })
      .expect(200);
    await asTranslator(http().post(`${ARTICLES}/${docs.englishOnly}/actions/publish?locale=az`))
      .send({})
      .expect(200);
  });
});
