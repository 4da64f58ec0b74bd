import type { Core } from '@strapi/strapi';
import { ChangeListener, listenerConnection } from './bus';
import { scheduleOnce, type JobRun, type ScheduledJob, type ScheduleOptions } from './schedule';

/*
 * One database, many processes: bus.ts (NOTIFY in the writer's transaction, LISTEN on a
 * connection of its own), changes.ts (what a change says), local-caches.ts (the in-process
 * memories that follow it), schedule.ts (work run once across instances), model-writes.ts.
 */
export { announce } from './bus';
export { scheduleOnce, type JobRun, type ScheduledJob } from './schedule';

let listener: ChangeListener | null = null;
const jobs = new Set<ScheduledJob>();

/**
 * For features that run on a clock (embargo lift, scheduled unpublish): `job` runs every
 * `every` (ms, or '30s', '5m', '1h'), once across all instances, and stops with Strapi.
 */
export async function scheduleJob(
  strapi: Core.Strapi,
  name: string,
  every: number | string,
  job: (run: JobRun) => Promise<void>,
  options: ScheduleOptions = {}
): Promise<ScheduledJob> {
  const scheduled = await scheduleOnce(strapi.db.connection, name, every, job, {
    onError: (error) => strapi.log.error(`Scheduled job ${name} failed: ${error.message}`),
    ...options,
  });
  jobs.add(scheduled);
  return scheduled;
}

/** For bootstrap(), first: from here on this process hears every other process's writes. */
export async function startCoherence(strapi: Core.Strapi): Promise<void> {
  listener = new ChangeListener(listenerConnection(strapi), {
    onState: (state, detail) => {
      if (state === 'lost') strapi.log.warn(`Change listener lost (${detail}); reconnecting`);
      else strapi.log.debug('Change listener connected');
    },
    onChange: (change) => strapi.log.debug(`change heard: ${JSON.stringify(change)}`),
  });
  await listener.start();
}

export async function stopCoherence(): Promise<void> {
  await Promise.all([...jobs].map((job) => job.stop()));
  jobs.clear();
  await listener?.stop();
  listener = null;
}
