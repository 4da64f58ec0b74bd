import { SingleBar } from 'cli-progress';
import type { DryRunOutcome, JobOutcome } from './batch';

type Write = (line: string) => void;

export interface ProgressReporter {
  start(total: number): void;
  outcome(outcome: JobOutcome): void;
  stop(): void;
}

interface Counts {
  created: number;
  unchanged: number;
  failed: number;
}

/**
 * A progress bar (cli-progress, on stderr) when stderr is a terminal; otherwise one plain
 * line per file on `write`, which is what logs and CI want.
 */
export function createProgressReporter(options: { tty: boolean; write: Write }): ProgressReporter {
  return options.tty ? barReporter() : lineReporter(options.write);
}

function barReporter(): ProgressReporter {
  const counts: Counts = { created: 0, unchanged: 0, failed: 0 };
  const bar = new SingleBar({
    format:
      'Importing [{bar}] {percentage}% | {value}/{total} | {created} created, {unchanged} unchanged, {failed} failed | ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 100,
    fps: 10,
  });
  return {
    start: (total) => bar.start(total, 0, { ...counts }),
    outcome: (outcome) => {
      counts[outcome.status] += 1;
      bar.increment(1, { ...counts });
    },
    stop: () => bar.stop(),
  };
}

function lineReporter(write: Write): ProgressReporter {
  let done = 0;
  let total = 0;
  return {
    start: (count) => {
      total = count;
    },
    outcome: (outcome) => {
      done += 1;
      write(`[${done}/${total}] ${describeOutcome(outcome)}`);
    },
    stop: () => undefined,
  };
}

export function describeOutcome(outcome: JobOutcome): string {
  const { file } = outcome.job;
  if (outcome.status === 'failed') return `failed ${file}: ${outcome.reason}`;
  const { article, publish } = outcome.result;
  const published =
    publish?.outcome === 'published'
      ? ', published'
      : publish?.outcome === 'refused'
        ? ', not published (refused by the attribution guard)'
        : '';
  const slug = article.slug ? `, /${article.slug}` : '';
  return `${outcome.status} ${file} → ${article.documentId} (${article.locale}${slug})${published}`;
}

/** The closing report: counts, then every refusal and failure with its file and reason. */
export function summarizeImport(
  outcomes: readonly JobOutcome[],
  elapsedMs: number,
  options: { publish: boolean }
): string[] {
  const counts: Counts = { created: 0, unchanged: 0, failed: 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? (outcomes.length - counts.failed) / seconds : 0;
  const lines = [
    `Summary: ${counts.created} created, ${counts.unchanged} unchanged, ${counts.failed} failed ` +
      `(${outcomes.length} file(s) in ${seconds.toFixed(1)} s, ${rate.toFixed(1)} articles/s)`,
  ];

  if (options.publish) {
    const published = outcomes.filter(
      (o) => o.status !== 'failed' && o.result.publish?.outcome === 'published'
    ).length;
    const already = outcomes.filter(
      (o) => o.status !== 'failed' && o.result.publish?.outcome === 'already-published'
    ).length;
    const refused = outcomes.flatMap((o) =>
      o.status !== 'failed' && o.result.publish?.outcome === 'refused'
        ? [{ file: o.job.file, reason: o.result.publish.reason }]
        : []
    );
    lines.push(
      `Published: ${published} now, ${already} already published, ${refused.length} refused by the attribution guard`
    );
    if (refused.length > 0) {
      lines.push('Not published (kept as drafts):');
      for (const { file, reason } of refused) lines.push(`  - ${file}: ${reason}`);
    }
  }

  const failures = outcomes.filter(
    (o): o is Extract<JobOutcome, { status: 'failed' }> => o.status === 'failed'
  );
  if (failures.length > 0) {
    lines.push('Failed:');
    for (const failure of failures) lines.push(`  - ${failure.job.file}: ${failure.reason}`);
  }
  return lines;
}

export function describeDryRunOutcome(outcome: DryRunOutcome): string {
  const { file } = outcome.job;
  if (outcome.status === 'failed') return `failed ${file}: ${outcome.reason}`;
  const notes = [
    ...(outcome.duplicateOf ? [`same text as ${outcome.duplicateOf}`] : []),
    ...outcome.warnings,
  ];
  return `parsed ${file}: "${outcome.headline}"${notes.length ? `\n    ${notes.join('\n    ')}` : ''}`;
}

export function summarizeDryRun(outcomes: readonly DryRunOutcome[]): string[] {
  const failures = outcomes.filter(
    (o): o is Extract<DryRunOutcome, { status: 'failed' }> => o.status === 'failed'
  );
  const repeats = outcomes.filter((o) => o.status === 'parsed' && o.duplicateOf).length;
  const lines = [
    `Dry run: ${outcomes.length - failures.length} parsed, ${failures.length} failed, ` +
      `${repeats} repeat(s) within these files; nothing was written`,
  ];
  if (failures.length > 0) {
    lines.push('Failed:');
    for (const failure of failures) lines.push(`  - ${failure.job.file}: ${failure.reason}`);
  }
  return lines;
}
