/*
 * Writes to one document take turns, whatever path they come by: REST with a token, REST
 * update-and-publish, the Document Service, the admin panel's publish. A race must leave one
 * row per (locale, draft/published), no component row that nothing points at, and a
 * published version whose attribution belongs to its own text.
 */
import { Client } from 'pg';
import { errors } from '@strapi/utils';
import {
  adminJwt,
  apiToken,
  bootStrapi,
  http,
  stopStrapi,
  strapiInstance,
} from '../harness/strapi';

const ARTICLE = 'api::article.article';
const ADMIN_ARTICLES = `/content-manager/collection-types/${ARTICLE}`;

// One agency per write, each recognised in English by "according to …" (database/sources).
const AGENCIES = [
  'Reuters',
  'Associated Press',
  'Agence France-Presse',
  'Deutsche Welle',
  'Bloomberg',
  'Xinhua',
  'Kyodo',
  'Yonhap',
  'IRNA',
  'TASS',
  'Interfax',
  'RIA Novosti',
  'Sputnik',
  'Ukrinform',
  'UNIAN',
  'Anadolu Agency',
  'EFE',
  'ANSA',
  'APA',
  'Turan',
  'Tasnim',
  'Kommersant',
  'Vedomosti',
  'Izvestia',
  'RBC',
];

let token: string;
let jwt: string;

beforeAll(async () => {
  await bootStrapi();
  token = await apiToken();
  jwt = await adminJwt();
});
afterAll(stopStrapi);

const text = (n: number) => ({
  title: `Concurrent story, version ${n}`,
  lead: `According to ${AGENCIES[n]}, event number ${n} happened.`,
});
const versionOf = (title: string) => Number(/version (\d+)$/.exec(title)?.[1]);

type Outcome = number; // an HTTP status; Document Service calls map to the one Strapi would send
const refusals: string[] = []; // why a write was refused, printed with the counts

function statusOf(response: { status: number; body?: { error?: { message?: string } } }) {
  if (response.status >= 300) refusals.push(`${response.status} ${response.body?.error?.message}`);
  return response.status;
}

async function viaDocumentService(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    await call();
    return 200;
  } catch (error) {
    const status = error instanceof errors.ApplicationError ? 400 : 500;
    refusals.push(`${status} ${(error as Error).message}`);
    return status;
  }
}

/** Component rows of the attribution components that no entity's join row points at. */
async function orphanedComponentRows(): Promise<number> {
  const knex = strapiInstance().db.connection;
  const { rows } = (await knex.raw(`
    SELECT
      (SELECT count(*) FROM components_attribution_source_refs c
        WHERE NOT EXISTS (SELECT 1 FROM articles_cmps j
                           WHERE j.cmp_id = c.id AND j.component_type = 'attribution.source-ref'))
    + (SELECT count(*) FROM components_attribution_translations c
        WHERE NOT EXISTS (SELECT 1 FROM articles_cmps j
                           WHERE j.cmp_id = c.id AND j.component_type = 'attribution.translation'))
      AS orphans`)) as { rows: { orphans: string }[] };
  return Number(rows[0].orphans);
}

interface VersionRow {
  locale: string;
  published: boolean;
  rows: number;
}

async function rowsPerVersion(documentId: string): Promise<VersionRow[]> {
  const { rows } = (await strapiInstance().db.connection.raw(
    `SELECT locale, published_at IS NOT NULL AS published, count(*)::int AS rows
       FROM articles WHERE document_id = ? GROUP BY 1, 2 ORDER BY 1, 2`,
    [documentId]
  )) as { rows: VersionRow[] };
  return rows;
}

async function storedVersion(documentId: string, locale: string, status: 'draft' | 'published') {
  return (await strapiInstance()
    .documents(ARTICLE)
    .findOne({
      documentId,
      locale,
      status,
      populate: { sources: { populate: { source: true } } },
    } as never)) as unknown as {
    title: string;
    lead: string;
    attributionLine: string;
    sources: { source: { name: string } | null }[];
  } | null;
}

const counts = (statuses: Outcome[]) =>
  statuses.reduce<Record<number, number>>((all, s) => ({ ...all, [s]: (all[s] ?? 0) + 1 }), {});

