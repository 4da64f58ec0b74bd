/*
 * The app under test (a child process of `npm run bench`): the compiled CMS listening on
 * 127.0.0.1:PORT against BENCH_DATABASE_URL, as `strapi start` runs it. The parent sets
 * CMS_RESPONSE_CACHE (on/off) and NODE_ENV.
 *
 *   BENCH_DATABASE_URL=… PORT=… node <snapshot>/bench-build/bench/lib/strapi-server.js
 */
import { appDirOfChild } from './app-snapshot';
import { createBenchStrapi } from './strapi-app';
import { announceReady } from './child-protocol';

async function main(): Promise<void> {
  const port = Number(process.env.PORT);
  process.env.HOST = '127.0.0.1';
  const strapi = createBenchStrapi({
    distDir: appDirOfChild(__dirname),
    databaseUrl: process.env.BENCH_DATABASE_URL as string,
  });
  await strapi.start();
  announceReady(port);
  const stop = () => {
    void strapi
      .destroy()
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
