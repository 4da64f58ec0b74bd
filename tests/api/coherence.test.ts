/*
 * One database, many processes: this test file's instance (A), a second instance in its own
 * process (B), and a CLI command, on one database. A change committed by any of them reaches
 * the others' caches through PostgreSQL NOTIFY. Each check polls (up to 10 s) and records how
 * long the change took to show; the latencies are printed at the end (the target, 1 s, is a
 * figure for the report, not an assertion a busy machine could fail).
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import { anArticle, unique } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';
import { startInstance, timeUntil, type Instance } from '../harness/instances';

const ARTICLE = 'api::article.article';
const SOURCE = 'api::source.source';
const PERMISSION = 'plugin::users-permissions.permission';
const LOCALES_CLI = path.resolve(__dirname, '../../dist/src/cli/locales.js');

let strapi: Core.Strapi;
let b: Instance;
let token: string;
const latencies: [string, number][] = [];

async function published(title = unique('Coherence')): Promise<string> {
  const created = await strapi
    .documents(ARTICLE)
    .create({ locale: 'en', data: anArticle({ title }) as never });
  await strapi.documents(ARTICLE).publish({ documentId: created.documentId, locale: 'en' });
  return created.documentId;
}

/**
 * GETs `url` on B until B answers it from its cache: what a change must then break. (The
 * writes that made the fixture may still be on their way to B, and drop the first copy.)
 */
async function cachedOnB(url: string) {
  let last: Awaited<ReturnType<ReturnType<Instance['http']>['get']>> | undefined;
  await timeUntil(async () => {
    last = await b.http().get(url);
    return last.headers['x-cache'] === 'HIT';
  });
  return last!;
}

function heardOnB(predicate: (line: string) => boolean, from = 0): () => Promise<boolean> {
  return async () =>
    b.lines.slice(from).some((line) => line.includes('change heard:') && predicate(line));
}

function runCli(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [LOCALES_CLI, ...args], {
      env: { ...process.env, STRAPI_LOG_LEVEL: 'error' },
      stdio: 'ignore',
    });
    child.on('exit', resolve);
  });
}

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
  b = await startInstance({ STRAPI_LOG_LEVEL: 'debug' });
});
afterAll(async () => {
  await b?.stop();
  await stopStrapi();
  console.log(
    `cross-process latencies (ms):\n${latencies.map(([what, ms]) => `  ${what}: ${ms}`).join('\n')}`
  );
});

