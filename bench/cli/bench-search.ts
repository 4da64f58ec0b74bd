/*
 * The search benchmark (issue 15, point 3: "p99 < 50 ms at 50,000 articles and 32
 * connections"), not a test:
 *
 *   npm run bench -- --scenario search [--documents 50000] [--duration 20] [--warmup 3]
 *                    [--connections 32] [--rounds 2] [--reseed] [--drop] [--only id,id]
 *
 * 1. Database `newsroom_bench_search`: N articles published in Azerbaijani, each also in one of
 *    en/ru/tr (bench/lib/search-corpus.ts, bench/lib/search-seed.ts); reused when it holds the
 *    same seed.
 * 2. Servers: the CMS with its response cache off (the search itself), the CMS with the cache
 *    on (as deployed), and the search's own SQL behind a bare Koa server (search-raw-server.ts).
 * 3. Requests: a seeded mix of what a search box sends (single words, two words, the last word
 *    still being typed, İLHAM/ilham/ILHAM case variants, made-up rare names, section and
 *    source filters, page 2; az 65 %, tr 15 %, en 10 %, ru 10 %), and the baseline: the same
 *    words through stock Strapi `filters[title][$containsi]`.
 * 4. Checks: every distinct request of the first part of the sequence answers 200 on the CMS;
 *    the raw server answers exactly like the CMS; a fingerprint of the answers is recorded (a
 *    change to the search SQL must leave it unchanged).
 * 5. The statements' own time: EXPLAIN ANALYZE of the search SQL for each kind of request, one
 *    at a time (no load).
 * 6. Load: autocannon, the scenarios taking turns in slices (as `npm run bench`); req/s,
 *    p50/p90/p99, server CPU ms per request; bench/results/search.json.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import {
  EXIT,
  UsageError,
  parseCommandLine,
  projectRoot,
  wholeNumberOption,
} from '../../src/cli/boot';
import { parseSearchRequest } from '../../src/site/search';
import { searchPublishedArticles } from '../../src/site/search-query';
import { childEntry, removeSnapshot, snapshotCompiledApp } from '../lib/app-snapshot';
import { dropDatabase } from '../lib/bench-database';
import { freePort, startChild, type Child } from '../lib/children';
import { firstDifference } from '../lib/compare';
import { ScenarioLoad, type LoadResult, type RequestSequence } from '../lib/load';
import { pickOne, seededRandom, zipfSampler } from '../lib/random';
import { fixed, formatTable } from '../lib/report';
import { SEARCH_LOCALES, SEARCH_VOCABULARY, type SearchLocale } from '../lib/search-corpus';
import { prepareSearchDatabase, type SearchDatabase } from '../lib/search-seed';
import { withBenchLocales } from '../lib/strapi-app';

const say = (line: string) => process.stdout.write(`${line}\n`);
const DATABASE = 'newsroom_bench_search';
const SEQUENCE_LENGTH = 100_000;
const PAGE_SIZE = 10;
/** Distinct requests checked (status, raw = CMS) and fingerprinted before measuring. */
const CHECKED = 400;
const TARGET_P99_MS = 50;
const STOCK_CHECKED = 20;
/** Of the checked requests, how many are timed alone with EXPLAIN ANALYZE. */
const SQL_TIMED = 200;

interface Options {
  documents: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  rounds: number;
  reseed: boolean;
  drop: boolean;
  only: Set<string> | null;
  seed: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseCommandLine({
    args: argv.filter((arg, i) => arg !== '--scenario' && argv[i - 1] !== '--scenario'),
    options: {
      documents: { type: 'string', default: '50000' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '32' },
      rounds: { type: 'string', default: '2' },
      reseed: { type: 'boolean', default: false },
      drop: { type: 'boolean', default: false },
      only: { type: 'string' },
      seed: { type: 'string', default: '20261201' },
    },
  });
  return {
    documents: wholeNumberOption('documents', values.documents, 100, 500_000),
    durationSeconds: wholeNumberOption('duration', values.duration, 1, 600),
    warmupSeconds: wholeNumberOption('warmup', values.warmup, 0, 60),
    connections: wholeNumberOption('connections', values.connections, 1, 256),
    rounds: wholeNumberOption('rounds', values.rounds, 1, 20),
    reseed: values.reseed === true,
    drop: values.drop === true,
    only: values.only ? new Set(values.only.split(',').map((id) => id.trim())) : null,
    seed: wholeNumberOption('seed', values.seed, 0, 2 ** 31),
  };
}

