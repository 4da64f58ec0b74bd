/*
 * GraphQL cost-limit benchmark (issue 11, point 4), not a test:
 *
 *   npm run bench:graphql-cost -- [--documents 1000] [--duration 10] [--connections 8]
 *                                 [--attackers 4] [--aliases 1000] [--reseed] [--drop]
 *
 * One query with 1,000 `articleBySlug` aliases used to run ~11 s; four at once pushed other
 * readers' p99 from 75 ms to 7 s. Here the CMS (NODE_ENV=production, response cache off, a
 * snapshot of dist/) serves normal readers (REST by-slug, Zipf over the seeded az slugs) with
 * autocannon, first alone, then while `attackers` clients each send 1,000-alias queries back
 * to back. Reported: the readers' p50/p99 in both phases, what the attack queries got (status,
 * latency). Target: readers' p99 under attack < 100 ms, every attack query refused with 400.
 * Database `newsroom_bench_graphql` (seeded like `npm run bench`'s, reused when it matches).
 * Results: bench/results/graphql-cost.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  EXIT,
  UsageError,
  parseCommandLine,
  projectRoot,
  runCli,
  wholeNumberOption,
} from '../../src/cli/boot';
import { childEntry, removeSnapshot, snapshotCompiledApp } from '../lib/app-snapshot';
import { dropDatabase } from '../lib/bench-database';
import { freePort, startChild } from '../lib/children';
import { ScenarioLoad, type LoadResult } from '../lib/load';
import { seededRandom, shuffled, zipfSampler } from '../lib/random';
import { fixed } from '../lib/report';
import { prepareBenchDatabase } from '../lib/seed';
import { BENCH_LOCALES } from '../lib/seed-data';
import { median, percentile } from '../lib/stats';
import { withBenchLocales } from '../lib/strapi-app';

const say = (line: string) => process.stdout.write(`${line}\n`);
const DATABASE = 'newsroom_bench_graphql';
const TARGET_P99_MS = 100;

interface Options {
  documents: number;
  durationSeconds: number;
  connections: number;
  attackers: number;
  aliases: number;
  reseed: boolean;
  drop: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      documents: { type: 'string', default: '1000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
      attackers: { type: 'string', default: '4' },
      aliases: { type: 'string', default: '1000' },
      reseed: { type: 'boolean', default: false },
      drop: { type: 'boolean', default: false },
    },
  });
  return {
    documents: wholeNumberOption('documents', values.documents, 100, 200_000),
    durationSeconds: wholeNumberOption('duration', values.duration, 2, 120),
    connections: wholeNumberOption('connections', values.connections, 1, 256),
    attackers: wholeNumberOption('attackers', values.attackers, 1, 64),
    aliases: wholeNumberOption('aliases', values.aliases, 1, 100_000),
    reseed: values.reseed === true,
    drop: values.drop === true,
  };
}

/** The query of the issue: `aliases` × articleBySlug, each with a few fields. */
export function aliasQuery(slugs: string[], aliases: number): string {
  const fields = Array.from(
    { length: aliases },
    (_, i) =>
      `a${i}: articleBySlug(slug: ${JSON.stringify(slugs[i % slugs.length])}, locale: "az") { title slug section { name } sources { quotedAs } }`
  );
  return JSON.stringify({ query: `{ ${fields.join(' ')} }` });
}

interface AttackResult {
  sent: number;
  statuses: Record<string, number>;
  latencyMs: { p50: number; p99: number; max: number };
}

