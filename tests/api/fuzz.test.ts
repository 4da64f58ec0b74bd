/*
 * A seeded, bounded fuzz run: over a thousand hostile inputs across the public REST routes, the
 * custom article routes, GraphQL and the token-protected writes. Whatever comes in, the answer
 * is a 4xx in Strapi's error shape (GraphQL's shape on /graphql) or a 2xx where the input
 * happens to be valid; never a 5xx, an SQL text or a stack trace; the server keeps answering;
 * a refused write changes nothing stored.
 *
 * The seed is printed; FUZZ_SEED=<seed> replays the same inputs. FUZZ_INPUTS scales the run.
 */
import net from 'node:net';
import type { Response } from 'supertest';
import { anArticle, unique } from '../harness/builders';
import {
  ARTICLE_WRITE_FIELDS,
  deepBlocksJson,
  hostileFieldValue,
  hostileGraphQL,
  hostileQuery,
  hostileScalar,
  hostileSegment,
  seededRandom,
  toQueryString,
  type Random,
} from '../harness/hostile';
import { pickOne, randomInt } from '../../bench/lib/random';
import { apiToken, bootStrapi, http, stopStrapi, strapiInstance } from '../harness/strapi';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SCALE = Number(process.env.FUZZ_INPUTS ?? 1200) / 1200;
const count = (n: number) => Math.max(1, Math.round(n * SCALE));

jest.setTimeout(900_000); // bounded by input count, not by time; a busy machine is slow

let token: string;
const auth = () => ({ Authorization: `Bearer ${token}` });
const known = { documentIds: [] as string[], slugs: [] as string[], sectionIds: [] as string[] };

const statuses = new Map<number, number>();
const failures: string[] = [];
let inputs = 0;

/** SQL a database error would carry, or a stack frame. */
const LEAK =
  /\b(select|insert into|update|delete from)\b[^"]{0,300}\b(from|where|values|set|returning)\b|syntax error at or near|invalid input syntax|violates .* constraint|\bat [^ ]+ \([^)]*\.js:\d+:\d+\)|stacktrace/i;

function record(label: string, response: Response, kind: 'rest' | 'graphql'): void {
  inputs += 1;
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`status ${response.status}`);
  const text = response.text ?? '';
  if (kind === 'rest' && response.status >= 400) {
    const error = response.body?.error;
    if (response.body?.data !== null) problems.push('data is not null');
    if (!error || error.status !== response.status) problems.push('error.status missing or wrong');
    if (typeof error?.name !== 'string' || typeof error?.message !== 'string') {
      problems.push('error.name/message missing');
    }
    if (error && (typeof error.details !== 'object' || error.details === null)) {
      problems.push('error.details is not an object');
    }
    if (LEAK.test(text)) problems.push('leaks SQL or a stack trace');
  }
  if (kind === 'graphql') {
    const errors = (response.body?.errors ?? []) as {
      message: string;
      extensions?: { code?: string };
    }[];
    if (response.status >= 400 && errors.length === 0) problems.push('4xx without errors');
    for (const error of errors) {
      if (error.extensions?.code === 'INTERNAL_SERVER_ERROR')
        problems.push(`internal error: ${error.message}`);
    }
    if (errors.length > 0 && LEAK.test(JSON.stringify(errors)))
      problems.push('leaks SQL or a stack trace');
  }
  if (problems.length > 0) {
    failures.push(`${label} → ${response.status} (${problems.join('; ')}): ${text.slice(0, 300)}`);
  }
}

async function stillAnswering(): Promise<void> {
  const response = await http().get('/api/articles?locale=en');
  if (response.status !== 200) failures.push(`liveness read → ${response.status}`);
}

const truncate = (value: string) => (value.length > 200 ? `${value.slice(0, 200)}…` : value);

beforeAll(async () => {
  await bootStrapi();
  token = await apiToken();
  console.log(`[fuzz] seed ${SEED} (FUZZ_SEED=${SEED} replays this run)`);
  const section = await http()
    .post('/api/sections?locale=en')
    .set(auth())
    .send({ data: { name: unique('Fuzz section') } })
    .expect(201);
  known.sectionIds.push(section.body.data.documentId);
  for (const locale of ['en', 'az']) {
    const created = await http()
      .post(`/api/articles?locale=${locale}`)
      .set(auth())
      .send({ data: anArticle({ lead: 'According to Reuters, a fuzz fixture.' }) })
      .expect(201);
    known.documentIds.push(created.body.data.documentId);
    known.slugs.push(created.body.data.slug);
  }
});

afterAll(async () => {
  const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
  console.log(
    `[fuzz] seed ${SEED}: ${inputs} inputs; statuses ${summary.join(', ')}; ${failures.length} failures`
  );
  await stopStrapi();
});