/** One search as a reader sends it. */
export interface SearchSpec {
  kind: string;
  locale: SearchLocale;
  q: string;
  section?: string;
  source?: string;
  page?: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string) => (text.match(WORD) ?? []).filter((word) => [...word].length >= 4);

/** The request mix, drawn with a seeded generator; popular words by a Zipf law. */
export function searchSpecs(seeded: SearchDatabase, seed: number, length: number): SearchSpec[] {
  const random = seededRandom(seed);
  const vocabulary = (locale: SearchLocale) => ({
    topic: [...new Set(SEARCH_VOCABULARY.topicWords.flatMap((t) => t[locale].flatMap(wordsOf)))],
    places: SEARCH_VOCABULARY.places.map((place) => place[locale]),
    people: SEARCH_VOCABULARY.people.map((person) => person[locale].split(' ')),
  });
  const words = Object.fromEntries(SEARCH_LOCALES.map((l) => [l, vocabulary(l)])) as Record<
    SearchLocale,
    ReturnType<typeof vocabulary>
  >;
  const zipf = new Map<string, () => number>();
  const popular = <T>(key: string, list: readonly T[]): T => {
    if (!zipf.has(key)) zipf.set(key, zipfSampler(random, list.length, 1));
    return list[(zipf.get(key) as () => number)()];
  };
  const typed = (word: string) => [...word].slice(0, 3 + Math.floor(random() * 3)).join('');
  const finished = () => random() < 0.5;
  const caseVariant = (word: string, locale: SearchLocale) =>
    pickOne(random, [
      word.toLocaleUpperCase(locale), // İLHAM, İSTANBUL
      word.toLocaleLowerCase(locale), // ilham
      word.toUpperCase(), // ILHAM: the dotless capital I
      word,
    ]);
  const locales: [SearchLocale, number][] = [
    ['az', 0.65],
    ['tr', 0.8],
    ['en', 0.9],
    ['ru', 1],
  ];
  return Array.from({ length }, (): SearchSpec => {
    const pick = random();
    const locale = (locales.find(([, upTo]) => pick < upTo) ?? locales[0])[0];
    const w = words[locale];
    const topic = () => popular(`${locale}:topic`, w.topic);
    const person = () => popular(`${locale}:people`, w.people);
    const place = () => popular(`${locale}:places`, w.places);
    const kind = random();
    if (kind < 0.16) return { kind: 'one word', locale, q: `${topic()}${finished() ? ' ' : ''}` };
    if (kind < 0.3) return { kind: 'typing one word', locale, q: typed(place()) };
    if (kind < 0.46) {
      const [, surname] = person();
      return {
        kind: 'two words, typing',
        locale,
        q: `${surname ?? person()[0]} ${typed(topic())}`,
      };
    }
    if (kind < 0.58) {
      const name = random() < 0.5 ? person()[0] : place();
      return { kind: 'case variant', locale, q: caseVariant(name, locale) };
    }
    if (kind < 0.68) {
      const n = Math.floor(random() * SEARCH_VOCABULARY.rareNames);
      return { kind: 'rare name', locale, q: `${SEARCH_VOCABULARY.rareName(n, locale)} ` };
    }
    if (kind < 0.78) {
      const sections = seeded.sectionSlugs[locale] ?? [];
      return {
        kind: 'section filter',
        locale,
        q: place(),
        section: pickOne(random, sections),
      };
    }
    if (kind < 0.88) {
      return {
        kind: 'source filter',
        locale,
        q: `${topic()} `,
        source: pickOne(random, seeded.sourceSlugs),
      };
    }
    return { kind: 'page 2', locale, q: place(), page: 2 };
  });
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.append(key, String(value));
  }
  return search.toString();
}

export const searchPath = (spec: SearchSpec) =>
  `/api/articles/search?${query({
    q: spec.q,
    locale: spec.locale,
    section: spec.section,
    source: spec.source,
    page: spec.page,
    pageSize: PAGE_SIZE,
  })}`;

