import type { Core } from '@strapi/strapi';
import { ArticleParseError, contentHash, parseArticleText } from '../ingest';
import { readArticleFile } from './files';
import { importArticle } from './import-article';
import { forEachPooled } from './pool';
import type { ImportResult } from './types';

/** One file to import, in one locale. */
export interface ImportJob {
  file: string;
  locale: string;
  section?: string;
  originalReporting?: boolean;
}

export type JobOutcome =
  | { job: ImportJob; status: 'created' | 'unchanged'; result: ImportResult }
  | { job: ImportJob; status: 'failed'; reason: string };

export interface BatchOptions {
  /** Articles in flight at once; each has its own transaction. */
  concurrency: number;
  publish: boolean;
  /** Called as each file finishes, in completion order. */
  onOutcome?: (outcome: JobOutcome) => void;
}

/**
 * Imports files one transaction each, a few at a time; a failure is recorded with its reason
 * and the batch goes on. Outcomes come back in the order of `jobs`.
 */
export async function importFiles(
  strapi: Core.Strapi,
  jobs: readonly ImportJob[],
  options: BatchOptions
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = new Array(jobs.length);
  await forEachPooled(jobs, options.concurrency, async (job, index) => {
    let outcome: JobOutcome;
    try {
      const text = await readArticleFile(job.file);
      const result = await importArticle(strapi, {
        text,
        locale: job.locale,
        ...(job.section !== undefined && { section: job.section }),
        ...(job.originalReporting && { originalReporting: true }),
        publish: options.publish,
      });
      outcome = { job, status: result.status, result };
    } catch (error) {
      outcome = { job, status: 'failed', reason: reasonOf(error) };
    }
    outcomes[index] = outcome;
    options.onOutcome?.(outcome);
  });
  return outcomes;
}

/**
 * Whether a batch did all it was asked: no file failed, and with `publish` none was refused
 * by the attribution guard (a script that asked to publish must not read success then).
 */
export function batchSucceeded(outcomes: readonly JobOutcome[], publish: boolean): boolean {
  return outcomes.every(
    (outcome) =>
      outcome.status !== 'failed' && !(publish && outcome.result.publish?.outcome === 'refused')
  );
}

export type DryRunOutcome =
  | { job: ImportJob; status: 'parsed'; headline: string; warnings: string[]; duplicateOf?: string }
  | { job: ImportJob; status: 'failed'; reason: string };

/**
 * What an import would read, without a database: each file parsed and hashed, repeats within
 * the batch pointed out. (Repeats of what is already stored need the database: a real run
 * reports them as unchanged.)
 */
export async function dryRunFiles(
  jobs: readonly ImportJob[],
  onOutcome?: (outcome: DryRunOutcome) => void
): Promise<DryRunOutcome[]> {
  const firstWithHash = new Map<string, string>();
  const outcomes: DryRunOutcome[] = [];
  for (const job of jobs) {
    let outcome: DryRunOutcome;
    try {
      const parsed = parseArticleText(await readArticleFile(job.file));
      const key = `${job.locale}:${contentHash(parsed)}`;
      const duplicateOf = firstWithHash.get(key);
      if (!duplicateOf) firstWithHash.set(key, job.file);
      outcome = {
        job,
        status: 'parsed',
        headline: parsed.headline,
        warnings: parsed.warnings,
        ...(duplicateOf !== undefined && { duplicateOf }),
      };
    } catch (error) {
      outcome = { job, status: 'failed', reason: reasonOf(error) };
    }
    outcomes.push(outcome);
    onOutcome?.(outcome);
  }
  return outcomes;
}

function reasonOf(error: unknown): string {
  if (error instanceof ArticleParseError) {
    return `The text cannot be imported as an article: ${error.message}`;
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR'
      ? `cannot read the file (${code})`
      : error.message;
  }
  return String(error);
}
