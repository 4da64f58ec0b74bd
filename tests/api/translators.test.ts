/*
 * Translator roles: one admin role per locale that reads every locale and writes its own,
 * exercised through the admin API with a translator's own session, as the admin panel does.
 */
import { anArticle, paragraph, unique } from '../harness/builders';
import {
  adminJwt,
  adminUserWithRole as invitedAdmin,
  bootStrapi,
  http,
  stopStrapi,
  strapiInstance,
} from '../harness/strapi';
import { syncTranslatorRoles } from '../../src/translators/roles';

const ARTICLES = '/content-manager/collection-types/api::article.article';
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

interface Role {
  id: number;
  name: string;
  code: string;
}
interface Permission {
  id: number;
  action: string;
  subject: string | null;
  properties: { locales?: string[]; fields?: string[] };
}

let superAdmin: string;

async function roles(): Promise<Role[]> {
  const response = await http().get('/admin/roles').set(bearer(superAdmin)).expect(200);
  return response.body.data;
}

async function roleNamed(name: string): Promise<Role | undefined> {
  return (await roles()).find((role) => role.name === name);
}

async function permissionsOf(roleId: number): Promise<Permission[]> {
  const response = await http()
    .get(`/admin/roles/${roleId}/permissions`)
    .set(bearer(superAdmin))
    .expect(200);
  return response.body.data;
}

const permission = (all: Permission[], action: string, subject = 'api::article.article') =>
  all.find(
    (item) =>
      item.action === `plugin::content-manager.explorer.${action}` && item.subject === subject
  );

/** An admin user with one role, invited, registered and logged in: their session token. */
const adminUserWithRole = (roleName: string, person: { firstname: string; lastname: string }) =>
  invitedAdmin(superAdmin, roleName, person);

/** An article written in en, as an editor would leave it. */
async function englishArticle(): Promise<string> {
  const created = (await strapiInstance()
    .documents('api::article.article')
    .create({
      locale: 'en',
      data: anArticle({
        title: unique('Ceasefire talks resume in Geneva'),
        originalLanguage: 'en',
      }) as never,
    })) as unknown as { documentId: string };
  return created.documentId;
}

let azTranslator: string;

beforeAll(async () => {
  await bootStrapi();
  superAdmin = await adminJwt();
  azTranslator = (
    await adminUserWithRole('Translator (az)', { firstname: 'Leyla', lastname: 'Məmmədova' })
  ).token;
});
afterAll(stopStrapi);

describe('a Translator (<code>) role for every locale', () => {
  it('exists for each configured locale', async () => {
    const names = (await roles()).map((role) => role.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Translator (az)',
        'Translator (en)',
        'Translator (ru)',
        'Translator (tr)',
      ])
    );
  });

  it('reads articles, sections and sources in every locale, and writes articles in its own only', async () => {
    const role = (await roleNamed('Translator (az)')) as Role;
    const all = await permissionsOf(role.id);
    expect(permission(all, 'read')?.properties.locales).toEqual(['az', 'en', 'ru', 'tr']);
    expect(permission(all, 'read', 'api::section.section')?.properties.locales).toEqual([
      'az',
      'en',
      'ru',
      'tr',
    ]);
    expect(permission(all, 'read', 'api::source.source')).toBeDefined();
    for (const action of ['create', 'update', 'publish']) {
      expect(permission(all, action)?.properties.locales).toEqual(['az']);
    }
    expect(permission(all, 'delete')).toBeUndefined();
  });

  it('does not let translators change the fields every locale shares, or the hook-written line', async () => {
    const role = (await roleNamed('Translator (az)')) as Role;
    const fields = permission(await permissionsOf(role.id), 'update')?.properties.fields ?? [];
    expect(fields).toEqual(expect.arrayContaining(['title', 'lead', 'body', 'translation.method']));
    for (const shared of ['originalReporting', 'originalLanguage', 'originalPublishedAt']) {
      expect(fields).not.toContain(shared);
    }
    expect(fields).not.toContain('attributionLine');
  });
});

