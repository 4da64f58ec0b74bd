import type { Knex } from 'knex';
import { PROCESS_ID } from './bus';

/*
 * Scheduled work that runs once across every instance on the database: each instance polls,
 * and a run is claimed with one conditional UPDATE of the job's row, which PostgreSQL lets
 * only one of them win (the others, after the row lock, re-check the WHERE and match nothing).
 * A claim also takes a lease, renewed while the run lasts, so a run that outlasts its period is
 * not started again beside it, and a process that died mid-run is replaced once its lease ends.
 */
const TABLE = 'newsroom_scheduled_jobs';

export interface ScheduleOptions {
  /**
   * How long after its runner stopped answering a run is taken for dead and may be started
   * elsewhere; a live runner renews it every third of it. Default 30 s.
   */
  leaseMs?: number;
  /** How often this instance looks for a due run; default the period, at most 5 s. */
  pollMs?: number;
  onError?: (error: Error) => void;
}

export interface ScheduledJob {
  stop(): Promise<void>;
}

export interface JobRun {
  /** When this run was claimed, by the database's clock. */
  claimedAt: Date;
}

/** `250`, `'500ms'`, `'30s'`, `'5m'`, `'1h'` → milliseconds. */
export function periodMs(every: number | string): number {
  if (typeof every === 'number' && Number.isFinite(every) && every > 0) return every;
  const match = typeof every === 'string' ? /^(\d+)\s*(ms|s|m|h)$/.exec(every.trim()) : null;
  if (!match) throw new Error(`a period such as 30s, 5m or 1h was expected, not "${every}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return Number(match[1]) * unit;
}

async function ensureTable(knex: Knex): Promise<void> {
  // Two instances creating the table at once would race on PostgreSQL's catalog.
  await knex.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [TABLE]);
    await trx.raw(`CREATE TABLE IF NOT EXISTS ${TABLE} (
      name text PRIMARY KEY,
      next_run_at timestamptz NOT NULL,
      lease_until timestamptz,
      last_run_by text,
      last_started_at timestamptz,
      last_finished_at timestamptz,
      last_error text
    )`);
  });
}

/**
 * Runs `job` every `every` (a number of ms or `'30s'`, `'5m'`...), once across all instances
 * sharing the database: whichever instance claims a due run does it.
 */
export async function scheduleOnce(
  knex: Knex,
  name: string,
  every: number | string,
  job: (run: JobRun) => Promise<void>,
  options: ScheduleOptions = {}
): Promise<ScheduledJob> {
  const period = periodMs(every);
  const leaseMs = options.leaseMs ?? 30_000;
  await ensureTable(knex);
  await knex.raw(
    `INSERT INTO ${TABLE} (name, next_run_at) VALUES (?, now()) ON CONFLICT (name) DO NOTHING`,
    [name]
  );

  let stopped = false;
  let running: Promise<void> | null = null;

  const claim = async (): Promise<JobRun | null> => {
    const result = await knex.raw(
      `UPDATE ${TABLE}
          SET next_run_at = now() + (? * interval '1 millisecond'),
              lease_until = now() + (? * interval '1 millisecond'),
              last_run_by = ?, last_started_at = now()
        WHERE name = ? AND next_run_at <= now() AND (lease_until IS NULL OR lease_until < now())
        RETURNING last_started_at`,
      [period, leaseMs, PROCESS_ID, name]
    );
    const [row] = (result as { rows: { last_started_at: Date }[] }).rows;
    return row ? { claimedAt: row.last_started_at } : null;
  };

  const renewLease = () =>
    knex.raw(
      `UPDATE ${TABLE} SET lease_until = now() + (? * interval '1 millisecond')
        WHERE name = ? AND last_run_by = ?`,
      [leaseMs, name, PROCESS_ID]
    );

  const finish = (error: Error | null) =>
    knex.raw(
      `UPDATE ${TABLE} SET lease_until = NULL, last_finished_at = now(), last_error = ?
        WHERE name = ? AND last_run_by = ?`,
      [error ? error.message.slice(0, 1000) : null, name, PROCESS_ID]
    );

  const tick = async () => {
    if (stopped || running) return;
    running = (async () => {
      try {
        const run = await claim();
        if (!run) return;
        const renewal = setInterval(() => {
          renewLease().catch((error: Error) => options.onError?.(error));
        }, leaseMs / 3);
        let failure: Error | null = null;
        try {
          await job(run);
        } catch (error) {
          failure = error as Error;
          options.onError?.(failure);
        } finally {
          clearInterval(renewal);
        }
        await finish(failure);
      } catch (error) {
        options.onError?.(error as Error);
      }
    })().finally(() => {
      running = null;
    });
    await running;
  };

  const timer = setInterval(() => void tick(), options.pollMs ?? Math.min(period, 5000));
  timer.unref();
  void tick();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
