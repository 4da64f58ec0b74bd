/*
 * Write benchmark for the attribution hooks (issue 4, point 7), not a test:
 *
 *   npm run bench:hooks -- [--articles 500] [--warmup 20] [--batch 25] [--locales en,az] [--keep]
 *
 * Three child processes load the compiled app (no HTTP server), each on a fresh database of its
 * own on the server of DATABASE_URL (newsroom_bench_hooks_on / _off / _pre, dropped at the end
 * unless --keep):
 *   - hooks on: the CMS as shipped;
 *   - off: the worker leaves the attribution middleware out of the Document Service as the
 *     app registers its middlewares (bench/lib/hooks-worker.ts; every other document
 *     middleware runs), the same input;
 *   - precomputed: hooks off, but the input carries the sources, attribution line and
 *     translation the hooks would have computed, so the same rows are written: on vs
 *     precomputed is the hooks' own work, on vs off what they add to a write in all.
 * All three write the same articles through the Document Service, an editor's sequence per
 * article: create the English draft, publish it, add the az localization, publish it; each
 * call is timed (and its SQL statements counted). The sides take turns in batches, each first
 * and last as often, so other load on the machine falls on all alike; the first --warmup
 * articles of each side are not counted.
 *
 * Prints median / p90 per kind of write and the overheads; writes bench/results/hooks.json.
 * Target (issue 4): the hooks add under 25 % to the median write.
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
import { dropDatabase, recreateDatabase, withDatabase } from '../lib/bench-database';
import { readMemory, startChild, type Child } from '../lib/children';
import type { VerifyReport, WorkerCommand, WriteTiming } from '../lib/hooks-worker';
import { fixed, formatTable } from '../lib/report';
import { BENCH_LOCALES, type BenchLocale } from '../lib/seed-data';
import { mean, median, overheadPercent, percentile } from '../lib/stats';
import { withBenchLocales } from '../lib/strapi-app';

const say = (line: string) => process.stdout.write(`${line}\n`);
const MODES = ['on', 'off', 'precomputed'] as const;
type Mode = (typeof MODES)[number];
const DATABASES: Record<Mode, string> = {
  on: 'newsroom_bench_hooks_on',
  off: 'newsroom_bench_hooks_off',
  precomputed: 'newsroom_bench_hooks_pre',
};
const SIDE_LABELS: Record<Mode, string> = {
  on: 'hooks on',
  off: 'off',
  precomputed: 'precomputed',
};
const TARGET_PERCENT = 25;

interface Options {
  articles: number;
  warmup: number;
  batch: number;
  locales: BenchLocale[];
  keep: boolean;
  seed: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      articles: { type: 'string', default: '500' },
      warmup: { type: 'string', default: '20' },
      batch: { type: 'string', default: '25' },
      locales: { type: 'string', default: 'en,az' },
      keep: { type: 'boolean', default: false },
      seed: { type: 'string', default: '20251124' },
    },
  });
  const locales = (values.locales ?? '').split(',').map((code) => code.trim()) as BenchLocale[];
  if (locales[0] !== 'en' || locales.some((code) => !BENCH_LOCALES.includes(code))) {
    throw new UsageError(`--locales must start with en and use ${BENCH_LOCALES.join(', ')}.`);
  }
  return {
    articles: wholeNumberOption('articles', values.articles, 10, 20_000),
    warmup: wholeNumberOption('warmup', values.warmup, 0, 1000),
    batch: wholeNumberOption('batch', values.batch, 1, 1000),
    locales: [...new Set(locales)],
    keep: values.keep === true,
    seed: wholeNumberOption('seed', values.seed, 0, 2 ** 31),
  };
}

/** Batch n's order of the sides: each rotation forwards, then backwards. */
function batchOrder(n: number): Mode[] {
  const rotation = n % MODES.length;
  const rotated = [...MODES.slice(rotation), ...MODES.slice(0, rotation)];
  return Math.floor(n / MODES.length) % 2 === 0 ? rotated : rotated.reverse();
}

async function run(worker: Child, command: WorkerCommand, timeoutMs: number): Promise<unknown> {
  worker.send(command);
  const reply = await worker.next('result', timeoutMs);
  return reply.type === 'result' ? reply.payload : null;
}

interface KindStats {
  writes: number;
  medianMs: number;
  p90Ms: number;
  meanMs: number;
  medianQueries: number;
}

function statsOf(samples: { ms: number; queries: number }[]): KindStats {
  const ms = samples.map((s) => s.ms);
  return {
    writes: samples.length,
    medianMs: median(ms),
    p90Ms: percentile(ms, 90),
    meanMs: mean(ms),
    medianQueries: median(samples.map((s) => s.queries)),
  };
}

