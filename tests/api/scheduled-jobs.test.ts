/*
 * scheduleOnce(): a job scheduled by every instance runs once across them. Three processes
 * on one database (this one and two others running the compiled scheduler) schedule the same
 * job; the runs they record are counted and spaced.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import knexFactory, { type Knex } from 'knex';
import { periodMs, scheduleOnce } from '../../src/coherence/schedule';

const SCRIPT = path.resolve(__dirname, '../harness/scheduled-job.js');

let knex: Knex;

interface Run {
  run_by: string;
  at: Date;
}

function otherProcess(name: string, period: number, runForMs: number, jobMs: number) {
  const child = spawn(
    process.execPath,
    [SCRIPT, name, String(period), String(runForMs), String(jobMs)],
    {
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    }
  );
  const scheduled = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('scheduled')) resolve();
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { scheduled, exited };
}

async function runsOf(name: string): Promise<Run[]> {
  return (await knex.raw('SELECT run_by, at FROM test_job_runs WHERE name = ? ORDER BY at', [name]))
    .rows as Run[];
}

async function scheduleHere(name: string, period: number, runForMs: number, jobMs: number) {
  const job = await scheduleOnce(knex, name, period, async ({ claimedAt }) => {
    await knex.raw('INSERT INTO test_job_runs (name, run_by, at) VALUES (?, ?, ?)', [
      name,
      'this process',
      claimedAt,
    ]);
    await new Promise((resolve) => setTimeout(resolve, jobMs));
  });
  await new Promise((resolve) => setTimeout(resolve, runForMs));
  await job.stop();
}

beforeAll(async () => {
  knex = knexFactory({
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 0, max: 4 },
  });
  await knex.raw(
    'CREATE TABLE IF NOT EXISTS test_job_runs (name text, run_by text, at timestamptz DEFAULT clock_timestamp())'
  );
});
afterAll(async () => {
  await knex.destroy();
});

describe('scheduleOnce', () => {
  it('runs a due job once, however many instances schedule it at the same moment', async () => {
    const name = `once-${Date.now()}`;
    const hour = 3_600_000;
    const others = [otherProcess(name, hour, 3000, 200), otherProcess(name, hour, 3000, 200)];
    await Promise.all(others.map((other) => other.scheduled));
    await scheduleHere(name, hour, 3000, 200);
    expect(await Promise.all(others.map((other) => other.exited))).toEqual([0, 0]);
    expect(await runsOf(name)).toHaveLength(1);
  });

  it('runs a periodic job once a period across instances, never two runs in one period', async () => {
    const name = `periodic-${Date.now()}`;
    const period = 400;
    const others = [otherProcess(name, period, 4000, 50), otherProcess(name, period, 4000, 50)];
    await Promise.all(others.map((other) => other.scheduled));
    await scheduleHere(name, period, 4000, 50);
    await Promise.all(others.map((other) => other.exited));
    const runs = await runsOf(name);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const gaps = runs.slice(1).map((run, index) => run.at.getTime() - runs[index].at.getTime());
    // Claimed by the database's clock: runs are a period apart at least, whoever ran them.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(period - 5);
  });

  it('does not start a run beside one that outlasts its period', async () => {
    const name = `slow-${Date.now()}`;
    const others = [otherProcess(name, 100, 1500, 1200)];
    await others[0].scheduled;
    await scheduleHere(name, 100, 1500, 1200);
    await others[0].exited;
    const runs = await runsOf(name);
    const gaps = runs.slice(1).map((run, index) => run.at.getTime() - runs[index].at.getTime());
    expect(gaps.every((gap) => gap >= 1200)).toBe(true);
  });

  it('reads periods as numbers of ms or with a unit', () => {
    expect(periodMs(250)).toBe(250);
    expect(periodMs('30s')).toBe(30_000);
    expect(periodMs('5m')).toBe(300_000);
    expect(() => periodMs('every day')).toThrow(/30s, 5m or 1h/);
  });
});
