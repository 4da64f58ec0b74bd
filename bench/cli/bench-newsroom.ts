/*
 * The busy-newsroom benchmark (issue 14), not a test:
 *
 *   npm run bench -- --scenario newsroom [--documents 5000] [--duration 20] [--connections 32]
 *
 * Reads spread over by-slug, item and list pages (articles by a Zipf law, s = 1; locales az,
 * en, ru) at N connections, while one article a second is updated and republished through the
 * REST API (the hot ones most often: the articles drawn by the same Zipf law). Systems, one at a
 * time on the same seeded database (newsroom_bench, as `npm run bench` seeds it):
 *   stock       this app with its response cache off (core routes and custom routes as served)
 *   rest-cache  the same, plus @strapi-community/plugin-rest-cache (memory provider), installed
 *               with `npm pack` into a scratch copy under bench/results/, never into package.json
 *   newsroom    this app, one instance
 *   newsroom×2  two instances sharing a redis-server started for the run, reads split
 * and two references: a bare Node http server sending 7 KB, and this app answering one cached
 * by-slug URL (every request a hit). Reports hit rate (X-Cache), req/s, p50/p99; results in
 * bench/results/newsroom.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { UsageError, parseCommandLine, projectRoot, wholeNumberOption } from '../../src/cli/boot';
import { appDirOfChild, childEntry, snapshotCompiledApp } from '../lib/app-snapshot';
import { freePort, startChild, type Child } from '../lib/children';
import { seededRandom, zipfSampler } from '../lib/random';
import { prepareBenchDatabase, type SeededDatabase } from '../lib/seed';
import { BENCH_LOCALES } from '../lib/seed-data';
import { withBenchLocales } from '../lib/strapi-app';

const say = (line: string) => process.stdout.write(`${line}\n`);
const DATABASE = 'newsroom_bench';
// The hour's working set: the reads the measured run cycles through (see warmPass).
const SEQUENCE_LENGTH = 5_000;
const REST_CACHE = [
  '@strapi-community/plugin-rest-cache@5.0.1',
  '@strapi-community/provider-rest-cache-memory@5.0.0',
];
const ADMIN = {
  firstname: 'Bench',
  lastname: 'Admin',
  email: 'bench@newsroom.test',
  password: 'Bench-Passw0rd!',
};

interface Options {
  documents: number;
  durationSeconds: number;
  connections: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseCommandLine({
    args: argv.filter((arg) => arg !== '--scenario' && arg !== 'newsroom'),
    options: {
      documents: { type: 'string', default: '5000' },
      duration: { type: 'string', default: '20' },
      connections: { type: 'string', default: '32' },
    },
  });
  // The same bounds as the read benchmark's (bench.ts), whose seeded database this one shares.
  return {
    documents: wholeNumberOption('documents', values.documents, 100, 200_000),
    durationSeconds: wholeNumberOption('duration', values.duration, 1, 600),
    connections: wholeNumberOption('connections', values.connections, 1, 256),
  };
}

interface Doc {
  documentId: string;
  locale: string;
  slug: string;
}

/** Published articles of the bench locales, in a shuffled but fixed order (Zipf ranks). */
async function publishedDocs(url: string): Promise<Map<string, Doc[]>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ document_id: string; locale: string; slug: string }>(
      `SELECT document_id, locale, slug FROM articles WHERE published_at IS NOT NULL
        AND locale = ANY($1) ORDER BY md5(document_id), locale`,
      [[...BENCH_LOCALES]]
    );
    const byLocale = new Map<string, Doc[]>();
    for (const row of rows) {
      const list = byLocale.get(row.locale) ?? [];
      list.push({ documentId: row.document_id, locale: row.locale, slug: row.slug });
      byLocale.set(row.locale, list);
    }
    return byLocale;
  } finally {
    await client.end();
  }
}

/** The reads: 50 % by-slug, 30 % item, 20 % list pages; az 50 %, en 30 %, ru 20 %. */
function readSequence(docs: Map<string, Doc[]>): string[] {
  const random = seededRandom(20251201);
  const locales: [string, number][] = [
    ['az', 0.5],
    ['en', 0.8],
    ['ru', 1],
  ];
  const samplers = new Map(
    [...docs].map(([locale, list]) => [locale, zipfSampler(random, list.length)])
  );
  const pages = zipfSampler(random, 50);
  return Array.from({ length: SEQUENCE_LENGTH }, () => {
    const pick = random();
    const locale = (locales.find(([, upTo]) => pick < upTo) ?? locales[0])[0];
    const list = docs.get(locale) ?? [];
    const doc = list[(samplers.get(locale) as () => number)()];
    const kind = random();
    if (kind < 0.5) return `/api/articles/by-slug/${encodeURIComponent(doc.slug)}?locale=${locale}`;
    if (kind < 0.8) return `/api/articles/${doc.documentId}?locale=${locale}`;
    return `/api/articles?locale=${locale}&pagination[page]=${pages() + 1}&pagination[pageSize]=20`;
  });
}

