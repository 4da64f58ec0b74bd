/*
 * Shared by the command-line tools in src/cli and the benchmarks in bench/cli: boots the
 * compiled app without an HTTP server, runs one job against it, shuts it down, and turns the
 * outcome into an exit code. Launched through `node scripts/run.js <tool>`, which loads .env,
 * starts the embedded PostgreSQL when DATABASE_URL is unset and compiles the app to dist/ first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createStrapi, type Core } from '@strapi/strapi';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface BootOptions {
  /** Strapi's log level while the tool runs; `STRAPI_LOG_LEVEL` overrides it. Default `error`. */
  logLevel?: LogLevel;
  /** Connect to this database instead of DATABASE_URL (e.g. a scratch database). */
  databaseUrl?: string;
}

/** Exit codes shared by every tool: 0 done, 1 done with failures (or crashed), 2 bad usage. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown for bad command-line usage: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The project directory: the nearest ancestor of this file holding package.json and
 * config/, so it works from src/cli (ts-node, tests), from dist/src/cli and from the
 * benchmarks' bench/dist/src/cli alike.
 */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'config'))) {
      // dist/ holds a compiled config/ too; the project is the directory above it.
      return path.basename(dir) === 'dist' ? path.dirname(dir) : dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no project directory above ${from}`);
    dir = parent;
  }
}

/** Loads the compiled app (register + bootstrap, no HTTP listener). */
export async function bootStrapi(options: BootOptions = {}): Promise<Core.Strapi> {
  if (options.databaseUrl) process.env.DATABASE_URL = options.databaseUrl;
  // Command-line tools have nothing to report; keep them off the network.
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  const root = projectRoot();
  const app = createStrapi({
    appDir: root,
    distDir: path.join(root, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  // `warn` would print development notices (e.g. the sendmail provider's) at every run.
  app.log.level = process.env.STRAPI_LOG_LEVEL ?? options.logLevel ?? 'error';
  silenceKnownDependencyWarnings();
  await app.load();
  return app;
}

/** Boots Strapi, runs `job`, and always shuts Strapi down (closing its database pool). */
export async function withStrapi<T>(
  job: (strapi: Core.Strapi) => Promise<T>,
  options: BootOptions = {}
): Promise<T> {
  const strapi = await bootStrapi(options);
  try {
    return await job(strapi);
  } finally {
    await waitForIdleDatabase(strapi);
    await strapi.destroy();
  }
}

/**
 * Strapi emits document events after each commit and loads the entry for them in the
 * background (core document-service/events.js). Closing the pool under those queries makes
 * knex reject them with an unhandled "aborted": wait until the pool is idle (at most 10 s).
 */
export async function waitForIdleDatabase(strapi: Core.Strapi, timeoutMs = 10_000): Promise<void> {
  // knex's pool (tarn) is not in Strapi's public types.
  const pool = (
    strapi.db.connection.client as {
      pool?: { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number };
    }
  ).pool;
  if (!pool) return;
  const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  const deadline = Date.now() + timeoutMs;
  let idleChecks = 0;
  // Two idle looks in a row: an event's next query starts right after its previous one ends.
  while (idleChecks < 2 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    idleChecks = busy() ? 0 : idleChecks + 1;
  }
}

/**
 * Strapi's publish runs two queries at once on the transaction's client (Promise.all in core
 * document-service/repository.js), which pg 8 reports with a DeprecationWarning on every
 * run. It is Strapi's to fix and says nothing to someone running an import.
 */
function silenceKnownDependencyWarnings(): void {
  const original = process.emitWarning;
  const filtered = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const message = typeof warning === 'string' ? warning : warning.message;
    if (message.startsWith('Calling client.query() when the client is already executing')) return;
    return (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
}

/**
 * `node:util` parseArgs, a malformed command line reported as a UsageError (exit 2), followed
 * by the command's usage text when it has one.
 */
export function parseCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage?: string
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = (error as Error).message;
    throw new UsageError(usage ? `${message}\n\n${usage}` : message);
  }
}

/** A whole-number option within bounds, or a UsageError naming the option. */
export function wholeNumberOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number
): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}.`);
  }
  return n;
}

/**
 * Runs a tool's `main` and exits with the code it returns: a UsageError prints its message and
 * exits 2, any other error prints and exits 1. `process.exit` is explicit because Strapi and
 * the database driver may leave handles open after destroy().
 */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(exitAfterFlush, (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      exitAfterFlush(EXIT.usage);
      return;
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    exitAfterFlush(EXIT.failed);
  });
}

/** Exits once what was written to stdout and stderr has been handed to the OS. */
function exitAfterFlush(code: number): void {
  let pending = 2;
  const done = () => {
    pending -= 1;
    if (pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