describe('24 concurrent mixed writes to one article', () => {
  let documentId: string;
  let statuses: Outcome[];
  let orphansBefore: number;

  beforeAll(async () => {
    const created = await http()
      .post('/api/articles?locale=en&status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: text(0) })
      .expect(201);
    documentId = created.body.data.documentId;
    orphansBefore = await orphanedComponentRows();

    const writes = Array.from({ length: 24 }, (_, index) => {
      const n = index + 1;
      switch (index % 4) {
        case 0: // a draft update, as a site's editorial tool sends it
          return http()
            .put(`/api/articles/${documentId}?locale=en`)
            .set('Authorization', `Bearer ${token}`)
            .send({ data: text(n) })
            .then(statusOf);
        case 1: // update and publish in one request
          return http()
            .put(`/api/articles/${documentId}?locale=en&status=published`)
            .set('Authorization', `Bearer ${token}`)
            .send({ data: text(n) })
            .then(statusOf);
        case 2: // a server-side publish of whatever the draft is
          return viaDocumentService(() =>
            strapiInstance().documents(ARTICLE).publish({ documentId, locale: 'en' })
          );
        default: // the admin panel: load the edit view, change the text, press Publish
          return http()
            .get(`${ADMIN_ARTICLES}/${documentId}?locale=en`)
            .set('Authorization', `Bearer ${jwt}`)
            .then((loaded) =>
              http()
                .post(`${ADMIN_ARTICLES}/${documentId}/actions/publish?locale=en`)
                .set('Authorization', `Bearer ${jwt}`)
                .send({ ...loaded.body.data, ...text(n) })
            )
            .then(statusOf);
      }
    });
    statuses = await Promise.all(writes);
    console.log('24 concurrent writes, statuses:', counts(statuses), refusals.splice(0));
  });

  it('answers none of them with a 5xx', () => {
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
  });

  it('applies every write that was sent correctly', () => {
    expect(statuses.every((status) => status === 200 || status === 201)).toBe(true);
  });

  it('leaves no component row that nothing points at', async () => {
    expect((await orphanedComponentRows()) - orphansBefore).toBe(0);
  });

  it('leaves exactly one draft and one published row', async () => {
    expect(await rowsPerVersion(documentId)).toEqual([
      { locale: 'en', published: false, rows: 1 },
      { locale: 'en', published: true, rows: 1 },
    ]);
  });

  it.each(['published', 'draft'] as const)(
    'gives the %s version the attribution of its own text',
    async (status) => {
      const version = await storedVersion(documentId, 'en', status);
      expect(version).not.toBeNull();
      const agency = AGENCIES[versionOf(version!.title)];
      expect(version!.lead).toContain(agency);
      expect(version!.sources.map((ref) => ref.source?.name)).toEqual([agency]);
      expect(version!.attributionLine).toBe(`Source: ${agency}`);
    }
  );
});

describe('six concurrent first writes of a new localization', () => {
  let documentId: string;
  let statuses: Outcome[];

  beforeAll(async () => {
    const created = await http()
      .post('/api/articles?locale=en&status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: text(0) })
      .expect(201);
    documentId = created.body.data.documentId;

    statuses = await Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        http()
          .put(`/api/articles/${documentId}?locale=az${n % 2 ? '&status=published' : ''}`)
          .set('Authorization', `Bearer ${token}`)
          .send({
            data: {
              title: `Eyni anda tərcümə, versiya ${n}`,
              lead: 'Reuters agentliyinin verdiyi məlumata görə, hadisə baş verib.',
            },
          })
          .then(statusOf)
      )
    );
    console.log('6 concurrent first az writes, statuses:', counts(statuses), refusals.splice(0));
  });

  it('answers each with a 200', () => {
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('creates one az draft and one az published row', async () => {
    expect((await rowsPerVersion(documentId)).filter((row) => row.locale === 'az')).toEqual([
      { locale: 'az', published: false, rows: 1 },
      { locale: 'az', published: true, rows: 1 },
    ]);
  });

  it('lists the document once in az', async () => {
    const response = await http()
      .get(`/api/articles?locale=az&filters[documentId][$eq]=${documentId}`)
      .expect(200);
    expect(response.body.data).toHaveLength(1);
  });
});

describe('the database behind the lock', () => {
  let documentId: string;
  let other: Client;

  beforeAll(async () => {
    const created = await http()
      .post('/api/articles?locale=en&status=published')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: text(0) })
      .expect(201);
    documentId = created.body.data.documentId;
    // Another process that writes rows without the lock (an old version, a hand-made script).
    other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
  });
  afterAll(() => other?.end());

  const insertVersion = (locale: string, publishedAt: string | null) =>
    other.query(
      `INSERT INTO articles (document_id, locale, title, published_at, created_at, updated_at)
       VALUES ($1, $2, 'Written around the lock', $3, now(), now())`,
      [documentId, locale, publishedAt]
    );

  it.each([
    ['draft', null],
    ['published', new Date().toISOString()],
  ])('refuses a second %s row of one locale', async (_, publishedAt) => {
    await expect(insertVersion('en', publishedAt)).rejects.toMatchObject({ code: '23505' });
  });

  it('keeps sections to one row per locale too', async () => {
    const section = await strapiInstance()
      .documents('api::section.section')
      .create({ locale: 'en', data: { name: 'Concurrency' } as never });
    await expect(
      other.query(
        `INSERT INTO sections (document_id, locale, name, published_at, created_at, updated_at)
         VALUES ($1, 'en', 'Concurrency again', now(), now(), now())`,
        [section.documentId]
      )
    ).rejects.toMatchObject({ code: '23505' });
  });

  it('answers a collision that gets past the lock with a 409 in Strapi’s shape', async () => {
    await other.query('BEGIN');
    await insertVersion('ru', null); // uncommitted: Strapi's own duplicate check cannot see it
    const pending = http()
      .put(`/api/articles/${documentId}?locale=ru`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Параллельная запись', lead: 'Как сообщает ТАСС, всё спокойно.' } })
      .then((response) => response);
    // The API's insert now waits on the uncommitted row; commit it, and the insert collides.
    await waitUntil(async () => {
      const { rows } = await other.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`
      );
      return rows[0].waiting > 0;
    });
    await other.query('COMMIT');
    const response = await pending;
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      data: null,
      error: {
        status: 409,
        name: 'ConflictError',
        message: expect.any(String),
        details: { documentId },
      },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/insert|duplicate key|articles_/i);
  });
});

async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('condition not reached in 60 s');
}