describe('a write on one instance reaches the other', () => {
  it('shows a publish', async () => {
    const draft = await strapi
      .documents(ARTICLE)
      .create({ locale: 'en', data: anArticle() as never });
    const url = `/api/articles?locale=en&filters[documentId][$eq]=${draft.documentId}`;
    expect((await cachedOnB(url)).body.data).toEqual([]);
    await strapi.documents(ARTICLE).publish({ documentId: draft.documentId, locale: 'en' });
    latencies.push([
      'publish on A → list on B',
      await timeUntil(async () => (await b.http().get(url)).body.data.length === 1),
    ]);
  });

  it('withdraws an unpublished article', async () => {
    const documentId = await published();
    const url = `/api/articles/${documentId}?locale=en`;
    expect((await cachedOnB(url)).status).toBe(200);
    await strapi.documents(ARTICLE).unpublish({ documentId, locale: 'en' });
    latencies.push([
      'unpublish on A → item on B',
      await timeUntil(async () => (await b.http().get(url)).status === 404),
    ]);
  });

  it('applies a change of the Public role’s permissions', async () => {
    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    const where = { action: 'api::section.section.find', role: role.id };
    const permission = await strapi.db.query(PERMISSION).findOne({ where });
    expect(permission).not.toBeNull();
    expect((await cachedOnB('/api/sections')).status).toBe(200);
    // GraphQL asks the same cached Public ability (src/extensions/users-permissions).
    const sectionsByGraphQL = async () =>
      (await b.http().post('/graphql').send({ query: '{ sections { name } }' })).body as {
        errors?: { extensions?: { error?: { name?: string } } }[];
      };
    expect((await sectionsByGraphQL()).errors).toBeUndefined();

    await strapi.db.query(PERMISSION).delete({ where: { id: permission.id } });
    latencies.push([
      'permission removed on A → B refuses',
      await timeUntil(async () => (await b.http().get('/api/sections')).status === 403),
    ]);
    latencies.push([
      'permission removed on A → B refuses over GraphQL',
      await timeUntil(
        async () =>
          (await sectionsByGraphQL()).errors?.[0]?.extensions?.error?.name === 'ForbiddenError'
      ),
    ]);
    await strapi.db.query(PERMISSION).create({ data: { action: where.action, role: role.id } });
    latencies.push([
      'permission restored on A → B serves',
      await timeUntil(async () => (await b.http().get('/api/sections')).status === 200),
    ]);
    latencies.push([
      'permission restored on A → B serves over GraphQL',
      await timeUntil(async () => (await sectionsByGraphQL()).errors === undefined),
    ]);
  });

  it('resolves and detects a Source alias added on the other instance', async () => {
    const alias = `Zorbanews${Date.now().toString(36)}`;
    // Capitalised, and no outlet's look: 'citing X' counts it only once X is a known outlet.
    const plainAlias = `Qorxmaz${Date.now().toString(36).replace(/\d/g, '')}`;
    const reuters = await strapi.documents(SOURCE).findFirst({ filters: { name: 'Reuters' } });
    expect(reuters).not.toBeNull();
    // B's registry is loaded (an import resolves names against it)...
    await b
      .http()
      .post('/api/articles/import')
      .set('Authorization', `Bearer ${token}`)
      .send({
        locale: 'en',
        text: `${unique('Warm-up')}\n\nThe minister spoke, according to Reuters.`,
      })
      .expect(201);
    // ...then A adds an alias, and B hears of it.
    const heardSoFar = b.lines.length;
    const aliases = [
      ...((reuters as unknown as { aliases: string[] }).aliases ?? []),
      alias,
      plainAlias,
    ];
    await strapi.documents(SOURCE).update({
      documentId: reuters!.documentId,
      data: { aliases } as never,
    });
    latencies.push([
      'alias added on A → heard by B',
      await timeUntil(heardOnB((line) => line.includes('"sources"'), heardSoFar)),
    ]);
    for (const sentence of [
      `Talks resumed, according to ${alias}.`,
      `Talks resumed on Monday, citing ${plainAlias}.`,
    ]) {
      const imported = await b
        .http()
        .post('/api/articles/import')
        .set('Authorization', `Bearer ${token}`)
        .send({ locale: 'en', text: `${unique('Alias')}\n\n${sentence}` })
        .expect(201);
      const attribution = await strapi.documents(ARTICLE).findOne({
        documentId: imported.body.data.documentId,
        locale: 'en',
        populate: { sources: { populate: ['source'] } },
      });
      const names = (
        attribution as unknown as { sources: { source: { name: string } }[] }
      ).sources.map((ref) => ref.source.name);
      expect(names).toEqual(['Reuters']);
    }
  });

  it('announces nothing for a write that rolled back', async () => {
    const rolledBack = await published();
    const url = `/api/articles/${rolledBack}?locale=en`;
    const before = await cachedOnB(url);
    const heardSoFar = b.lines.length;
    await expect(
      strapi.db.transaction(async () => {
        await strapi.documents(ARTICLE).update({
          documentId: rolledBack,
          locale: 'en',
          data: { title: unique('Never committed') } as never,
        });
        await strapi.documents(ARTICLE).publish({ documentId: rolledBack, locale: 'en' });
        throw new Error('roll back');
      })
    ).rejects.toThrow('roll back');
    // A committed write after it: once B has heard that one, it would have heard the first.
    const sentinel = await published();
    await timeUntil(heardOnB((line) => line.includes(sentinel)));
    expect(await heardOnB((line) => line.includes(rolledBack), heardSoFar)()).toBe(false);
    const after = await b.http().get(url);
    expect(after.headers['x-cache']).toBe('HIT');
    expect(after.body.data.title).toBe(before.body.data.title);
  });
});

// The test database is shared by every file of the run: leave its locales as they were.
afterAll(async () => {
  await runCli(['remove', 'ka']);
});

describe('a listener that lost its connection', () => {
  it('forgets everything it may have missed, and listens again', async () => {
    const documentId = await published();
    const url = `/api/articles/${documentId}?locale=en`;
    const before = await cachedOnB(url);
    // Behind every process's back (no Document Service, no NOTIFY): B cannot know of it...
    const title = unique('Changed while nobody listened');
    await strapi.db.query(ARTICLE).updateMany({ where: { documentId }, data: { title } });
    expect((await b.http().get(url)).body.data.title).toBe(before.body.data.title);
    // ...until its listener's connection drops, and B treats the gap as "everything changed".
    const fromKill = b.lines.length;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name LIKE 'newsroom-changes:%' AND application_name <> $1`,
      [`newsroom-changes:${process.pid}`]
    );
    await admin.end();
    expect(killed.rowCount).toBeGreaterThan(0);
    latencies.push([
      'listener connection killed → B re-reads',
      await timeUntil(async () => (await b.http().get(url)).body.data.title === title),
    ]);
    // It says so, and listens again. A notice sent before it is back is lost by design (the
    // reconnect itself counts as "everything changed"), so the next publish waits for it.
    const saidSo = (text: string) => async () =>
      b.lines.slice(fromKill).some((line) => line.includes(text));
    await timeUntil(saidSo('Change listener lost'));
    await timeUntil(saidSo('Change listener connected'));
    const later = await published();
    await timeUntil(heardOnB((line) => line.includes(later), fromKill));
  });
});

describe('a CLI command on the same database', () => {
  it('adds a locale both instances accept at once', async () => {
    await b.http().get('/api/articles?locale=ka').expect(400);
    await http().get('/api/articles?locale=ka').expect(400);
    expect(await runCli(['add', 'ka'])).toBe(0);
    latencies.push([
      'locale added by CLI → B accepts it',
      await timeUntil(async () => (await b.http().get('/api/articles?locale=ka')).status === 200),
    ]);
    latencies.push([
      'locale added by CLI → A accepts it',
      await timeUntil(async () => (await http().get('/api/articles?locale=ka')).status === 200),
    ]);
  });
});
