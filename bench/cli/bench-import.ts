/*
 * Import speed benchmark (not a test): generates N article files from the shipped samples,
 * each with different text, imports them into a scratch database on the same PostgreSQL
 * server as DATABASE_URL, imports them again (all unchanged), and reports articles/s.
 *
 *   node scripts/run.js bench-import [--count 2000] [--concurrency 4] [--locales az,en]
 *                                    [--publish] [--keep]
 *
 * The scratch database is dropped afterwards unless --keep; the files go to a temporary
 * folder that is removed too.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Core } from '@strapi/strapi';
import { importFiles, type ImportJob, type JobOutcome } from '../../src/importer/batch';
import { createProgressReporter } from '../../src/importer/report';
import {
  EXIT,
  UsageError,
  parseCommandLine,
  projectRoot,
  runCli,
  withStrapi,
} from '../../src/cli/boot';
import { localeOfSampleFile } from '../../src/cli/seed';

const say = (line: string) => process.stdout.write(`${line}\n`);

interface BenchOptions {
  count: number;
  concurrency: number;
  /** Only samples in these locales (default: all of them). */
  locales?: string[];
  publish: boolean;
  keep: boolean;
}

function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      count: { type: 'string', default: '2000' },
      concurrency: { type: 'string', default: '4' },
      locales: { type: 'string' },
      publish: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(count) || count < 1)
    throw new UsageError('--count must be a positive whole number.');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    throw new UsageError('--concurrency must be a whole number from 1 to 32.');
  }
  const locales = values.locales
    ?.split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  return {
    count,
    concurrency,
    ...(locales && locales.length > 0 && { locales }),
    publish: values.publish === true,
    keep: values.keep === true,
  };
}

/**
 * A sample turned into article number `n`: the headline and the last paragraph get the number,
 * so every file has its own content hash and slug, as real news does.
 */
export function varySample(text: string, n: number): string {
  const blocks = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/);
  const headlineAt = blocks.findIndex((block) => block.trim().length > 30);
  const at = headlineAt === -1 ? 0 : headlineAt;
  const headline = blocks[at].trim();
  blocks[at] = `${headline} (${n})`;
  // The headline repeated at the end (the seed does it) must stay a repeat.
  const last = blocks.length - 1;
  if (last > at && blocks[last].trim() === headline) blocks[last] = blocks[at];
  const bodyEnd = last > at && blocks[last] === blocks[at] ? last - 1 : last;
  blocks[bodyEnd] =
    `${blocks[bodyEnd].trimEnd()} Report ${n} of the benchmark, item ${(n * 7919) % 100003}.`;
  return blocks.join('\n\n');
}

async function generateFiles(
  dir: string,
  count: number,
  locales: string[] | undefined
): Promise<ImportJob[]> {
  const samplesDir = path.join(projectRoot(), 'database', 'samples');
  const samples: { locale: string; text: string }[] = [];
  for (const name of (await fs.readdir(samplesDir)).sort()) {
    const locale = localeOfSampleFile(name);
    if (!name.endsWith('.txt') || !locale) continue;
    if (locales && !locales.includes(locale)) continue;
    samples.push({ locale, text: await fs.readFile(path.join(samplesDir, name), 'utf8') });
  }
  if (samples.length === 0) throw new UsageError(`No samples in ${locales?.join(', ')}.`);
  const jobs: ImportJob[] = [];
  for (let n = 0; n < count; n += 1) {
    const sample = samples[n % samples.length];
    const file = path.join(dir, sample.locale, `${String(n).padStart(5, '0')}.txt`);
    if (n < samples.length) await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, varySample(sample.text, n));
    jobs.push({ file, locale: sample.locale });
  }
  return jobs;
}

