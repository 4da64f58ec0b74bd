/*
 * Read benchmark (issue 5, point 9), not a test:
 *
 *   npm run bench -- [--documents 5000] [--duration 10] [--warmup 2] [--connections 32]
 *                    [--rounds 2] [--reseed] [--drop] [--no-indexes] [--only id,id]
 *
 * 1. Database `newsroom_bench` on the server of DATABASE_URL: reused when it already holds
 *    the same seed (same counts, generator and content model), else dropped and seeded again
 *    (--reseed forces it): Strapi's own start-up, sections and one twin article through the
 *    Document Service, then N documents × en/az/ru in bulk SQL (bench/lib/seed.ts).
 *    --drop drops it at the end.
 * 2. Three server processes on 127.0.0.1: the CMS with CMS_RESPONSE_CACHE=off, the CMS with
 *    the cache on (both NODE_ENV=production, log level error), and the raw ceiling (Koa + pg).
 * 3. The read-path indexes of database/migrations/ (--no-indexes drops them instead).
 * 4. Checks: a seeded article reads exactly like its Document Service twin (REST by-slug,
 *    stock filter, GraphQL; en, az, ru); the raw ceiling answers exactly like the CMS.
 * 5. autocannon, N connections; each scenario gets a warm-up and then `duration` seconds in
 *    `rounds` slices, the scenarios taking turns (forwards, then backwards) so that other work
 *    on the machine weighs on all of them alike. Slugs are drawn from all seeded az articles by
 *    a Zipf law (s = 1: a few articles get most of the reads, as on a news site).
 * 6. A table (req/s, p50/p90/p99, server CPU ms per request, RSS), the ratios, the targets;
 *    bench/results/read.json.
 *
 * The code under test is a snapshot of the compiled app taken at start (bench/results/.app-read),
 * so someone recompiling dist/ meanwhile does not change what is measured.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  EXIT,
  UsageError,
  parseCommandLine,
  projectRoot,
  runCli,
  wholeNumberOption,
} from '../../src/cli/boot';
import { runNewsroomBench } from './bench-newsroom';
import { runSearchBench } from './bench-search';
import { childEntry, removeSnapshot, snapshotCompiledApp } from '../lib/app-snapshot';
import { dropDatabase, withClient } from '../lib/bench-database';
import { freePort, readMemory, startChild, type Child } from '../lib/children';
import { firstDifference, withoutIdentity } from '../lib/compare';
import { ScenarioLoad, type LoadResult, type RequestSequence } from '../lib/load';
import { seededRandom, shuffled, zipfSampler } from '../lib/random';
import { computeRatios, evaluateTargets, fixed, formatTable, type ServerName } from '../lib/report';
import { prepareBenchDatabase, type SeededDatabase } from '../lib/seed';
import { BENCH_LOCALES } from '../lib/seed-data';
import { withBenchLocales } from '../lib/strapi-app';

const say = (line: string) => process.stdout.write(`${line}\n`);
const DATABASE = 'newsroom_bench';
const SEQUENCE_LENGTH = 200_000;
const PAGE_SIZE = 20;
const MIGRATION = '2025.11.25T00.00.00.read-path-indexes.js';

interface Options {
  documents: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  reseed: boolean;
  drop: boolean;
  indexes: boolean;
  only: Set<string> | null;
  seed: number;
  rounds: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      documents: { type: 'string', default: '5000' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '32' },
      reseed: { type: 'boolean', default: false },
      drop: { type: 'boolean', default: false },
      'no-indexes': { type: 'boolean', default: false },
      only: { type: 'string' },
      seed: { type: 'string', default: '20251124' },
      rounds: { type: 'string', default: '2' },
    },
  });
  return {
    documents: wholeNumberOption('documents', values.documents, 100, 200_000),
    durationSeconds: wholeNumberOption('duration', values.duration, 1, 120),
    warmupSeconds: wholeNumberOption('warmup', values.warmup, 0, 60),
    connections: wholeNumberOption('connections', values.connections, 1, 256),
    reseed: values.reseed === true,
    drop: values.drop === true,
    indexes: values['no-indexes'] !== true,
    only: values.only ? new Set(values.only.split(',').map((id) => id.trim())) : null,
    seed: wholeNumberOption('seed', values.seed, 0, 2 ** 31),
    rounds: wholeNumberOption('rounds', values.rounds, 1, 20),
  };
}

interface Scenario {
  id: string;
  label: string;
  server: ServerName;
  sequence: RequestSequence;
  /** One request of the sequence, for the table's "example" column and the JSON. */
  example: string;
}