/**
 * What a site without the search route would send: each word as a case-insensitive substring
 * of the title (stock `$containsi`, an ILIKE), the section filter as a relation filter, the
 * same page. (The source filter has no stock equivalent on a component's relation here and
 * is left out; the words alone keep the request.)
 */
export function stockPath(spec: SearchSpec): string {
  const params: Record<string, string | number | undefined> = {
    locale: spec.locale,
    'pagination[page]': spec.page ?? 1,
    'pagination[pageSize]': PAGE_SIZE,
  };
  wordsOf(spec.q.trim()).forEach((word, i) => {
    params[`filters[$and][${i}][title][$containsi]`] = word;
  });
  if ((spec.q.match(WORD) ?? []).every((word) => [...word].length < 4)) {
    params['filters[title][$containsi]'] = spec.q.trim();
  }
  if (spec.section) params['filters[section][slug][$eq]'] = spec.section;
  return `/api/articles?${query(params)}`;
}

type ServerName = 'strapi-cache-off' | 'strapi-cache-on' | 'raw-search';

interface Scenario {
  id: string;
  label: string;
  server: ServerName;
  sequence: RequestSequence;
}

async function startServer(
  name: ServerName,
  distDir: string,
  seeded: SearchDatabase
): Promise<{ child: Child; baseUrl: string }> {
  const port = await freePort();
  const entry = childEntry(
    distDir,
    name === 'raw-search' ? 'search-raw-server.js' : 'strapi-server.js'
  );
  const child = startChild(name, entry, {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: seeded.url,
    BENCH_DATABASE_URL: seeded.url,
    PORT: String(port),
    CMS_LOCALES: withBenchLocales(process.env.CMS_LOCALES, SEARCH_LOCALES),
    CMS_RESPONSE_CACHE: name === 'strapi-cache-on' ? 'on' : 'off',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'error',
  });
  await child.next('ready', 180_000);
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

interface SqlTiming {
  kind: string;
  statements: number;
  medianMs: number;
  maxMs: number;
  examples: number;
}

/**
 * The search SQL's own execution time, per kind of request, one at a time: the same
 * statements the app sends (searchPublishedArticles), each run as EXPLAIN ANALYZE, which
 * executes it and reports PostgreSQL's time (planning + execution), without the network.
 */
async function sqlTimings(
  url: string,
  specs: SearchSpec[]
): Promise<{ timings: SqlTiming[]; slowest: unknown }> {
  const db = knex({ client: 'pg', connection: url, pool: { min: 1, max: 1 } });
  const byKind = new Map<string, number[]>();
  let slowest: { ms: number; spec: SearchSpec; plan: unknown } | null = null;
  try {
    for (const spec of specs) {
      let total = 0;
      let plan: unknown = null;
      const explaining = {
        raw: async (sql: string, bindings?: readonly unknown[]) => {
          const result = (await db.raw(
            `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
            bindings ?? []
          )) as {
            rows: { 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] }[];
          };
          const top = result.rows[0]['QUERY PLAN'][0];
          total += top['Planning Time'] + top['Execution Time'];
          plan ??= top;
          // The count of a page past the end reads one row.
          return { rows: /^\s*SELECT count/.test(sql) ? [{ total: 0 }] : [] };
        },
      };
      const request = parseSearchRequest({
        q: spec.q,
        section: spec.section,
        source: spec.source,
        page: spec.page ? String(spec.page) : undefined,
        pageSize: String(PAGE_SIZE),
      });
      await searchPublishedArticles(explaining, spec.locale, request);
      const list = byKind.get(spec.kind) ?? [];
      list.push(total);
      byKind.set(spec.kind, list);
      if (!slowest || total > slowest.ms) slowest = { ms: total, spec, plan };
    }
  } finally {
    await db.destroy();
  }
  const timings = [...byKind].map(([kind, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return {
      kind,
      statements: list.length,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      maxMs: sorted[sorted.length - 1],
      examples: list.length,
    };
  });
  return { timings, slowest };
}

export async function runSearchBench(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new UsageError('DATABASE_URL is not set; run through `npm run bench`.');
  const root = projectRoot();
  const distDir = snapshotCompiledApp(root, '.app-search');
  const runStarted = Date.now();
  const loadBefore = os.loadavg();
  const seeded = await prepareSearchDatabase({
    serverUrl,
    database: DATABASE,
    documents: options.documents,
    reseed: options.reseed,
    distDir,
    seed: options.seed,
    say,
  });
  say(
    `database ${DATABASE}: ${JSON.stringify(seeded.counts)} (${seeded.reused ? 'reused' : 'seeded'} in ${seeded.seconds.toFixed(0)} s)`
  );

  const specs = searchSpecs(seeded, options.seed + 1, SEQUENCE_LENGTH);
  const get = (pathOf: (spec: SearchSpec) => string): RequestSequence => ({
    method: 'GET',
    at: (i) => ({ path: pathOf(specs[i % SEQUENCE_LENGTH]) }),
  });
  const all: Scenario[] = [
    {
      id: 'search-off',
      label: 'search (cache off)',
      server: 'strapi-cache-off',
      sequence: get(searchPath),
    },
    {
      id: 'search-on',
      label: 'search (cache on)',
      server: 'strapi-cache-on',
      sequence: get(searchPath),
    },
    {
      id: 'raw-search',
      label: 'search SQL, bare Koa (no Strapi)',
      server: 'raw-search',
      sequence: get(searchPath),
    },
    {
      id: 'stock-containsi-off',
      label: 'stock filters[title][$containsi] (cache off)',
      server: 'strapi-cache-off',
      sequence: get(stockPath),
    },
  ];
  const list = all.filter((s) => !options.only || options.only.has(s.id));

  const servers = new Map<ServerName, { child: Child; baseUrl: string }>();
  const measures: Record<
    string,
    LoadResult & { label: string; server: ServerName; example: string }
  > = {};
  const checks: Record<string, unknown> = {};
  let failed = false;
  try {
    const needed = (['strapi-cache-off', 'strapi-cache-on', 'raw-search'] as ServerName[]).filter(
      (name) => name === 'strapi-cache-off' || list.some((s) => s.server === name)
    );
    for (const name of needed) {
      const started = Date.now();
      const server = await startServer(name, distDir, seeded);
      servers.set(name, server);
      say(
        `[${name}] pid ${server.child.pid}, up in ${((Date.now() - started) / 1000).toFixed(1)} s`
      );
    }
    const cms = servers.get('strapi-cache-off') as { baseUrl: string };
    const raw = servers.get('raw-search');

    // The distinct requests of the sequence's first part: all 200, raw = CMS, fingerprinted.
    const distinct = [
      ...new Map(specs.slice(0, 4 * CHECKED).map((s) => [searchPath(s), s])).values(),
    ].slice(0, CHECKED);
    const hash = createHash('sha256');
    const hitsByKind: Record<string, { requests: number; empty: number; totalHits: number }> = {};
    for (const spec of distinct) {
      const url = searchPath(spec);
      const answer = await getJson(`${cms.baseUrl}${url}`);
      if (answer.status !== 200)
        throw new Error(
          `${url}: HTTP ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`
        );
      const body = answer.body as { data: unknown[]; meta: { pagination: { total: number } } };
      hash.update(url).update(JSON.stringify(body));
      const stats = (hitsByKind[spec.kind] ??= { requests: 0, empty: 0, totalHits: 0 });
      stats.requests += 1;
      if (body.data.length === 0) stats.empty += 1;
      stats.totalHits += body.meta.pagination.total;
      if (raw) {
        const rawAnswer = await getJson(`${raw.baseUrl}${url}`);
        const difference = firstDifference(rawAnswer.body, body);
        if (difference)
          throw new Error(`the raw search answers ${url} unlike the CMS: ${difference}`);
      }
      // The baseline is slow (a scan per request): its first few are enough to know it answers.
      if (distinct.indexOf(spec) >= STOCK_CHECKED) continue;
      const stock = await getJson(`${cms.baseUrl}${stockPath(spec)}`);
      if (stock.status !== 200)
        throw new Error(
          `${stockPath(spec)}: HTTP ${stock.status} ${JSON.stringify(stock.body).slice(0, 300)}`
        );
    }
    checks.answersFingerprint = hash.digest('hex');
    checks.checkedRequests = distinct.length;
    checks.byKind = Object.fromEntries(
      Object.entries(hitsByKind).map(([kind, s]) => [
        kind,
        { requests: s.requests, noHit: s.empty, meanMatches: Math.round(s.totalHits / s.requests) },
      ])
    );
    say(
      `[check] ${distinct.length} distinct searches answer 200${raw ? ', the raw server exactly like the CMS' : ''}; stock answers 200 (the first ${STOCK_CHECKED})`
    );
    say(
      `[check] answers fingerprint ${String(checks.answersFingerprint).slice(0, 16)} (must not change when the SQL is made faster)`
    );
    say(
      formatTable(
        ['kind', 'requests', 'no hit', 'mean matches (total)'],
        Object.entries(
          checks.byKind as Record<string, { requests: number; noHit: number; meanMatches: number }>
        ).map(([kind, s]) => [kind, s.requests, s.noHit, s.meanMatches])
      )
    );

    const sql = await sqlTimings(seeded.url, distinct.slice(0, SQL_TIMED));
    checks.sqlTimings = sql.timings;
    checks.slowestSql = sql.slowest;
    say('\nSQL alone, one at a time (EXPLAIN ANALYZE: planning + execution, ms)');
    say(
      formatTable(
        ['kind', 'searches', 'median ms', 'max ms'],
        sql.timings.map((t) => [t.kind, t.statements, fixed(t.medianMs, 1), fixed(t.maxMs, 1)])
      )
    );

    const loads = new Map<string, ScenarioLoad>();
    for (const scenario of list) {
      const server = servers.get(scenario.server) as { child: Child; baseUrl: string };
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
      const turn = round % 2 === 1 ? list : [...list].reverse();
      say(
        `\nround ${round}/${options.rounds} (${sliceSeconds} s per scenario${round === 1 ? `, after a ${options.warmupSeconds} s warm-up` : ''})`
      );
      for (const scenario of turn) {
        const load = loads.get(scenario.id) as ScenarioLoad;
        if (round === 1) await load.warmUp(options.warmupSeconds);
        say(
          `  ${scenario.label.padEnd(46)} ${fixed(await load.measureSlice(sliceSeconds), 0).padStart(7)} req/s`
        );
      }
    }
    for (const scenario of list) {
      const result = (loads.get(scenario.id) as ScenarioLoad).result();
      measures[scenario.id] = {
        ...result,
        label: scenario.label,
        server: scenario.server,
        example: scenario.sequence.at(0).path,
      };
      if (result.non2xx + result.errors + result.timeouts > 0) failed = true;
    }
  } finally {
    for (const server of servers.values()) await server.child.stop();
  }
  const loadAfter = os.loadavg();
  const searchOff = measures['search-off'];
  const target = searchOff
    ? {
        name: `p99 search (cache off), ms`,
        value: searchOff.latencyMs.p99,
        wanted: `< ${TARGET_P99_MS}`,
        met: searchOff.latencyMs.p99 < TARGET_P99_MS,
      }
    : null;

  say(
    `\nSearch benchmark: ${seeded.counts.publishedAz} az articles (${seeded.counts.published} published rows in az/en/ru/tr), ` +
      `${options.connections} connections, ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s per row in ${options.rounds} slices, ` +
      `${os.cpus().length} CPUs (load average ${loadBefore.map((v) => v.toFixed(1)).join(' ')} at start, ${loadAfter.map((v) => v.toFixed(1)).join(' ')} at end)\n`
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
        m.non2xx + m.errors + m.timeouts,
      ])
    )
  );
  if (target)
    say(
      `\n${target.name}: ${fixed(target.value, 0)} (wanted ${target.wanted}): ${target.met ? 'met' : 'NOT met'}`
    );

  const outFile = path.join(root, 'bench', 'results', 'search.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        benchmark: 'search',
        finishedAt: new Date().toISOString(),
        seconds: (Date.now() - runStarted) / 1000,
        machine: {
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model,
          node: process.version,
          loadAverageAtStart: loadBefore,
          loadAverageAtEnd: loadAfter,
        },
        settings: {
          ...options,
          only: options.only ? [...options.only] : null,
          pageSize: PAGE_SIZE,
          sequenceLength: SEQUENCE_LENGTH,
        },
        database: {
          name: DATABASE,
          reused: seeded.reused,
          seedSeconds: seeded.seconds,
          counts: seeded.counts,
        },
        checks,
        scenarios: measures,
        target,
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