/** `attackers` clients, each sending the body back to back until `stop` resolves. */
async function attack(
  baseUrl: string,
  body: string,
  attackers: number,
  stop: Promise<void>
): Promise<AttackResult> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const one = async () => {
    while (!stopped) {
      const started = performance.now();
      let status = 'error';
      try {
        const response = await fetch(`${baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(60_000),
        });
        await response.text();
        status = String(response.status);
      } catch {
        status = 'error';
      }
      latencies.push(performance.now() - started);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: attackers }, one));
  return {
    sent: latencies.length,
    statuses,
    latencyMs: {
      p50: median(latencies),
      p99: percentile(latencies, 99),
      max: Math.max(...latencies),
    },
  };
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new UsageError('DATABASE_URL is not set; run through `npm run bench:graphql-cost`.');
  }
  const root = projectRoot();
  const distDir = snapshotCompiledApp(root, '.app-graphql');
  const loadBefore = os.loadavg();
  const seeded = await prepareBenchDatabase({
    serverUrl,
    database: DATABASE,
    documents: options.documents,
    reseed: options.reseed,
    distDir,
    seed: 20251124,
    say,
  });
  say(
    `database ${DATABASE}: ${seeded.reused ? 'reused' : 'seeded'} (${JSON.stringify(seeded.counts)})`
  );

  const port = await freePort();
  const child = startChild('strapi', childEntry(distDir, 'strapi-server.js'), {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: seeded.url,
    BENCH_DATABASE_URL: seeded.url,
    PORT: String(port),
    CMS_LOCALES: withBenchLocales(process.env.CMS_LOCALES, BENCH_LOCALES),
    CMS_RESPONSE_CACHE: 'off',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_LOG_LEVEL: 'error',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await child.next('ready', 180_000);
    const random = seededRandom(20251124);
    const popular = shuffled(random, seeded.azSlugs);
    const rank = zipfSampler(random, popular.length, 1);
    const slugs = Array.from({ length: 200_000 }, () => popular[rank()]);
    const readers = () =>
      new ScenarioLoad(
        { baseUrl, connections: options.connections, serverPid: child.pid },
        {
          method: 'GET',
          at: (i) => ({
            path: `/api/articles/by-slug/${encodeURIComponent(slugs[i % slugs.length])}?locale=az`,
          }),
        }
      );
    const body = aliasQuery(seeded.azSlugs, options.aliases);

    say(`readers alone: ${options.connections} connections, ${options.durationSeconds} s…`);
    const alone = readers();
    await alone.warmUp(2);
    await alone.measureSlice(options.durationSeconds);
    const aloneResult = alone.result();

    say(`readers beside ${options.attackers} clients sending ${options.aliases}-alias queries…`);
    const beside = readers();
    await beside.warmUp(1);
    let endAttack!: () => void;
    const attackDone = new Promise<void>((resolve) => (endAttack = resolve));
    const attacking = attack(baseUrl, body, options.attackers, attackDone);
    await beside.measureSlice(options.durationSeconds);
    endAttack();
    const attackResult = await attacking;
    const besideResult = beside.result();

    const row = (label: string, result: LoadResult) =>
      `| ${label} | ${fixed(result.requestsPerSecond, 0)} | ${fixed(result.latencyMs.p50)} | ${fixed(result.latencyMs.p99)} | ${fixed(result.serverCpuMsPerRequest, 2)} | ${result.non2xx} |`;
    say('');
    say('| readers (REST by-slug, cache off) | req/s | p50 ms | p99 ms | CPU ms/req | non-2xx |');
    say('|---|---:|---:|---:|---:|---:|');
    say(row('alone', aloneResult));
    say(row(`beside ${options.attackers} × ${options.aliases}-alias queries`, besideResult));
    say('');
    say(
      `attack queries: ${attackResult.sent} sent, statuses ${JSON.stringify(attackResult.statuses)}, latency p50 ${fixed(attackResult.latencyMs.p50)} ms, p99 ${fixed(attackResult.latencyMs.p99)} ms`
    );
    const refused = attackResult.statuses['400'] === attackResult.sent;
    const met = besideResult.latencyMs.p99 < TARGET_P99_MS;
    say(
      `target: readers' p99 under attack < ${TARGET_P99_MS} ms: ${fixed(besideResult.latencyMs.p99)} ms, ${met ? 'met' : 'NOT met'}; every attack query a 400: ${refused ? 'yes' : 'NO'}`
    );

    const resultsDir = path.join(root, 'bench', 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(
      path.join(resultsDir, 'graphql-cost.json'),
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          options,
          loadAverageBefore: loadBefore,
          loadAverageAfter: os.loadavg(),
          cpus: os.cpus().length,
          readersAlone: aloneResult,
          readersBesideAttack: besideResult,
          attack: attackResult,
          target: { readersP99Ms: TARGET_P99_MS, met, everyAttackRefused: refused },
        },
        null,
        2
      )}\n`
    );
    const valid = aloneResult.non2xx === 0 && besideResult.non2xx === 0;
    if (!valid) say('invalid run: readers got non-2xx answers');
    return valid && refused ? EXIT.ok : EXIT.failed;
  } finally {
    await child.stop();
    removeSnapshot(distDir);
    if (options.drop) await dropDatabase(serverUrl, DATABASE);
  }
}

runCli(main);
