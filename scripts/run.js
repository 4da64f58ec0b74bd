#!/usr/bin/env node
// @ts-check
'use strict';
/*
 * The one launcher behind `npm run develop | start | build | import | seed | locales | bench | db`.
 * It completes .env, starts (or joins) the embedded PostgreSQL when DATABASE_URL is not set,
 * runs the command, and on the way out leaves the database, which stops when no other
 * command uses it. It stops on Ctrl-C, SIGTERM, SIGHUP, the command ending or crashing, and
 * when npm above it goes away (npm exits on SIGTERM without passing it on).
 */
const path = require('node:path');
const { spawn } = require('node:child_process');
const { loadEnvFile, SECRET_NAMES } = require('./lib/env-file');
const { startEmbeddedPostgres } = require('./lib/embedded-postgres');
const { compileIfChanged, compileBenchIfChanged } = require('./lib/compile-if-changed');
const { StartupError } = require('./lib/startup-error');

const root = path.resolve(__dirname, '..');
// The package's exports map hides bin/; resolve it beside package.json instead.
const strapiBin = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json')),
  'bin',
  'strapi.js'
);
/** A command-line tool: TypeScript under src/cli, compiled with the app into dist/. */
const cli = (/** @type {string} */ name) => ({
  compile: true,
  argv: [path.join('dist', 'src', 'cli', `${name}.js`)],
});
/**
 * A benchmark: TypeScript under bench/cli, compiled by bench/tsconfig.json into bench/dist/
 * (never into the app's dist/); it boots and snapshots the compiled app, so that is compiled too.
 */
const bench = (/** @type {string} */ name) => ({
  compile: true,
  compileBench: true,
  argv: [path.join('bench', 'dist', 'bench', 'cli', `${name}.js`)],
});

/** Time the app gets to stop after SIGTERM before it is killed, so that all is down in 10 s. */
const STOP_GRACE_MS = 7000;

/** @type {Record<string, { compile?: boolean, compileBench?: boolean, argv: string[] }>} */
const COMMANDS = {
  develop: { argv: [strapiBin, 'develop'] },
  build: { argv: [strapiBin, 'build'] },
  start: { argv: [strapiBin, 'start'] },
  import: cli('import'),
  seed: cli('seed'),
  locales: cli('locales'),
  bench: bench('bench'),
  'bench-hooks': bench('bench-hooks'),
  'bench-import': bench('bench-import'),
  'bench-graphql-cost': bench('bench-graphql-cost'),
  // Just the database, until Ctrl-C: for psql, GUI clients or scripts of your own.
  db: {
    argv: [
      '-e',
      "console.log('[newsroom] DATABASE_URL=' + process.env.DATABASE_URL); setInterval(() => {}, 1 << 30);",
    ],
  },
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`usage: node scripts/run.js <${Object.keys(COMMANDS).join('|')}> [args]`);
    process.exit(2);
  }
  process.chdir(root);
  loadEnvFile(root);
  if (process.env.NODE_ENV === 'production') {
    const missing = SECRET_NAMES.filter((secret) => !process.env[secret]);
    if (missing.length > 0) {
      throw new StartupError(
        `refusing to start in production without secrets: ${missing.join(', ')}`
      );
    }
  }

  const stopping = watchForStop();
  // Until the database is being started there is nothing to clean up: a stop is an exit.
  let cleanUpNeeded = false;
  stopping.onStop(() => {
    if (!cleanUpNeeded) process.exit(130);
  });

  // Compiled before the database starts: a type error exits right here.
  if (command.compile) await compileIfChanged(root);
  if (command.compileBench) await compileBenchIfChanged(root);

  // `strapi build` reads config/database.ts but never connects: no server for it.
  if (name === 'build' && !process.env.DATABASE_URL) {
    process.env.DATABASE_URL = 'postgres://build-only@127.0.0.1:1/unused';
  }

  /** @type {null | (() => Promise<boolean>)} */
  let leaveDatabase = null;
  if (!process.env.DATABASE_URL) {
    cleanUpNeeded = true;
    const embedded = await startEmbeddedPostgres({
      dataDir: process.env.EMBEDDED_PG_DATA_DIR || path.join(root, 'database', '.data'),
      port: Number(process.env.EMBEDDED_PG_PORT || 5433),
      database: process.env.EMBEDDED_PG_DATABASE || 'newsroom',
      command: `npm run ${name}`,
    });
    leaveDatabase = embedded.stop;
    process.env.DATABASE_URL = embedded.url;
    const relative = path.relative(root, embedded.dataDir);
    const where = relative && !relative.startsWith('..') ? relative : embedded.dataDir;
    if (embedded.started) {
      console.log(`[newsroom] embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${where}`);
    }
  }

  let exiting = false;
  /** @param {number} code */
  const finish = async (code) => {
    if (exiting) return;
    exiting = true;
    if (leaveDatabase) {
      const stopped = await leaveDatabase().catch((error) => {
        console.error(`[newsroom] leaving the embedded PostgreSQL: ${error.message ?? error}`);
        return false;
      });
      if (stopped) console.log('[newsroom] embedded PostgreSQL stopped');
    }
    process.exit(code);
  };
  // A stop asked for while the database was starting: leave it again.
  if (stopping.requested) return finish(130);

  // The app proper runs its clock (scheduled publishing, src/scheduling/); tests and CLI tools do not.
  if ((name === 'develop' || name === 'start') && process.env.CRON_ENABLED === undefined) {
    process.env.CRON_ENABLED = 'true';
  }
  const exitWithParent = path.join(__dirname, 'lib', 'exit-with-parent.js');
  // A process group of its own, so that a stop reaches the app and everything it forks.
  const child = spawn(process.execPath, ['--require', exitWithParent, ...command.argv, ...args], {
    stdio: 'inherit',
    env: process.env,
    detached: true,
  });
  const signalApp = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  stopping.onStop((signal) => {
    signalApp(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    setTimeout(() => signalApp('SIGKILL'), STOP_GRACE_MS).unref();
  });
  process.on('uncaughtException', (error) => {
    console.error(`[newsroom] ${error.message}`);
    signalApp('SIGKILL');
    void finish(1);
  });
  child.on('exit', (code, signal) => {
    // Its forks (strapi develop's worker) go with it.
    signalApp('SIGKILL');
    void finish(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 0));
  });
}

/**
 * Ctrl-C, SIGTERM, SIGHUP, or npm above us exiting (its child is then re-parented): all mean
 * stop. Listeners registered later still hear of a stop requested earlier.
 */
function watchForStop() {
  /** @type {Array<(signal: NodeJS.Signals) => void>} */
  const listeners = [];
  /** @type {{ requested: NodeJS.Signals | null, onStop(listener: (signal: NodeJS.Signals) => void): void }} */
  const state = {
    requested: null,
    onStop(listener) {
      listeners.push(listener);
      if (state.requested) listener(state.requested);
    },
  };
  const request = (/** @type {NodeJS.Signals} */ signal) => {
    if (state.requested) return;
    state.requested = signal;
    for (const listener of listeners) listener(signal);
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(signal, () => request(signal));
  }
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) request('SIGTERM');
  }, 250).unref();
  return state;
}

main().catch((error) => {
  const message = error instanceof StartupError ? error.message : (error?.message ?? String(error));
  console.error(`[newsroom] ${message}`);
  process.exit(1);
});
