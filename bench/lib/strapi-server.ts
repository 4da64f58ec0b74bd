/*
 * The app under test (a child process of `npm run bench`): the compiled CMS listening on
 * 127.0.0.1:PORT against BENCH_DATABASE_URL, as `strapi start` runs it. The parent sets
 * CMS_RESPONSE_CACHE (on/off) and NODE_ENV. With BENCH_CPU_PROFILE=<dir> it records a CPU
 * profile from start to stop and writes it there (<dir>/strapi-<pid>.cpuprofile, for Chrome's
 * DevTools or `npx speedscope`): where a benchmark's server time goes.
 *
 *   BENCH_DATABASE_URL=… PORT=… node <snapshot>/bench-build/bench/lib/strapi-server.js
 */
import { appDirOfChild } from './app-snapshot';
import { createBenchStrapi } from './strapi-app';
import { announceReady } from './child-protocol';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

/** Starts the V8 profiler; the returned function stops it and writes the profile. */
async function startCpuProfile(directory: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(directory, { recursive: true });
    writeFileSync(
      path.join(directory, `strapi-${process.pid}.cpuprofile`),
      JSON.stringify(profile)
    );
  };
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT);
  process.env.HOST = '127.0.0.1';
  const strapi = createBenchStrapi({
    distDir: appDirOfChild(__dirname),
    databaseUrl: process.env.BENCH_DATABASE_URL as string,
  });
  const profileDirectory = process.env.BENCH_CPU_PROFILE;
  await strapi.start();
  const saveProfile = profileDirectory ? await startCpuProfile(profileDirectory) : null;
  announceReady(port);
  const stop = () => {
    void Promise.resolve(saveProfile?.())
      .then(() => strapi.destroy())
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