const listPath = (page: number) =>
  `/api/articles?locale=az&pagination[page]=${page}&pagination[pageSize]=${PAGE_SIZE}`;

const ARTICLE_BY_SLUG_QUERY = `query ArticleBySlug($slug: String!, $locale: I18NLocaleCode!) {
  articleBySlug(slug: $slug, locale: $locale) {
    documentId title slug lead body dateline attributionLine originalReporting
    originalLanguage originalPublishedAt locale publishedAt updatedAt
    section { documentId name slug }
    sources { quotedAs originalUrl originalHeadline role source { name slug kind url verified } }
    translation { method from translator engine translatedAt status }
    alternates { locale slug title }
  }
}`;

/** The slugs requested, in order: article ranks drawn by Zipf over a shuffled slug list. */
function slugSequence(slugs: string[], seed: number): string[] {
  const random = seededRandom(seed);
  const byPopularity = shuffled(random, slugs);
  const rank = zipfSampler(random, byPopularity.length, 1);
  return Array.from({ length: SEQUENCE_LENGTH }, () => byPopularity[rank()]);
}

function scenarios(seeded: SeededDatabase, seed: number): Scenario[] {
  const slugs = slugSequence(seeded.azSlugs, seed);
  const pages = Math.ceil(seeded.counts.publishedAz / PAGE_SIZE);
  const pageRandom = seededRandom(seed + 1);
  const randomPages = Array.from(
    { length: SEQUENCE_LENGTH },
    () => 1 + Math.floor(pageRandom() * pages)
  );
  const get = (pathOf: (i: number) => string): RequestSequence => ({
    method: 'GET',
    at: (i) => ({ path: pathOf(i % SEQUENCE_LENGTH) }),
  });
  const stockSlug = get(
    (i) => `/api/articles?filters[slug][$eq]=${encodeURIComponent(slugs[i])}&locale=az`
  );
  const bySlug = get((i) => `/api/articles/by-slug/${encodeURIComponent(slugs[i])}?locale=az`);
  const listFirst = get(() => listPath(1));
  const listRandom = get((i) => listPath(randomPages[i]));
  const graphql: RequestSequence = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    at: (i) => ({
      path: '/graphql',
      body: JSON.stringify({
        query: ARTICLE_BY_SLUG_QUERY,
        variables: { slug: slugs[i % SEQUENCE_LENGTH], locale: 'az' },
      }),
    }),
  };
  const example = (sequence: RequestSequence) => sequence.at(0).path;
  const all: Omit<Scenario, 'example'>[] = [
    {
      id: 'stock-slug-off',
      label: 'stock filters[slug][$eq] (cache off)',
      server: 'strapi-cache-off',
      sequence: stockSlug,
    },
    {
      id: 'by-slug-off',
      label: 'by-slug (cache off)',
      server: 'strapi-cache-off',
      sequence: bySlug,
    },
    {
      id: 'graphql-by-slug',
      label: 'GraphQL articleBySlug (cache off)',
      server: 'strapi-cache-off',
      sequence: graphql,
    },
    {
      id: 'list-p1-off',
      label: 'stock list, page 1 (cache off)',
      server: 'strapi-cache-off',
      sequence: listFirst,
    },
    {
      id: 'list-random-off',
      label: 'stock list, random page (cache off)',
      server: 'strapi-cache-off',
      sequence: listRandom,
    },
    { id: 'by-slug-on', label: 'by-slug (cache on)', server: 'strapi-cache-on', sequence: bySlug },
    {
      id: 'stock-slug-on',
      label: 'stock filters[slug][$eq] (cache on)',
      server: 'strapi-cache-on',
      sequence: stockSlug,
    },
    {
      id: 'list-p1-on',
      label: 'list, page 1 (cache on)',
      server: 'strapi-cache-on',
      sequence: listFirst,
    },
    {
      id: 'list-random-on',
      label: 'list, random page (cache on)',
      server: 'strapi-cache-on',
      sequence: listRandom,
    },
    { id: 'raw-by-slug', label: 'raw ceiling: by-slug', server: 'raw', sequence: bySlug },
    { id: 'raw-list-p1', label: 'raw ceiling: list, page 1', server: 'raw', sequence: listFirst },
    {
      id: 'raw-list-random',
      label: 'raw ceiling: list, random page',
      server: 'raw',
      sequence: listRandom,
    },
  ];
  return all.map((scenario) => ({ ...scenario, example: example(scenario.sequence) }));
}