describe('a translator for az in the content manager', () => {
  it('saves an az localization of an en article, recorded as their human translation from en', async () => {
    const documentId = await englishArticle();
    const title = unique('Cenevrədə atəşkəs danışıqları bərpa olunur');
    const saved = await http()
      .put(`${ARTICLES}/${documentId}?locale=az`)
      .set(bearer(azTranslator))
      .send({ title, lead: 'Danışıqlar bərpa olunub.', body: [paragraph('Mətn.')] })
      .expect(200);
    expect(saved.body.data).toMatchObject({ documentId, locale: 'az', title });
    expect(saved.body.data.translation).toMatchObject({
      method: 'human',
      from: 'en',
      translator: 'Leyla Məmmədova',
      status: 'current',
    });
    expect(Date.parse(saved.body.data.translation.translatedAt)).not.toBeNaN();
  });

  it('is refused (403) saving the en version, which stays as it was', async () => {
    const documentId = await englishArticle();
    const before = await http()
      .get(`${ARTICLES}/${documentId}?locale=en`)
      .set(bearer(azTranslator))
      .expect(200);
    await http()
      .put(`${ARTICLES}/${documentId}?locale=en`)
      .set(bearer(azTranslator))
      .send({ title: 'Overwritten by the az translator' })
      .expect(403);
    const after = await http()
      .get(`${ARTICLES}/${documentId}?locale=en`)
      .set(bearer(superAdmin))
      .expect(200);
    expect(after.body.data.title).toBe(before.body.data.title);
  });

  it('is refused (403) adding an ru localization, and none is created', async () => {
    const documentId = await englishArticle();
    await http()
      .put(`${ARTICLES}/${documentId}?locale=ru`)
      .set(bearer(azTranslator))
      .send({ title: 'Переговоры о прекращении огня' })
      .expect(403);
    const versions = await strapiInstance()
      .db.query('api::article.article')
      .findMany({ where: { documentId, locale: 'ru' } });
    expect(versions).toEqual([]);
  });

  it('creates new articles in az, and is refused (403) creating them in en', async () => {
    await http()
      .post(`${ARTICLES}?locale=az`)
      .set(bearer(azTranslator))
      .send(anArticle({ title: unique('Yeni məqalə') }))
      .expect(201);
    const title = unique('A new article');
    await http()
      .post(`${ARTICLES}?locale=en`)
      .set(bearer(azTranslator))
      .send(anArticle({ title }))
      .expect(403);
    const created = await strapiInstance()
      .db.query('api::article.article')
      .findMany({ where: { title } });
    expect(created).toEqual([]);
  });

  it('publishes the az version, and is refused (403) publishing the en one', async () => {
    const documentId = await englishArticle();
    await http()
      .put(`${ARTICLES}/${documentId}?locale=az`)
      .set(bearer(azTranslator))
      .send({ title: unique('Dərc ediləcək tərcümə') })
      .expect(200);
    await http()
      .post(`${ARTICLES}/${documentId}/actions/publish?locale=az`)
      .set(bearer(azTranslator))
      .send({})
      .expect(200);
    await http()
      .post(`${ARTICLES}/${documentId}/actions/publish?locale=en`)
      .set(bearer(azTranslator))
      .send({})
      .expect(403);
    const published = await strapiInstance()
      .db.query('api::article.article')
      .findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale'] });
    expect(published.map((row: { locale: string }) => row.locale)).toEqual(['az']);
  });

  it('reads the article in every locale', async () => {
    const documentId = await englishArticle();
    const read = await http()
      .get(`${ARTICLES}/${documentId}?locale=en`)
      .set(bearer(azTranslator))
      .expect(200);
    expect(read.body.data.locale).toBe('en');
  });

  it('sees what is missing and outdated in az through the admin route', async () => {
    const response = await http()
      .get('/translators/translation-status?locale=az')
      .set(bearer(azTranslator))
      .expect(200);
    expect(response.body.data).toMatchObject({ locale: 'az' });
    expect(response.body.meta.pagination).toMatchObject({ page: 1, pageSize: 25 });
    await http().get('/translators/translation-status?locale=az').expect(401);
  });
});

