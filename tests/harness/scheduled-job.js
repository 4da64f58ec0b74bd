// @ts-check
'use strict';
/*
 * One more process scheduling the same job (the compiled src/coherence/schedule), as another
 * app instance would: `node scheduled-job.js <name> <period> <runForMs> <jobMs>`. Each run
 * records itself in test_job_runs; prints `scheduled` when the schedule is in place.
 */
const path = require('node:path');
const knexFactory = require('knex');

const { scheduleOnce } = require(path.resolve(__dirname, '../../dist/src/coherence/schedule.js'));
const [name, period, runForMs, jobMs] = process.argv.slice(2);

(async () => {
  const knex = knexFactory({
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 0, max: 2 },
  });
  const job = await scheduleOnce(knex, name, Number(period), async ({ claimedAt }) => {
    await knex.raw('INSERT INTO test_job_runs (name, run_by, at) VALUES (?, ?, ?)', [
      name,
      `pid:${process.pid}`,
      claimedAt,
    ]);
    await new Promise((resolve) => setTimeout(resolve, Number(jobMs)));
  });
  process.stdout.write('scheduled\n');
  await new Promise((resolve) => setTimeout(resolve, Number(runForMs)));
  await job.stop();
  await knex.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