describe(`fuzz (seed ${SEED})`, () => {
  it('public REST reads with hostile query strings: 4xx in Strapi shape or 2xx, never 5xx', async () => {
    const random = seededRandom(SEED);
    const routes: [string, string][] = [
      ['/api/articles', 'articles'],
      ['/api/sections', 'sections'],
      ['/api/sources', 'sources'],
      ['/api/articles/{id}', 'articles'],
      ['/api/sections/{id}', 'sections'],
      ['/api/articles/by-slug/{slug}', 'articles'],
      ['/api/articles/{id}/attribution', 'articles'],
      ['/api/articles/{id}/jsonld', 'articles'],
    ];
    for (let i = 0; i < count(600); i += 1) {
      const [template, type] = pickOne(random, routes);
      const path = template
        .replace('{id}', pickOne(random, [...known.documentIds, 'nope']))
        .replace('{slug}', pickOne(random, [...known.slugs, 'nope']));
      const query = toQueryString(hostileQuery(random, type));
      const url = `${path}?${query}`;
      record(`GET ${truncate(url)}`, await http().get(url), 'rest');
      if (i % 100 === 99) await stillAnswering();
    }
    expect(failures).toEqual([]);
  });

  it('hostile paths, headers and oversized URLs on every article route', async () => {
    const random = seededRandom(SEED + 1);
    const templates = [
      '/api/articles/{s}',
      '/api/articles/by-slug/{s}',
      '/api/articles/{s}/attribution',
      '/api/articles/{s}/jsonld',
      '/api/sections/{s}',
      '/api/sources/{s}',
      '/api/{s}',
      '/api/articles/translation-status?locale={s}',
    ];
    for (let i = 0; i < count(150); i += 1) {
      const url = pickOne(random, templates).replace(
        '{s}',
        hostileSegment(random, known.documentIds)
      );
      const request = http().get(url);
      const header = randomInt(random, 0, 4);
      if (header === 1)
        request.set(
          'Authorization',
          `Bearer ${hostileScalar(random).replace(/[^\x20-\x7e]/g, '')}`
        );
      if (header === 2)
        request.set(
          'Authorization',
          pickOne(random, ['Basic Zm9vOmJhcg==', 'Bearer', 'x'.repeat(8000)])
        );
      if (header === 3)
        request.set('Accept', pickOne(random, ['*/*', 'text/html', 'application/x-nope;q=x']));
      if (header === 4) request.set('X-Forwarded-For', 'x'.repeat(4000));
      record(`GET ${truncate(url)} (header ${header})`, await request, 'rest');
    }
    for (const size of [17_000, 40_000, 70_000, 200_000]) {
      const url = `/api/articles?filters[title][$eq]=${'x'.repeat(size)}`;
      record(`GET /api/articles (URL of ${size} bytes)`, await http().get(url), 'rest');
    }
    await stillAnswering();
    expect(failures).toEqual([]);
  });

  it('malformed HTTP gets Strapi-shaped 400 and 431 answers from below Koa', async () => {
    const server = strapiInstance().server.httpServer;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const raw = (payload: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write(payload));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk));
        socket.on('close', () => resolve(answer));
        socket.on('error', () => resolve(answer));
      });
    try {
      for (const payload of [
        'GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\n\r\n',
        'NOT HTTP AT ALL\r\n\r\n',
        `GET /api/articles?q=${'a'.repeat(70_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
        `GET /api/articles HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(70_000)}\r\n\r\n`,
      ]) {
        const answer = await raw(payload);
        inputs += 1;
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect([400, 431]).toContain(status);
        const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
        expect(body).toEqual({
          data: null,
          error: { status, name: expect.any(String), message: expect.any(String), details: {} },
        });
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('hostile GraphQL documents, arguments and variables: 4xx or 2xx, no internal error, no SQL', async () => {
    const random = seededRandom(SEED + 2);
    for (let i = 0; i < count(300); i += 1) {
      const body = hostileGraphQL(random, known.slugs);
      const request = http().post('/graphql').set('Content-Type', 'application/json');
      if (random() < 0.3) request.set(auth());
      record(`POST /graphql ${truncate(body)}`, await request.send(body), 'graphql');
      if (i % 100 === 99) await stillAnswering();
    }
    expect(failures).toEqual([]);
  });

  describe('token-protected writes', () => {
    let tables: string[] = [];

    /** A digest of every content row: a refused write must leave it as it was. */
    async function storedDigest(): Promise<string> {
      const knex = strapiInstance().db.connection;
      const union = tables
        .map((table) => `SELECT '${table}:' || t::text AS row FROM "${table}" t`)
        .join(' UNION ALL ');
      const result = (await knex.raw(
        `SELECT md5(coalesce(string_agg(row, '|' ORDER BY row), '')) AS digest FROM (${union}) rows`
      )) as {
        rows: { digest: string }[];
      };
      return result.rows[0].digest;
    }

    beforeAll(async () => {
      const result = (await strapiInstance().db.connection.raw(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
           AND (table_name LIKE 'articles%' OR table_name LIKE 'sections%'
                OR table_name LIKE 'sources%' OR table_name LIKE 'components_%')`
      )) as { rows: { table_name: string }[] };
      tables = result.rows.map((row) => row.table_name);
    });

    async function write(
      label: string,
      send: () => Promise<Response>,
      kind: 'rest' | 'graphql' = 'rest'
    ) {
      const before = await storedDigest();
      const response = await send();
      record(label, response, kind);
      const refused =
        response.status >= 400 ||
        (kind === 'graphql' && (response.body?.errors?.length ?? 0) > 0 && !response.body?.data);
      if (refused && (await storedDigest()) !== before) {
        failures.push(`${label} → ${response.status} was refused but changed stored data`);
      }
    }

    function hostileArticle(random: Random): Record<string, unknown> {
      const data: Record<string, unknown> = { ...anArticle() };
      for (let i = randomInt(random, 1, 3); i > 0; i -= 1) {
        const field = pickOne(random, ARTICLE_WRITE_FIELDS);
        data[field] = hostileFieldValue(random, field);
      }
      return data;
    }

    it('REST creates, updates and imports with hostile values', async () => {
      const random = seededRandom(SEED + 3);
      for (let i = 0; i < count(160); i += 1) {
        const data = hostileArticle(random);
        const locale = pickOne(random, ['en', 'az', 'en', 'xx', '\u0000']);
        switch (randomInt(random, 0, 4)) {
          case 0:
          case 1:
            await write(`POST /api/articles ${truncate(JSON.stringify(data))}`, () =>
              http()
                .post(`/api/articles?locale=${encodeURIComponent(locale)}`)
                .set(auth())
                .send({ data })
            );
            break;
          case 2: {
            const id = pickOne(random, known.documentIds);
            await write(`PUT /api/articles/${id} ${truncate(JSON.stringify(data))}`, () =>
              http()
                .put(`/api/articles/${id}?locale=${encodeURIComponent(locale)}`)
                .set(auth())
                .send({ data })
            );
            break;
          }
          case 3: {
            const body = {
              locale,
              text: pickOne(random, [
                hostileScalar(random),
                `Başlıq\n\n${hostileScalar(random)} Reuters agentliyinin verdiyi məlumata görə`,
              ]),
              originalUrl: pickOne(random, [
                undefined,
                hostileScalar(random),
                'https://example.com/x',
              ]),
              section: pickOne(random, [undefined, hostileScalar(random), 5, {}]),
            };
            await write(`POST /api/articles/import ${truncate(JSON.stringify(body))}`, () =>
              http().post('/api/articles/import').set(auth()).send(body)
            );
            break;
          }
          default: {
            const type = pickOne(random, ['sections', 'sources']);
            const name = pickOne(random, [
              hostileScalar(random),
              hostileFieldValue(random, 'name'),
            ]);
            const extra =
              type === 'sources'
                ? { aliases: hostileFieldValue(random, 'aliases'), kind: hostileScalar(random) }
                : {};
            await write(`POST /api/${type} ${truncate(JSON.stringify({ name, ...extra }))}`, () =>
              http()
                .post(`/api/${type}?locale=en`)
                .set(auth())
                .send({ data: { name, ...extra } })
            );
          }
        }
      }
      for (const [label, raw] of [
        [
          'blocks nested 3,000 deep',
          `{"data":{"title":"Deep","originalReporting":true,"body":${deepBlocksJson(3000)}}}`,
        ],
        [
          'lead nested 5,000 deep',
          `{"data":{"title":"Deep","lead":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}`,
        ],
        [
          'a body that is a string',
          '{"data":{"title":"Plain body","originalReporting":true,"body":"just text"}}',
        ],
        ['malformed JSON', '{"data":{"title":'],
        ['JSON that is not an object', '"data"'],
      ]) {
        await write(`POST /api/articles (${label})`, () =>
          http()
            .post('/api/articles?locale=en')
            .set(auth())
            .set('Content-Type', 'application/json')
            .send(raw)
        );
      }
      await stillAnswering();
      expect(failures).toEqual([]);
    });

    it('GraphQL mutations with hostile values', async () => {
      const random = seededRandom(SEED + 4);
      for (let i = 0; i < count(80); i += 1) {
        const data = hostileArticle(random);
        const id = pickOne(random, known.documentIds);
        const body = {
          query: `mutation($id: ID!, $data: ArticleInput!) { updateArticle(documentId: $id, locale: "en", data: $data) { documentId title } }`,
          variables: {
            id,
            data: { title: data.title, lead: data.lead, body: data.body, dateline: data.dateline },
          },
        };
        await write(
          `POST /graphql updateArticle ${truncate(JSON.stringify(body.variables))}`,
          () => http().post('/graphql').set(auth()).send(body),
          'graphql'
        );
      }
      await stillAnswering();
      expect(failures).toEqual([]);
    });
  });

  it('ran at least 1,000 hostile inputs', () => {
    if (SCALE >= 1) expect(inputs).toBeGreaterThanOrEqual(1000);
  });
});
