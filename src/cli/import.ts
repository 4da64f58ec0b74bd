/*
 * npm run import -- --locale az [--publish] [--dry-run] [--section NAME] [--concurrency N] <files or folders>
 * Imports plain-text articles (folders: every *.txt inside, at any depth), each in its own
 * transaction. Exit code 0 when every file was imported or was already there, 1 when any
 * failed, 2 on a usage error.
 */
import type { Core } from '@strapi/strapi';
import { batchSucceeded, dryRunFiles, importFiles, type ImportJob } from '../importer/batch';
import { collectTextFiles } from '../importer/files';
import {
  createProgressReporter,
  describeDryRunOutcome,
  summarizeDryRun,
  summarizeImport,
} from '../importer/report';
import { knownLocaleCodes } from '../locales/known';
import { EXIT, UsageError, parseCommandLine, runCli, wholeNumberOption, withStrapi } from './boot';

const USAGE = `Usage: npm run import -- --locale <code> [options] <file or folder>...

Imports plain-text articles as drafts; folders are searched for *.txt files at any depth.

Options:
  -l, --locale <code>     locale of the texts, e.g. az (required)
      --publish           publish the articles the attribution guard accepts
      --dry-run           parse and report only; no database
      --original-reporting  the texts are the site's own reporting (publishable without a source)
      --section <name>    section for every article (else the text's section line)
      --concurrency <n>   articles imported at once, 1-16 (default 4)
  -h, --help              show this help`;

const say = (line: string) => process.stdout.write(`${line}\n`);

interface Options {
  locale: string;
  publish: boolean;
  dryRun: boolean;
  originalReporting: boolean;
  section?: string;
  concurrency: number;
  paths: string[];
}

export function parseImportArgs(argv: string[]): Options | 'help' {
  const { values, positionals } = parseCommandLine(
    {
      args: argv,
      allowPositionals: true,
      options: {
        locale: { type: 'string', short: 'l' },
        publish: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'original-reporting': { type: 'boolean', default: false },
        section: { type: 'string' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    USAGE
  );
  if (values.help) return 'help';
  if (!values.locale) throw new UsageError(`--locale is required.\n\n${USAGE}`);
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(values.locale)) {
    throw new UsageError(`--locale "${values.locale}" is not a locale code such as az or pt-BR.`);
  }
  if (positionals.length === 0)
    throw new UsageError(`Name at least one file or folder.\n\n${USAGE}`);
  const concurrency =
    values.concurrency === undefined
      ? 4
      : wholeNumberOption('concurrency', values.concurrency, 1, 16);
  return {
    locale: values.locale,
    publish: values.publish === true,
    dryRun: values['dry-run'] === true,
    originalReporting: values['original-reporting'] === true,
    ...(values.section !== undefined && { section: values.section }),
    concurrency,
    paths: positionals,
  };
}

async function main(argv: string[]): Promise<number> {
  const options = parseImportArgs(argv);
  if (options === 'help') {
    say(USAGE);
    return EXIT.ok;
  }
  const { files, missing } = await collectTextFiles(options.paths);
  if (missing.length > 0) throw new UsageError(`No such file or folder: ${missing.join(', ')}`);
  if (files.length === 0) {
    say(`No .txt files in ${options.paths.join(', ')}: nothing to import.`);
    return EXIT.ok;
  }
  const jobs: ImportJob[] = files.map((file) => ({
    file,
    locale: options.locale,
    ...(options.section !== undefined && { section: options.section }),
    ...(options.originalReporting && { originalReporting: true }),
  }));

  if (options.dryRun) {
    const outcomes = await dryRunFiles(jobs, (outcome) => say(describeDryRunOutcome(outcome)));
    summarizeDryRun(outcomes).forEach(say);
    return outcomes.some((outcome) => outcome.status === 'failed') ? EXIT.failed : EXIT.ok;
  }

  return withStrapi(async (strapi) => {
    await assertLocaleConfigured(strapi, options.locale);
    const reporter = createProgressReporter({ tty: Boolean(process.stderr.isTTY), write: say });
    const started = Date.now();
    reporter.start(jobs.length);
    const outcomes = await importFiles(strapi, jobs, {
      concurrency: options.concurrency,
      publish: options.publish,
      onOutcome: (outcome) => reporter.outcome(outcome),
    });
    reporter.stop();
    summarizeImport(outcomes, Date.now() - started, { publish: options.publish }).forEach(say);
    return batchSucceeded(outcomes, options.publish) ? EXIT.ok : EXIT.failed;
  });
}

/** An unknown locale would fail every file the same way: say it once, as a usage error. */
async function assertLocaleConfigured(strapi: Core.Strapi, locale: string): Promise<void> {
  const known = await knownLocaleCodes(strapi);
  if (!known.has(locale)) {
    throw new UsageError(
      `Unknown locale "${locale}". Available locales: ${[...known].sort().join(', ')} ` +
        '(add more with CMS_LOCALES or `npm run locales`).'
    );
  }
}

if (require.main === module) runCli(main);