describe('translator roles follow the locales', () => {
  it('adding a locale in the admin panel creates its role; every translator may read it', async () => {
    const created = await http()
      .post('/i18n/locales')
      .set(bearer(superAdmin))
      .send({ code: 'ka', name: 'Georgian (ka)', isDefault: false })
      .expect(200);
    try {
      const ka = (await roleNamed('Translator (ka)')) as Role;
      expect(ka).toBeDefined();
      expect(permission(await permissionsOf(ka.id), 'update')?.properties.locales).toEqual(['ka']);
      const az = (await roleNamed('Translator (az)')) as Role;
      expect(permission(await permissionsOf(az.id), 'read')?.properties.locales).toContain('ka');
    } finally {
      await http().delete(`/i18n/locales/${created.body.id}`).set(bearer(superAdmin)).expect(200);
    }
    expect(await roleNamed('Translator (ka)')).toBeUndefined();
    const az = (await roleNamed('Translator (az)')) as Role;
    expect(permission(await permissionsOf(az.id), 'read')?.properties.locales).not.toContain('ka');
  });

  it("keeps a removed locale's role while users hold it, reduced to reading", async () => {
    const created = await http()
      .post('/i18n/locales')
      .set(bearer(superAdmin))
      .send({ code: 'uz', name: 'Uzbek (uz)', isDefault: false })
      .expect(200);
    await adminUserWithRole('Translator (uz)', { firstname: 'Dilnoza', lastname: 'Karimova' });
    await http().delete(`/i18n/locales/${created.body.id}`).set(bearer(superAdmin)).expect(200);

    const uz = (await roleNamed('Translator (uz)')) as Role;
    expect(uz).toBeDefined();
    const left = await permissionsOf(uz.id);
    expect(permission(left, 'read')?.properties.locales).toEqual(['az', 'en', 'ru', 'tr']);
    for (const action of ['create', 'update', 'publish'])
      expect(permission(left, action)).toBeUndefined();
  });

  it('keeps permissions an admin added to a translator role by hand', async () => {
    const tr = (await roleNamed('Translator (tr)')) as Role;
    const before = await permissionsOf(tr.id);
    await http()
      .put(`/admin/roles/${tr.id}/permissions`)
      .set(bearer(superAdmin))
      .send({
        permissions: [
          ...before.map(({ action, subject, properties }) => ({
            action,
            subject,
            properties,
            conditions: [],
          })),
          { action: 'plugin::upload.read', subject: null, properties: {}, conditions: [] },
        ],
      })
      .expect(200);
    await syncTranslatorRoles(strapiInstance());
    const actions = (await permissionsOf(tr.id)).map((item) => item.action);
    expect(actions).toContain('plugin::upload.read');
    expect(actions).toContain('plugin::content-manager.explorer.update');
  });

  it('changes nothing when synced again, even twice at once', async () => {
    const before = await Promise.all((await roles()).map((role) => permissionsOf(role.id)));
    const reports = await Promise.all([
      syncTranslatorRoles(strapiInstance()),
      syncTranslatorRoles(strapiInstance()),
    ]);
    for (const report of reports) {
      expect(report).toEqual({ created: [], updated: [], removed: [], retired: [] });
    }
    const after = await Promise.all((await roles()).map((role) => permissionsOf(role.id)));
    expect(
      after
        .flat()
        .map((item) => item.id)
        .sort()
    ).toEqual(
      before
        .flat()
        .map((item) => item.id)
        .sort()
    );
    const codes = (await roles()).map((role) => role.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('the Article edit view', () => {
  it('labels the translation and sources and keeps the attribution line read-only', async () => {
    const response = await http()
      .get('/content-manager/content-types/api::article.article/configuration')
      .set(bearer(superAdmin))
      .expect(200);
    const { contentType, components } = response.body.data;
    expect(contentType.metadatas.attributionLine.edit).toMatchObject({
      label: 'Attribution line',
      editable: false,
    });
    expect(contentType.metadatas.translation.edit.label).toBe('Translation');
    expect(contentType.metadatas.sources.edit.label).toBe('Sources');
    const rows = contentType.layouts.edit.map((row: { name: string }[]) =>
      row.map((cell) => cell.name)
    );
    expect(rows.slice(0, 4)).toEqual([
      ['title', 'slug'],
      ['translation'],
      ['attributionLine', 'originalReporting'],
      ['sources'],
    ]);
    const translation = components['attribution.translation'];
    expect(translation.metadatas.status.edit.label).toBe('Status');
    expect(translation.layouts.edit[0].map((cell: { name: string }) => cell.name)).toEqual([
      'status',
      'method',
      'from',
    ]);
  });
});