interface DistinctRequests {
  /** Different requests (URL + body) among those of the measured run. */
  distinct: number;
  /** Of those, how many were not asked before the measured run: at most this many cache misses. */
  firstSeen: number;
}

function distinctRequests(
  sequence: RequestSequence,
  range: { from: number; to: number }
): DistinctRequests {
  const key = (i: number) => {
    const entry = sequence.at(i);
    return `${entry.path} ${entry.body ?? ''}`;
  };
  const before = new Set<string>();
  for (let i = 0; i < Math.min(range.from, SEQUENCE_LENGTH); i += 1) before.add(key(i));
  const during = new Set<string>();
  for (let i = range.from; i < Math.min(range.to, range.from + SEQUENCE_LENGTH); i += 1)
    during.add(key(i));
  let firstSeen = 0;
  for (const request of during) if (!before.has(request)) firstSeen += 1;
  return { distinct: during.size, firstSeen };
}

/** Creates the read-path indexes (as bootstrap will), or drops them for a run without. */
async function setReadPathIndexes(url: string, root: string, wanted: boolean): Promise<string[]> {
  const migration = (await import(path.join(root, 'database', 'migrations', MIGRATION))) as {
    READ_PATH_INDEXES: { table: string; name: string; sql: string }[];
  };
  return withClient(url, async (client) => {
    for (const index of migration.READ_PATH_INDEXES) {
      if (wanted) await client.query(index.sql);
      else await client.query(`DROP INDEX IF EXISTS ${index.name}`);
    }
    const { rows } = await client.query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE tablename = 'articles' ORDER BY indexname`
    );
    return rows.map((row) => row.indexname);
  });
}

function serverEnv(
  seeded: SeededDatabase,
  port: number,
  extra: NodeJS.ProcessEnv
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: seeded.url,
    BENCH_DATABASE_URL: seeded.url,
    PORT: String(port),
    CMS_LOCALES: withBenchLocales(process.env.CMS_LOCALES, BENCH_LOCALES),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'error',
    ...extra,
  };
}

async function startServer(
  name: ServerName,
  distDir: string,
  seeded: SeededDatabase
): Promise<{ child: Child; baseUrl: string; bootSeconds: number }> {
  const port = await freePort();
  const entry = childEntry(distDir, name === 'raw' ? 'raw-server.js' : 'strapi-server.js');
  const cache = name === 'strapi-cache-on' ? 'on' : 'off';
  const started = Date.now();
  const child = startChild(name, entry, serverEnv(seeded, port, { CMS_RESPONSE_CACHE: cache }));
  await child.next('ready', 180_000);
  return { child, baseUrl: `http://127.0.0.1:${port}`, bootSeconds: (Date.now() - started) / 1000 };
}

async function getJson(
  url: string,
  init?: RequestInit
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the error message
  }
  return { status: response.status, body };
}

async function expectOk(url: string, init?: RequestInit): Promise<unknown> {
  const { status, body } = await getJson(url, init);
  if (status !== 200)
    throw new Error(`${url}: HTTP ${status} ${JSON.stringify(body).slice(0, 300)}`);
  return body;
}

/** A seeded article must read like its twin written through the Document Service. */
async function checkTwin(baseUrl: string, seeded: SeededDatabase): Promise<string[]> {
  const checked: string[] = [];
  for (const locale of BENCH_LOCALES) {
    const sqlSlug = seeded.twin.sqlSlugs[locale];
    const twinSlug = seeded.twin.documentServiceSlugs[locale];
    const read = async (slug: string) =>
      (
        (await expectOk(
          `${baseUrl}/api/articles/by-slug/${encodeURIComponent(slug)}?locale=${locale}`
        )) as { data: unknown }
      ).data;
    const stock = async (slug: string) =>
      (
        (await expectOk(
          `${baseUrl}/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}&locale=${locale}`
        )) as { data: unknown[] }
      ).data[0];
    const graphql = async (slug: string) =>
      (
        (await expectOk(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: ARTICLE_BY_SLUG_QUERY, variables: { slug, locale } }),
        })) as { data: { articleBySlug: unknown } }
      ).data.articleBySlug;
    for (const [how, read1] of [
      ['by-slug', read],
      ['stock filter', stock],
      ['GraphQL', graphql],
    ] as const) {
      const seededVersion = await read1(sqlSlug);
      const twin = await read1(twinSlug);
      if (!seededVersion || !twin) throw new Error(`twin check: ${how} ${locale} found nothing`);
      const difference = firstDifference(withoutIdentity(seededVersion), withoutIdentity(twin));
      if (difference) {
        throw new Error(
          `a seeded article does not read like its Document Service twin (${how}, ${locale}): ${difference}`
        );
      }
      checked.push(`${how} ${locale}`);
    }
  }
  return checked;
}

