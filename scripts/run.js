#!/usr/bin/env node
// @ts-check
'use strict';
/*
 * The one launcher behind `npm run develop | start | import | seed | locales | bench`.
 * It completes .env, starts the embedded PostgreSQL when DATABASE_URL is not set, runs the
 * command, and stops PostgreSQL with it: on Ctrl-C, SIGTERM, or the command crashing.
 */
const path = require('node:path');
const { spawn } = require('node:child_process');
const { loadEnvFile } = require('./lib/env-file');
const { startEmbeddedPostgres } = require('./lib/embedded-postgres');

const root = path.resolve(__dirname, '..');
// The package's exports map hides bin/; resolve it beside package.json instead.
const strapiBin = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json')),
  'bin',
  'strapi.js'
);
// CLI tools are TypeScript under src/cli, compiled with the app into dist/.
const cli = (/** @type {string} */ name) => [
  'compile-then',
  path.join('dist', 'src', 'cli', `${name}.js`),
];

/** @type {Record<string, string[]>} */
const COMMANDS = {
  develop: [strapiBin, 'develop'],
  build: [strapiBin, 'build'],
  start: [strapiBin, 'start'],
  import: cli('import'),
  seed: cli('seed'),
  locales: cli('locales'),
  bench: cli('bench'),
  'bench-hooks': cli('bench-hooks'),
  'bench-import': cli('bench-import'),
  'bench-graphql-cost': cli('bench-graphql-cost'),
  // Just the database, until Ctrl-C: for psql, GUI clients or scripts of your own.
  db: [
    '-e',
    "console.log('[newsroom] DATABASE_URL=' + process.env.DATABASE_URL); setInterval(() => {}, 1 << 30);",
  ],
};

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const argv = command ? COMMANDS[command] : undefined;
  if (!argv) {
    console.error(`usage: node scripts/run.js <${Object.keys(COMMANDS).join('|')}> [args]`);
    process.exit(2);
  }
  process.chdir(root);
  loadEnvFile(root);
  if (process.env.NODE_ENV === 'production') {
    const { SECRET_NAMES } = require('./lib/env-file');
    const missing = SECRET_NAMES.filter((name) => !process.env[name]);
    if (missing.length > 0) {
      console.error(`Refusing to start in production without secrets: ${missing.join(', ')}`);
      process.exit(1);
    }
  }

  // Compile before the database starts: a type error exits the process right here.
  if (argv[0] === 'compile-then') {
    const { compileStrapi } = require('@strapi/strapi');
    await compileStrapi({ appDir: root });
  }

  // `strapi build` reads config/database.ts but never connects: no server for it.
  if (command === 'build' && !process.env.DATABASE_URL) {
    process.env.DATABASE_URL = 'postgres://build-only@127.0.0.1:1/unused';
  }

  /** @type {null | (() => Promise<void>)} */
  let stopDatabase = null;
  if (!process.env.DATABASE_URL) {
    const dataDir = process.env.EMBEDDED_PG_DATA_DIR || path.join(root, 'database', '.data');
    const port = Number(process.env.EMBEDDED_PG_PORT || 5433);
    const database = process.env.EMBEDDED_PG_DATABASE || 'newsroom';
    const embedded = await startEmbeddedPostgres({ dataDir, port, database });
    stopDatabase = embedded.stop;
    process.env.DATABASE_URL = embedded.url;
    console.log(`[newsroom] embedded PostgreSQL on 127.0.0.1:${port}, data in database/.data`);
  }

  let exiting = false;
  /** @param {number} code */
  const shutdown = async (code) => {
    if (exiting) return;
    exiting = true;
    if (stopDatabase) {
      await stopDatabase().catch((error) =>
        console.error('[newsroom] stopping PostgreSQL:', error)
      );
      console.log('[newsroom] embedded PostgreSQL stopped');
    }
    process.exit(code);
  };

  const childArgs = argv[0] === 'compile-then' ? [argv[1], ...args] : [...argv, ...args];
  const exitWithParent = path.join(__dirname, 'lib', 'exit-with-parent.js');
  const child = spawn(process.execPath, ['--require', exitWithParent, ...childArgs], {
    stdio: 'inherit',
    env: process.env,
  });

  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => {
      // The child gets the same signal from the terminal on Ctrl-C; forward it for SIGTERM.
      if (child.exitCode === null) child.kill(signal);
    });
  }
  process.on('uncaughtException', (error) => {
    console.error(error);
    if (child.exitCode === null) child.kill('SIGTERM');
    void shutdown(1);
  });
  child.on('exit', (code, signal) => void shutdown(code ?? (signal ? 1 : 0)));
}

main().catch((error) => {
  console.error(`[newsroom] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