interface Server {
  child: Child;
  baseUrl: string;
}

async function startServer(
  entry: string,
  seeded: SeededDatabase,
  env: NodeJS.ProcessEnv
): Promise<Server> {
  const port = await freePort();
  const child = startChild(path.basename(appDirOfChild(path.dirname(entry))), entry, {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: seeded.url,
    BENCH_DATABASE_URL: seeded.url,
    PORT: String(port),
    CMS_LOCALES: withBenchLocales(process.env.CMS_LOCALES, BENCH_LOCALES),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'error',
    ...env,
  });
  await child.next('ready', 180_000);
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

/** A full-access API token, through the admin API (the first admin is registered if needed). */
async function apiToken(baseUrl: string): Promise<string> {
  const post = async (route: string, body: object, jwt?: string) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(jwt ? { authorization: `Bearer ${jwt}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: Record<string, string> },
    };
  };
  let auth = await post('/admin/register-admin', ADMIN);
  if (auth.status >= 300)
    auth = await post('/admin/login', { email: ADMIN.email, password: ADMIN.password });
  const jwt = auth.body.data?.token;
  if (!jwt) throw new Error(`admin login failed: ${JSON.stringify(auth.body)}`);
  const token = await post(
    '/admin/api-tokens',
    { name: `bench-${Date.now()}`, type: 'full-access', lifespan: null },
    jwt
  );
  const key = token.body.data?.accessKey;
  if (!key) throw new Error(`API token: ${JSON.stringify(token.body)}`);
  return key;
}

/** One publish a second through REST (update + publish of the az version of a hot article). */
function publisher(
  baseUrl: string,
  token: string,
  docs: Doc[]
): { stop(): Promise<{ ok: number; failed: number }> } {
  const next = zipfSampler(seededRandom(7), docs.length);
  let ok = 0;
  let failed = 0;
  let n = 0;
  let pending: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    const doc = docs[next()];
    n += 1;
    pending = fetch(`${baseUrl}/api/articles/${doc.documentId}?locale=az&status=published`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ data: { dateline: `Bakı ${n}` } }),
    }).then(
      async (response) => {
        await response.arrayBuffer();
        if (response.ok) ok += 1;
        else failed += 1;
      },
      () => {
        failed += 1;
      }
    );
  }, 1000);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      return { ok, failed };
    },
  };
}

interface Measured {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  hitRate: number | null;
  non2xx: number;
  errors: number;
  publishes?: { ok: number; failed: number };
}

/** Every distinct read of the sequence once, on every server, N at a time. */
async function warmPass(
  baseUrls: string[],
  sequence: string[],
  connections: number
): Promise<void> {
  const distinct = [...new Set(sequence)];
  for (const baseUrl of baseUrls) {
    let next = 0;
    const worker = async () => {
      while (next < distinct.length) {
        const url = distinct[next++];
        await fetch(`${baseUrl}${url}`).then((response) => response.arrayBuffer());
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
  }
}

/** Reads from `sequence` against each base URL at once (connections split), counting X-Cache. */
async function load(
  baseUrls: string[],
  sequence: string[],
  connections: number,
  seconds: number
): Promise<Measured> {
  let cursor = 0;
  let hits = 0;
  let labelled = 0;
  const runs = await Promise.all(
    baseUrls.map((url) =>
      autocannon({
        url,
        connections: Math.max(1, Math.round(connections / baseUrls.length)),
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: sequence[cursor++ % sequence.length] }),
            onResponse: (_status, _body, _context, headers) => {
              const cache = headers['x-cache'] ?? headers['X-Cache'];
              if (cache) labelled += 1;
              if (cache === 'HIT') hits += 1;
            },
          },
        ],
      })
    )
  );
  const requests = runs.reduce((sum, run) => sum + run.requests.total, 0);
  return {
    requests,
    requestsPerSecond: runs.reduce((sum, run) => sum + run.requests.average, 0),
    // Of the slower server when split: what a visitor behind the balancer may get.
    p50: Math.max(...runs.map((run) => run.latency.p50)),
    p99: Math.max(...runs.map((run) => run.latency.p99)),
    hitRate: labelled > 0 ? hits / requests : null,
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

/**
 * One URL as fast as autocannon sends it, no per-response callback: for the two ceilings (a
 * cached hit, the bare server), where the load generator's own work per response (parsing
 * every header of it for X-Cache) would otherwise be what is measured. X-Cache is checked
 * before and after instead (`expectHit`).
 */
async function loadOne(
  url: string,
  connections: number,
  seconds: number,
  expectHit: boolean
): Promise<Measured> {
  const cacheOf = async () => (await fetch(url)).headers.get('x-cache');
  if (expectHit && (await cacheOf()) !== 'HIT') throw new Error(`${url} is not a cache hit`);
  const run = await autocannon({ url, connections, duration: seconds, timeout: 10 });
  if (expectHit && (await cacheOf()) !== 'HIT') throw new Error(`${url} stopped being a hit`);
  return {
    requests: run.requests.total,
    requestsPerSecond: run.requests.average,
    p50: run.latency.p50,
    p99: run.latency.p99,
    hitRate: expectHit ? 1 : null,
    non2xx: run.non2xx,
    errors: run.errors,
  };
}

/**
 * A scratch copy of the compiled app with plugin-rest-cache beside it, never in package.json:
 * the plugin and its provider installed by npm into scratch/deps (their peers, Strapi itself,
 * come from the project's node_modules), found through NODE_PATH (see its server's env).
 */
function restCacheCopy(root: string, distDir: string): string {
  const scratch = path.join(root, 'bench', 'results', '.app-rest-cache');
  fs.rmSync(scratch, { recursive: true, force: true });
  const deps = path.join(scratch, 'deps');
  fs.mkdirSync(deps, { recursive: true });
  fs.writeFileSync(path.join(deps, 'package.json'), '{"name":"rest-cache-deps","private":true}');
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--legacy-peer-deps',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      ...REST_CACHE,
    ],
    { cwd: deps, stdio: 'ignore' }
  );
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  pkg.dependencies['@strapi-community/plugin-rest-cache'] = '5.0.1';
  fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const entry of ['database', 'public', 'config'])
    fs.symlinkSync(path.join(root, entry), path.join(scratch, entry));
  fs.cpSync(distDir, path.join(scratch, 'dist'), { recursive: true });
  // The plugin's documented configuration: memory provider, the article routes, X-Cache headers.
  const pluginsFile = path.join(scratch, 'dist', 'config', 'plugins.js');
  fs.appendFileSync(
    pluginsFile,
    `
const __withRestCache = module.exports.default;
module.exports.default = (context) => ({
  ...__withRestCache(context),
  'rest-cache': {
    enabled: true,
    config: {
      provider: { name: 'memory', options: { max: 32767, maxAge: 3600000 } },
      strategy: {
        enableXCacheHeaders: true,
        keys: { useQueryParams: true },
        contentTypes: [
          {
            contentType: 'api::article.article',
            routes: [{ path: '/api/articles/by-slug/:slug', method: 'GET', paramNames: ['slug'] }],
          },
        ],
      },
    },
  },
});
`
  );
  return scratch;
}

function startRedis(port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      }
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve(child);
    });
    child.once('error', reject);
  });
}

export async function runNewsroomBench(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new UsageError('DATABASE_URL is not set; run through `npm run bench`.');
  const root = projectRoot();
  const distDir = snapshotCompiledApp(root, '.app-newsroom');
  const loadBefore = os.loadavg();
  const seeded = await prepareBenchDatabase({
    serverUrl,
    database: DATABASE,
    documents: options.documents,
    reseed: false,
    distDir,
    seed: 20251124,
    say,
  });
  say(`database ${DATABASE}: ${JSON.stringify(seeded.counts)}`);
  const docs = await publishedDocs(seeded.url);
  const sequence = readSequence(docs);
  const entry = (dir: string) => childEntry(dir, 'strapi-server.js');
  const results: Record<string, Measured> = {};
  const seconds = options.durationSeconds;

  const measure = async (id: string, servers: Server[], cached = true) => {
    const token = await apiToken(servers[0].baseUrl);
    const urls = servers.map((server) => server.baseUrl);
    // A newsroom's cache has seen its working set long before: one pass warms it (a cacheless
    // server gets a short warm-up of its pools and JIT instead).
    if (cached) await warmPass(urls, sequence, options.connections);
    else await load(urls, sequence, options.connections, 5);
    const publishes = publisher(servers[0].baseUrl, token, docs.get('az') ?? []);
    const measured = await load(urls, sequence, options.connections, seconds);
    measured.publishes = await publishes.stop();
    results[id] = measured;
    say(`  ${id.padEnd(12)} ${JSON.stringify(measured)}`);
  };
  const stopAll = (servers: Server[]) => Promise.all(servers.map((server) => server.child.stop()));

  say('\nstock (cache off)');
  let servers = [await startServer(entry(distDir), seeded, { CMS_RESPONSE_CACHE: 'off' })];
  await measure('stock', servers, false);
  await stopAll(servers);

  say('\nstock + plugin-rest-cache (scratch copy)');
  const scratch = restCacheCopy(root, distDir);
  // Strapi requires plugins from its own (real) location: NODE_PATH lets it find the scratch one.
  servers = [
    await startServer(entry(path.join(scratch, 'dist')), seeded, {
      CMS_RESPONSE_CACHE: 'off',
      NODE_PATH: [path.join(scratch, 'deps', 'node_modules'), path.join(root, 'node_modules')].join(
        path.delimiter
      ),
    }),
  ];
  await measure('rest-cache', servers);
  await stopAll(servers);

  say('\nnewsroom, one instance');
  servers = [await startServer(entry(distDir), seeded, {})];
  await measure('newsroom', servers);
  // The fast path alone: one hot by-slug URL, every request a hit.
  const hot = [sequence.find((url) => url.includes('/by-slug/')) as string];
  await loadOne(`${servers[0].baseUrl}${hot[0]}`, options.connections, 3, true);
  results['newsroom-hit'] = await loadOne(
    `${servers[0].baseUrl}${hot[0]}`,
    options.connections,
    10,
    true
  );
  say(`  newsroom-hit ${JSON.stringify(results['newsroom-hit'])}`);
  // That answer byte for byte, for a bare server to replay beside the 7 KB one.
  const hotAnswer = await fetch(`${servers[0].baseUrl}${hot[0]}`);
  const replayFile = path.join(os.tmpdir(), `newsroom-bench-replay-${process.pid}.json`);
  const replayHeaders: Record<string, string> = {};
  hotAnswer.headers.forEach((value, name) => {
    if (!['content-length', 'date', 'connection', 'keep-alive'].includes(name))
      replayHeaders[name] = value;
  });
  fs.writeFileSync(
    replayFile,
    JSON.stringify({
      headers: replayHeaders,
      body: Buffer.from(await hotAnswer.arrayBuffer()).toString('base64'),
    })
  );
  await stopAll(servers);

  say('\nbare Node http server (7 KB)');
  const barePort = await freePort();
  const bare = startChild('bare', childEntry(distDir, 'bare-server.js'), {
    ...process.env,
    PORT: String(barePort),
  });
  await bare.next('ready', 10_000);
  await loadOne(`http://127.0.0.1:${barePort}/`, options.connections, 3, false);
  results.bare = await loadOne(`http://127.0.0.1:${barePort}/`, options.connections, 10, false);
  say(`  bare         ${JSON.stringify(results.bare)}`);
  await bare.stop();

  say('\nbare Node http server replaying the cached answer byte for byte');
  const replayPort = await freePort();
  const replayServer = startChild('bare-replay', childEntry(distDir, 'bare-server.js'), {
    ...process.env,
    PORT: String(replayPort),
    REPLAY_FILE: replayFile,
  });
  await replayServer.next('ready', 10_000);
  await loadOne(`http://127.0.0.1:${replayPort}/`, options.connections, 3, false);
  results['bare-replay'] = await loadOne(
    `http://127.0.0.1:${replayPort}/`,
    options.connections,
    10,
    false
  );
  say(`  bare-replay  ${JSON.stringify(results['bare-replay'])}`);
  await replayServer.stop();
  fs.rmSync(replayFile, { force: true });

  let redis: ChildProcess | null = null;
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    const redisPort = await freePort();
    redis = await startRedis(redisPort);
    say('\nnewsroom, two instances sharing Redis');
    const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}` };
    servers = [
      await startServer(entry(distDir), seeded, env),
      await startServer(entry(distDir), seeded, env),
    ];
    await measure('newsroom×2', servers);
    await stopAll(servers);
  } catch (error) {
    say(`two instances with Redis skipped: ${(error as Error).message}`);
  } finally {
    redis?.kill('SIGKILL');
  }

  const loadAfter = os.loadavg();
  const table = [
    '| system | hit rate | req/s | p50 ms | p99 ms | publishes ok/failed | non-2xx |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(results).map(
      ([id, m]) =>
        `| ${id} | ${m.hitRate === null ? '–' : `${(m.hitRate * 100).toFixed(1)} %`} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.publishes ? `${m.publishes.ok}/${m.publishes.failed}` : '–'} | ${m.non2xx + m.errors} |`
    ),
  ];
  say(`\n${table.join('\n')}`);
  say(
    `load average before ${loadBefore.map((n) => n.toFixed(2)).join(' ')}, after ${loadAfter.map((n) => n.toFixed(2)).join(' ')} (${os.cpus().length} cores, shared)`
  );
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'bench', 'results', 'newsroom.json'),
    JSON.stringify(
      { options, results, loadBefore, loadAfter, at: new Date().toISOString() },
      null,
      2
    )
  );
  fs.rmSync(scratch, { recursive: true, force: true });
  return 0;
}