/** What the CMS answers for a few reads, to hold the raw ceiling to (exact equality). */
async function referenceAnswers(
  baseUrl: string,
  scenarioList: Scenario[]
): Promise<Map<string, unknown>> {
  const paths = new Set<string>();
  const bySlug = scenarioList.find((s) => s.id === 'by-slug-off');
  if (bySlug) for (let i = 0; i < 2000; i += 200) paths.add(bySlug.sequence.at(i).path);
  paths.add(listPath(1));
  paths.add(listPath(37));
  const answers = new Map<string, unknown>();
  for (const p of paths) answers.set(p, await expectOk(`${baseUrl}${p}`));
  return answers;
}

async function checkRaw(baseUrl: string, reference: Map<string, unknown>): Promise<number> {
  for (const [p, expected] of reference) {
    const actual = await expectOk(`${baseUrl}${p}`);
    const difference = firstDifference(actual, expected);
    if (difference)
      throw new Error(`the raw ceiling answers ${p} differently from the CMS: ${difference}`);
  }
  return reference.size;
}

/** Every scenario's first request must succeed before any is measured. */
async function checkScenario(baseUrl: string, scenario: Scenario): Promise<void> {
  const first = scenario.sequence.at(0);
  const init: RequestInit | undefined = first.body
    ? { method: 'POST', headers: scenario.sequence.headers, body: first.body }
    : undefined;
  const body = (await expectOk(`${baseUrl}${first.path}`, init)) as {
    errors?: unknown;
    data?: unknown;
  };
  if (body.errors) throw new Error(`${scenario.id}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  const data = body.data as unknown;
  const empty = Array.isArray(data)
    ? data.length === 0
    : !data || (typeof data === 'object' && Object.values(data as object).every((v) => v === null));
  if (empty) throw new Error(`${scenario.id}: ${first.path} returned no article`);
}

async function pgVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]
      .server_version;
  } finally {
    await client.end();
  }
}

async function main(argv: string[]): Promise<number> {
  // `npm run bench -- --scenario newsroom`: the busy-newsroom benchmark (bench-newsroom.ts);
  // `--scenario search`: the search benchmark (bench-search.ts).
  if (argv.includes('--scenario')) {
    const scenario = argv[argv.indexOf('--scenario') + 1];
    if (scenario === 'newsroom') return runNewsroomBench(argv);
    if (scenario === 'search') return runSearchBench(argv);
    throw new UsageError(`unknown --scenario "${scenario}" (newsroom, search)`);
  }
  const options = parseOptions(argv);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new UsageError('DATABASE_URL is not set; run through `npm run bench`.');
  const root = projectRoot();
  const distDir = snapshotCompiledApp(root, '.app-read');
  const runStarted = Date.now();
  const loadBefore = os.loadavg();

  const seeded = await prepareBenchDatabase({
    serverUrl,
    database: DATABASE,
    documents: options.documents,
    reseed: options.reseed,
    distDir,
    seed: options.seed,
    say,
  });
  say(
    `database ${DATABASE}: ${JSON.stringify(seeded.counts)} (${seeded.reused ? 'reused' : 'seeded'} in ${seeded.seconds.toFixed(1)} s)`
  );

  const list = scenarios(seeded, options.seed).filter(
    (s) => !options.only || options.only.has(s.id)
  );
  const measures: Record<
    string,
    LoadResult & {
      label: string;
      server: ServerName;
      example: string;
      distinctRequests: DistinctRequests;
    }
  > = {};
  const serverInfo: Partial<
    Record<ServerName, { bootSeconds: number; peakRssMb: number; idleRssMb: number }>
  > = {};
  const checks: Record<string, unknown> = {};
  let indexes: string[] = [];
  let failed = false;

  const order: ServerName[] = ['strapi-cache-off', 'strapi-cache-on', 'raw'];
  const needed = order.filter(
    (name) =>
      list.some((s) => s.server === name) ||
      (name === 'strapi-cache-off' && list.some((s) => s.server === 'raw'))
  );
  const servers = new Map<ServerName, { child: Child; baseUrl: string }>();
  try {
    // All servers up before any is measured: their scenarios take turns (see --rounds).
    for (const name of needed) {
      const { child, baseUrl, bootSeconds } = await startServer(name, distDir, seeded);
      servers.set(name, { child, baseUrl });
      const idleRssMb = readMemory(child.pid)?.rssMb ?? 0;
      serverInfo[name] = { bootSeconds, idleRssMb, peakRssMb: 0 };
      say(
        `[${name}] pid ${child.pid}, up in ${bootSeconds.toFixed(1)} s, RSS ${idleRssMb.toFixed(0)} MB`
      );
    }
    // After the servers' own start-up, which may make the indexes itself.
    indexes = await setReadPathIndexes(seeded.url, root, options.indexes);
    say(`[indexes] articles: ${indexes.join(', ')}`);

    const cacheOff = servers.get('strapi-cache-off');
    if (cacheOff) {
      checks.twin = await checkTwin(cacheOff.baseUrl, seeded);
      say(
        `[check] seeded article 0 reads exactly like its Document Service twin: ${(checks.twin as string[]).join(', ')}`
      );
    }
    const raw = servers.get('raw');
    if (raw && cacheOff) {
      const reference = await referenceAnswers(cacheOff.baseUrl, scenarios(seeded, options.seed));
      checks.rawIdentical = await checkRaw(raw.baseUrl, reference);
      say(`[check] the raw ceiling answers ${checks.rawIdentical} reads exactly like the CMS`);
    }

    const loads = new Map<string, ScenarioLoad>();
    for (const scenario of list) {
      const server = servers.get(scenario.server) as { child: Child; baseUrl: string };
      await checkScenario(server.baseUrl, scenario);
      loads.set(
        scenario.id,
        new ScenarioLoad(
          {
            baseUrl: server.baseUrl,
            connections: options.connections,
            serverPid: server.child.pid,
          },
          scenario.sequence
        )
      );
    }
    const sliceSeconds = options.durationSeconds / options.rounds;
    for (let round = 1; round <= options.rounds; round += 1) {
      // Odd rounds forwards, even rounds backwards: a drift in background load cancels out.
      const turn = round % 2 === 1 ? list : [...list].reverse();
      say(
        `\nround ${round}/${options.rounds} (${sliceSeconds} s per scenario${round === 1 ? `, after a ${options.warmupSeconds} s warm-up` : ''})`
      );
      for (const scenario of turn) {
        const load = loads.get(scenario.id) as ScenarioLoad;
        if (round === 1) await load.warmUp(options.warmupSeconds);
        const perSecond = await load.measureSlice(sliceSeconds);
        say(`  ${scenario.label.padEnd(40)} ${fixed(perSecond, 0).padStart(7)} req/s`);
      }
    }
    for (const scenario of list) {
      const result = (loads.get(scenario.id) as ScenarioLoad).result();
      measures[scenario.id] = {
        ...result,
        label: scenario.label,
        server: scenario.server,
        example: scenario.example,
        distinctRequests: distinctRequests(scenario.sequence, result.sequence),
      };
      if (result.non2xx + result.errors + result.timeouts > 0) failed = true;
    }
    for (const [name, server] of servers) {
      const info = serverInfo[name];
      if (info) info.peakRssMb = readMemory(server.child.pid)?.peakMb ?? 0;
    }
  } finally {
    for (const server of servers.values()) await server.child.stop();
  }

  const ratios = computeRatios(measures);
  const serverPeaks = Object.fromEntries(
    Object.entries(serverInfo).map(([name, info]) => [name, info?.peakRssMb ?? 0])
  ) as Partial<Record<ServerName, number>>;
  const targets = evaluateTargets(measures, serverPeaks);

  say(
    `\nRead benchmark: ${seeded.counts.documents} documents × ${BENCH_LOCALES.length} locales, ` +
      `${options.connections} connections, ${options.warmupSeconds} s warm-up + ` +
      `${options.durationSeconds} s per row in ${options.rounds} slices, ${os.cpus().length} CPUs ` +
      `(load average ${loadBefore.map((v) => v.toFixed(1)).join(' ')} at start, ` +
      `${os
        .loadavg()
        .map((v) => v.toFixed(1))
        .join(' ')} at end), read-path indexes ` +
      `${options.indexes ? 'on' : 'OFF'}\n`
  );
  say(
    formatTable(
      [
        'scenario',
        'req/s',
        'slices',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'CPU ms/req',
        'KB/resp',
        'RSS MB',
        'errors',
      ],
      Object.values(measures).map((m) => [
        m.label,
        fixed(m.requestsPerSecond, 0),
        m.sliceRequestsPerSecond.map((v) => fixed(v, 0)).join('/'),
        fixed(m.latencyMs.p50, 0),
        fixed(m.latencyMs.p90, 0),
        fixed(m.latencyMs.p99, 0),
        fixed(m.serverCpuMsPerRequest, 2),
        fixed(m.bytesPerResponse / 1024, 1),
        fixed(m.serverPeakRssMb, 0),
        m.non2xx + m.errors + m.timeouts,
      ])
    )
  );
  const cached = measures['by-slug-on'];
  if (cached) {
    say(
      `\nby-slug (cache on): ${cached.distinctRequests.distinct} distinct slugs in the measured run, ` +
        `${cached.distinctRequests.firstSeen} of them not requested before it (at most that many cache misses ` +
        `of ${cached.requests} requests)`
    );
  }
  say('');
  say(
    formatTable(
      ['server process', 'boot s', 'idle RSS MB', 'peak RSS MB (VmHWM)'],
      Object.entries(serverInfo).map(([name, info]) => [
        name,
        fixed(info?.bootSeconds),
        fixed(info?.idleRssMb, 0),
        fixed(info?.peakRssMb, 0),
      ])
    )
  );
  say('');
  say(
    formatTable(
      ['ratio', 'req/s ×', 'per CPU ms ×'],
      ratios.map((r) => [r.name, fixed(r.value, 2), fixed(r.cpuValue, 2)])
    )
  );
  say('');
  say(
    formatTable(
      ['target', 'measured', 'wanted', 'met'],
      targets.map((t) => [t.name, fixed(t.value, 2), t.wanted, t.met ? 'yes' : 'NO'])
    )
  );

  const outFile = path.join(root, 'bench', 'results', 'read.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        benchmark: 'read',
        finishedAt: new Date().toISOString(),
        seconds: (Date.now() - runStarted) / 1000,
        machine: {
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model,
          memoryMb: Math.round(os.totalmem() / 1048576),
          node: process.version,
          postgres: await pgVersion(seeded.url),
          loadAverageAtStart: loadBefore,
          loadAverageAtEnd: os.loadavg(),
        },
        settings: {
          documents: options.documents,
          locales: BENCH_LOCALES,
          connections: options.connections,
          warmupSeconds: options.warmupSeconds,
          durationSeconds: options.durationSeconds,
          slugDistribution: `Zipf s=1 over all ${seeded.azSlugs.length} seeded az slugs (shuffled), ${SEQUENCE_LENGTH} requests long; every scenario replays it from the start`,
          listPages: `page 1, or a uniformly random page of ${PAGE_SIZE}`,
          readPathIndexes: options.indexes,
          strapi: {
            NODE_ENV: 'production',
            logLevel: 'error',
            responseCache: { off: 'CMS_RESPONSE_CACHE=off', on: 'default' },
          },
        },
        database: {
          name: DATABASE,
          reused: seeded.reused,
          seedSeconds: seeded.seconds,
          counts: seeded.counts,
          articleIndexes: indexes,
        },
        checks,
        servers: serverInfo,
        scenarios: measures,
        ratios,
        targets,
      },
      null,
      2
    )}\n`
  );
  say(`\nwritten: ${path.relative(root, outFile)}`);

  removeSnapshot(distDir);
  if (options.drop) {
    await dropDatabase(serverUrl, DATABASE);
    say(`dropped ${DATABASE}`);
  }
  if (failed) {
    say('some requests failed (see the errors column): the figures above are not valid');
    return EXIT.failed;
  }
  return EXIT.ok;
}

runCli(main);