/** Database URL `base` with another database name. */
function withDatabase(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface PassResult {
  seconds: number;
  /** CPU time of this process (user + system) during the pass. */
  cpuSeconds: number;
  counts: Record<JobOutcome['status'], number>;
  failures: string[];
  queries: number;
}

async function importPass(
  strapi: Core.Strapi,
  jobs: ImportJob[],
  options: BenchOptions,
  label: string
): Promise<PassResult> {
  let queries = 0;
  const countQuery = () => {
    queries += 1;
  };
  strapi.db.connection.on('query', countQuery);
  const reporter = createProgressReporter({
    tty: Boolean(process.stderr.isTTY),
    // Without a terminal, one line per 250 files instead of one per file.
    write: (line) => {
      const done = /^\[(\d+)\//.exec(line);
      if (done && Number(done[1]) % 250 === 0) say(`${label}: ${done[1]}/${jobs.length}`);
    },
  });
  const counts = { created: 0, unchanged: 0, failed: 0 };
  const failures: string[] = [];
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  reporter.start(jobs.length);
  await importFiles(strapi, jobs, {
    concurrency: options.concurrency,
    publish: options.publish,
    onOutcome: (outcome) => {
      counts[outcome.status] += 1;
      if (outcome.status === 'failed' && failures.length < 10) {
        failures.push(`${outcome.job.file}: ${outcome.reason}`);
      }
      reporter.outcome(outcome);
    },
  });
  reporter.stop();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  strapi.db.connection.off('query', countQuery);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, counts, failures, queries };
}

const ratePerSecond = (pass: PassResult) =>
  (pass.counts.created + pass.counts.unchanged) / pass.seconds;
const round = (value: number) => Math.round(value * 10) / 10;

function describePass(label: string, files: number, pass: PassResult): string[] {
  const { created, unchanged, failed } = pass.counts;
  return [
    `${label}: ${files} files in ${pass.seconds.toFixed(1)} s = ` +
      `${ratePerSecond(pass).toFixed(1)} articles/s (${created} created, ${unchanged} unchanged, ` +
      `${failed} failed; per file ${(pass.queries / files).toFixed(1)} SQL statements and ` +
      `${((pass.cpuSeconds * 1000) / files).toFixed(1)} ms of Node CPU)`,
    ...pass.failures.map((failure) => `  - ${failure}`),
  ];
}

async function main(argv: string[]): Promise<number> {
  const options = parseBenchArgs(argv);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    throw new UsageError(
      'DATABASE_URL is not set: run through `node scripts/run.js bench-import`.'
    );
  }

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-bench-import-'));
  const database = `newsroom_bench_import_${Date.now().toString(36)}`;
  let created = false;
  try {
    const generating = Date.now();
    const jobs = await generateFiles(dir, options.count, options.locales);
    const took = ((Date.now() - generating) / 1000).toFixed(1);
    say(`Generated ${jobs.length} files in ${dir} (${took} s)`);

    await adminQuery(serverUrl, `CREATE DATABASE "${database}"`);
    created = true;
    // The samples are in az, en, ru and tr: the scratch database serves all four.
    const configured = (process.env.CMS_LOCALES ?? 'en,az').split(',');
    process.env.CMS_LOCALES = [...new Set([...configured, 'az', 'en', 'ru', 'tr'])].join(',');
    const { first, repeat } = await withStrapi(
      async (strapi) => {
        const publish = options.publish ? ', --publish' : '';
        say(`Scratch database ${database}; concurrency ${options.concurrency}${publish}`);
        return {
          first: await importPass(strapi, jobs, options, 'first import'),
          repeat: await importPass(strapi, jobs, options, 'repeat import'),
        };
      },
      { databaseUrl: withDatabase(serverUrl, database) }
    );
    describePass('First import', jobs.length, first).forEach(say);
    describePass('Repeat (all unchanged)', jobs.length, repeat).forEach(say);
    // The machine may be shared: the load says how much of it the benchmark had.
    const load = os.loadavg().map((value) => value.toFixed(2));
    say(`Load average after the run: ${load.join(' ')} on ${os.cpus().length} CPU(s)`);
    const failed = first.counts.failed + repeat.counts.failed;
    say(
      JSON.stringify({
        bench: 'import',
        files: jobs.length,
        concurrency: options.concurrency,
        locales: options.locales ?? 'all',
        publish: options.publish,
        importedPerSecond: round(ratePerSecond(first)),
        unchangedPerSecond: round(ratePerSecond(repeat)),
        failed,
      })
    );
    return failed > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    if (created && options.keep) say(`Kept database ${database}`);
    else if (created) {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(
        (error: Error) => say(`Could not drop ${database}: ${error.message}`)
      );
    }
  }
}

if (require.main === module) runCli(main);
