/*
 * While the database is unreachable every request is a 503 ServiceUnavailableError with
 * Retry-After (never a 500), `GET /api/health` says so, Strapi's liveness `/_health` stays
 * up; when the database is back the app answers again and no acknowledged write is lost.
 * The outage is real: the app's own database stops accepting connections and its open ones
 * are terminated, as in a failover or a restart of the server.
 */
import { Client } from 'pg';
import { apiToken, adminJwt, bootStrapi, http, stopStrapi } from '../harness/strapi';
import { createScratchDatabase } from '../harness/databases';
import { anArticle, unique } from '../harness/builders';

let scratch: { url: string; drop: () => Promise<void> };
let admin: Client; // on the server's `postgres` database, to stop and restore the app's
let databaseName: string;
let token: string;
let jwt: string;
const acknowledged: string[] = []; // documentIds of writes answered with a 2xx

async function write(title: string): Promise<number> {
  const response = await http()
    .post('/api/articles?locale=en&status=draft')
    .set('Authorization', `Bearer ${token}`)
    .send({ data: anArticle({ title }) });
  if (response.status === 201) acknowledged.push(response.body.data.documentId);
  return response.status;
}

async function stopDatabase(): Promise<void> {
  await admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS false`);
  await admin.query(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [databaseName]
  );
}

async function restoreDatabase(): Promise<void> {
  await admin.query(`ALTER DATABASE "${databaseName}" ALLOW_CONNECTIONS true`);
}

beforeAll(async () => {
  scratch = await createScratchDatabase('outage');
  process.env.DATABASE_URL = scratch.url; // this file's Strapi only (jest gives each file its env)
  databaseName = new URL(scratch.url).pathname.slice(1);
  const adminUrl = new URL(scratch.url);
  adminUrl.pathname = '/postgres';
  admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await bootStrapi();
  token = await apiToken();
  jwt = await adminJwt();
});

afterAll(async () => {
  await restoreDatabase();
  await stopStrapi();
  await admin.end();
  await scratch.drop();
});

const expectUnavailable = (response: {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}) => {
  expect(response.status).toBe(503);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
};

const expectStrapiShape = (body: unknown) =>
  expect(body).toEqual({
    data: null,
    error: {
      status: 503,
      name: 'ServiceUnavailableError',
      message: expect.any(String),
      details: expect.any(Object),
    },
  });

describe('with the database up', () => {
  it('is ready', async () => {
    const response = await http().get('/api/health').expect(200);
    expect(response.body).toEqual({ data: { status: 'ok', database: 'reachable' } });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('acknowledges writes', async () => {
    for (let n = 0; n < 3; n += 1) expect(await write(unique('Before the outage'))).toBe(201);
  });
});

describe('while the database is unreachable', () => {
  const inFlight: Promise<number>[] = [];

  beforeAll(async () => {
    // Writes already under way when it goes: each is either acknowledged or refused.
    for (let n = 0; n < 4; n += 1) inFlight.push(write(unique('During the cut')));
    await stopDatabase();
  });

  it('answers writes that were under way with a 2xx or a 503, nothing else', async () => {
    const statuses = await Promise.all(inFlight);
    expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
  });

  it('says it is not ready, in Strapi’s error shape', async () => {
    const response = await http().get('/api/health');
    expectUnavailable(response);
    expectStrapiShape(response.body);
  });

  it('keeps Strapi’s liveness answer', async () => {
    await http().get('/_health').expect(204);
  });

  it.each([
    ['a public list', () => http().get(`/api/articles?locale=en&pagination[page]=${Date.now()}`)],
    ['a public item', () => http().get('/api/articles/no-such-document?locale=en')],
    ['a custom route', () => http().get(`/api/articles/by-slug/${Date.now()}?locale=en`)],
    [
      'a write with a token',
      () =>
        http()
          .post('/api/articles?locale=en')
          .set('Authorization', `Bearer ${token}`)
          .send({ data: anArticle() }),
    ],
    [
      'the admin panel',
      () =>
        http()
          .get('/content-manager/collection-types/api::article.article?page=1')
          .set('Authorization', `Bearer ${jwt}`),
    ],
  ])('answers %s with a 503 and Retry-After, never a 500', async (_, send) => {
    const response = await send();
    expectUnavailable(response);
    expectStrapiShape(response.body);
  });

  it('answers GraphQL with a 503 and Retry-After', async () => {
    const response = await http()
      .post('/graphql')
      .send({ query: `{ articles(locale: "en", pagination: { page: ${Date.now()} }) { title } }` });
    expectUnavailable(response);
    // Refused at authentication (Strapi's shape, as its 401s there) or by a resolver (GraphQL's).
    const named = response.body.error?.name ?? response.body.errors?.[0]?.extensions?.code;
    expect(named).toMatch(/ServiceUnavailable|SERVICE_UNAVAILABLE|INTERNAL_SERVER_ERROR/);
    expect(JSON.stringify(response.body)).not.toMatch(
      /select |ECONNREFUSED|accepting connections/i
    );
  });
});

describe('when the database is back', () => {
  beforeAll(restoreDatabase);

  it('becomes ready again', async () => {
    let status = 0;
    for (let attempt = 0; attempt < 120 && status !== 200; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await http().get('/api/health')).status;
    }
    expect(status).toBe(200);
  });

  it('serves and writes again', async () => {
    await http().get('/api/articles?locale=en').expect(200);
    expect(await write(unique('After the outage'))).toBe(201);
  });

  it('has lost no acknowledged write', async () => {
    for (const documentId of acknowledged) {
      await http()
        .get(`/api/articles/${documentId}?locale=en&status=draft`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(4);
  });
});