/** Per kind of write, every write pooled, and per article (the sum of its writes). */
function summarize(timings: WriteTiming[]): Record<string, KindStats> {
  const groups: Record<string, { ms: number; queries: number }[]> = {};
  for (const timing of timings) (groups[timing.kind] ??= []).push(timing);
  groups['any write'] = timings;
  const perArticle = new Map<number, { ms: number; queries: number }>();
  for (const timing of timings) {
    const total = perArticle.get(timing.article) ?? { ms: 0, queries: 0 };
    total.ms += timing.ms;
    total.queries += timing.queries;
    perArticle.set(timing.article, total);
  }
  groups['whole article'] = [...perArticle.values()];
  return Object.fromEntries(
    Object.entries(groups).map(([kind, samples]) => [kind, statsOf(samples)])
  );
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl)
    throw new UsageError('DATABASE_URL is not set; run through `npm run bench:hooks`.');
  const root = projectRoot();
  const distDir = snapshotCompiledApp(root, '.app-hooks');
  const started = Date.now();
  const loadBefore = os.loadavg();
  const workers = new Map<Mode, Child>();
  const timings: Record<Mode, WriteTiming[]> = { on: [], off: [], precomputed: [] };
  const verify: Partial<Record<Mode, VerifyReport>> = {};
  const peakRssMb: Partial<Record<Mode, number>> = {};
  const medianSoFar = (mode: Mode) => fixed(median(timings[mode].map((t) => t.ms)), 1);

  try {
    for (const mode of MODES) {
      await recreateDatabase(serverUrl, DATABASES[mode]);
      const url = withDatabase(serverUrl, DATABASES[mode]);
      const worker = startChild(`hooks-${mode}`, childEntry(distDir, 'hooks-worker.js'), {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: url,
        BENCH_DATABASE_URL: url,
        BENCH_LOCALES: options.locales.join(','),
        BENCH_SEED: String(options.seed),
        BENCH_PRECOMPUTED: mode === 'precomputed' ? '1' : '0',
        CMS_LOCALES: withBenchLocales(process.env.CMS_LOCALES, options.locales),
        BENCH_ATTRIBUTION_HOOKS: mode === 'on' ? 'on' : 'off',
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_LOG_LEVEL: 'error',
      });
      workers.set(mode, worker);
      const bootStarted = Date.now();
      await worker.next('ready', 180_000);
      const seconds = ((Date.now() - bootStarted) / 1000).toFixed(1);
      say(
        `[${SIDE_LABELS[mode]}] pid ${worker.pid}, database ${DATABASES[mode]}, ready in ${seconds} s`
      );
    }

    const perArticleTimeout = 60_000;
    const write = async (mode: Mode, from: number, to: number) => {
      const worker = workers.get(mode) as Child;
      const command: WorkerCommand = { type: 'run', from, to, locales: options.locales };
      const batch = (await run(worker, command, perArticleTimeout * (to - from))) as WriteTiming[];
      peakRssMb[mode] = Math.max(peakRssMb[mode] ?? 0, readMemory(worker.pid)?.rssMb ?? 0);
      return batch;
    };
    if (options.warmup > 0) {
      for (const mode of MODES) await write(mode, 0, options.warmup);
      say(`warm-up: ${options.warmup} articles per side, not counted`);
    }
    const first = options.warmup;
    const last = options.warmup + options.articles;
    for (let from = first, batch = 0; from < last; from += options.batch, batch += 1) {
      const to = Math.min(last, from + options.batch);
      // The sides take turns, each first and last as often: a drift in background load cancels.
      for (const mode of batchOrder(batch)) timings[mode].push(...(await write(mode, from, to)));
      const done = to - first;
      if (done % 100 === 0 || to === last) {
        say(
          `  ${done}/${options.articles} articles per side; median write so far: ` +
            MODES.map((mode) => `${SIDE_LABELS[mode]} ${medianSoFar(mode)} ms`).join(', ')
        );
      }
    }
    for (const mode of MODES) {
      const worker = workers.get(mode) as Child;
      verify[mode] = (await run(worker, { type: 'verify' }, 60_000)) as VerifyReport;
      peakRssMb[mode] = Math.max(peakRssMb[mode] ?? 0, readMemory(worker.pid)?.peakMb ?? 0);
    }
  } finally {
    for (const worker of workers.values()) await worker.stop();
    removeSnapshot(distDir);
  }

  const stats = {
    on: summarize(timings.on),
    off: summarize(timings.off),
    precomputed: summarize(timings.precomputed),
  };
  const rows = Object.keys(stats.on).map((kind) => ({
    kind,
    on: stats.on[kind],
    off: stats.off[kind],
    precomputed: stats.precomputed[kind],
    /** What the hooks add to the same input (the target of issue 4). */
    medianOverheadPercent: overheadPercent(stats.on[kind].medianMs, stats.off[kind].medianMs),
    p90OverheadPercent: overheadPercent(stats.on[kind].p90Ms, stats.off[kind].p90Ms),
    /** What the hooks' own work costs once the rows they make are written either way. */
    medianOverheadOverPrecomputedPercent: overheadPercent(
      stats.on[kind].medianMs,
      stats.precomputed[kind].medianMs
    ),
  }));
  const headline = rows.find((row) => row.kind === 'any write');
  const hooksWorked =
    (verify.on?.withSources ?? 0) === verify.on?.rows &&
    verify.off?.withSources === 0 &&
    verify.precomputed?.withSources === verify.precomputed?.rows;

  say(
    `\nAttribution hooks: ${options.articles} articles × (${options.locales.join(' + ')}) per side, ` +
      `create → publish${options.locales.length > 1 ? ' → localize → publish' : ''}; ` +
      `${os.cpus().length} CPUs, load average ${loadBefore.map((v) => v.toFixed(1)).join(' ')} at start\n`
  );
  say(
    formatTable(
      [
        'write',
        'n',
        'hooks on: median ms',
        'p90',
        'off: median',
        'p90',
        'precomputed: median',
        'p90',
        'on vs off median',
        'p90',
        'on vs precomputed',
        'queries on/off/pre',
      ],
      rows.map((row) => [
        row.kind,
        row.on.writes,
        fixed(row.on.medianMs, 1),
        fixed(row.on.p90Ms, 1),
        fixed(row.off.medianMs, 1),
        fixed(row.off.p90Ms, 1),
        fixed(row.precomputed.medianMs, 1),
        fixed(row.precomputed.p90Ms, 1),
        `${signed(row.medianOverheadPercent)} %`,
        `${signed(row.p90OverheadPercent)} %`,
        `${signed(row.medianOverheadOverPrecomputedPercent)} %`,
        [row.on, row.off, row.precomputed].map((side) => fixed(side.medianQueries, 0)).join('/'),
      ])
    )
  );
  say(
    `\nsides: hooks on = CMS as shipped; off = attribution middleware left out by the worker, same input (no sources written); ` +
      `precomputed = hooks off, the input carries the sources, line and translation the hooks would compute`
  );
  say(
    `check: article rows with sources: hooks on ${verify.on?.withSources}/${verify.on?.rows}, ` +
      `off ${verify.off?.withSources}/${verify.off?.rows}, precomputed ` +
      `${verify.precomputed?.withSources}/${verify.precomputed?.rows} ${hooksWorked ? '(as expected)' : '(!! unexpected)'}`
  );
  const met = headline !== undefined && headline.medianOverheadPercent < TARGET_PERCENT;
  say(
    `target: the hooks add < ${TARGET_PERCENT} % to the median write → ` +
      `${fixed(headline?.medianOverheadPercent, 1)} % (${met ? 'met' : 'NOT met'}); ` +
      `their own work, rows aside: ${fixed(headline?.medianOverheadOverPrecomputedPercent, 1)} %`
  );

  const outFile = path.join(root, 'bench', 'results', 'hooks.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(
    outFile,
    `${JSON.stringify(
      {
        benchmark: 'attribution-hooks',
        finishedAt: new Date().toISOString(),
        seconds: (Date.now() - started) / 1000,
        machine: {
          cpus: os.cpus().length,
          node: process.version,
          loadAverageAtStart: loadBefore,
          loadAverageAtEnd: os.loadavg(),
        },
        settings: {
          articles: options.articles,
          warmupArticles: options.warmup,
          batch: options.batch,
          locales: options.locales,
          sequence:
            'create (en draft) → publish → update (new localization) → publish, per article',
          switch:
            'hooks off: the worker does not let register() add the attribution middleware (bench/lib/hooks-worker.ts)',
          sides: {
            on: 'hooks on',
            off: 'hooks off, same input',
            precomputed: 'hooks off, input carries what the hooks would compute',
          },
        },
        checks: { hooksWorked, verify, workerPeakRssMb: peakRssMb },
        results: rows,
        target: {
          name: 'median write, hooks on vs off, overhead %',
          wanted: `< ${TARGET_PERCENT}`,
          value: headline?.medianOverheadPercent ?? null,
          met,
        },
        timings,
      },
      null,
      2
    )}\n`
  );
  say(`written: ${path.relative(root, outFile)}`);
  if (!options.keep) {
    for (const mode of MODES) await dropDatabase(serverUrl, DATABASES[mode]);
  }
  return hooksWorked ? EXIT.ok : EXIT.failed;
}

const signed = (value: number) => `${value >= 0 ? '+' : ''}${fixed(value, 1)}`;

runCli(main);
