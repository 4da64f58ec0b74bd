// @ts-check
'use strict';
/*
 * The embedded PostgreSQL behind `npm run develop`, the CLI commands and `npm test` when
 * DATABASE_URL is unset: real PostgreSQL binaries from npm, one server per data directory,
 * shared by every launcher using that directory. A CLI command started beside the running app
 * uses the app's server; the last launcher to leave stops it; one left running by a launcher
 * that is gone (SIGKILL, a closed terminal) is stopped cleanly by the next start.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { Client } = require('pg');
const { LauncherRegistry } = require('./launcher-registry');
const { PostgresCluster, packagedBinaries, serverVersion } = require('./postgres-cluster');
const { choosePort } = require('./ports');
const { reachableBinaries, reachableDataDir, serverAccount } = require('./service-account');
const { StartupError } = require('./startup-error');

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * @typedef {object} EmbeddedPostgres
 * @property {string} url     DATABASE_URL of `database` on the server
 * @property {number} port    the port it listens on (the one asked for, unless that was taken)
 * @property {string} dataDir where its data is (the one asked for, unless root had to move it)
 * @property {boolean} started whether this launcher started it (false: it was already running)
 * @property {() => Promise<boolean>} stop leaves the server; the last launcher to leave stops it (true)
 */

/**
 * @param {{ dataDir: string, port: number, database: string, quiet?: boolean, command?: string }} options
 * @returns {Promise<EmbeddedPostgres>}
 */
async function startEmbeddedPostgres({ dataDir, port, database, quiet = false, command = 'app' }) {
  const say = quiet ? () => {} : (/** @type {string} */ line) => console.log(`[newsroom] ${line}`);
  const account = serverAccount();
  const packaged = await packagedBinaries();
  const version = serverVersion(packaged);
  const binaries = reachableBinaries(account, packaged, version, say);
  const usedDataDir = reachableDataDir(account, path.resolve(dataDir), say);
  const cluster = new PostgresCluster({ dataDir: usedDataDir, binaries, account, version });
  const registry = new LauncherRegistry(usedDataDir);

  const { port: usedPort, started } = await registry.exclusively(async () => {
    const others = registry.live();
    let running = cluster.running();
    if (running && others.length === 0) {
      say(
        `stopping a PostgreSQL (pid ${running.pid}) left running on ${usedDataDir} by a launcher that is gone`
      );
      await cluster.stop();
      running = null;
    }
    if (running) {
      const users = others.map((other) => `${other.command} (pid ${other.pid})`).join(', ');
      say(`using the embedded PostgreSQL already running for ${users}, on port ${running.port}`);
      registry.register(command);
      return { port: running.port, started: false };
    }
    await cluster.initialiseIfNew(PASSWORD);
    const chosen = await choosePort(port);
    if (chosen.note) say(chosen.note);
    await cluster.start(chosen.port);
    registry.register(command);
    return { port: chosen.port, started: true };
  });

  let left = false;
  const stop = async () => {
    if (left) return false;
    left = true;
    return registry.exclusively(async () => {
      registry.unregister();
      if (registry.live().length > 0) return false;
      await cluster.stop();
      return true;
    });
  };

  try {
    await ensureDatabase(usedPort, database);
  } catch (error) {
    await stop().catch(() => undefined);
    throw new StartupError(
      `the embedded PostgreSQL on port ${usedPort} did not accept a connection: ${error instanceof Error ? error.message : error}`
    );
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${usedPort}/${encodeURIComponent(database)}`,
    port: usedPort,
    dataDir: usedDataDir,
    started,
    stop,
  };
}

/** @param {number} port @param {string} database */
async function ensureDatabase(port, database) {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`).catch((error) => {
        // Two commands creating it at once: the other one won.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/** A temporary data directory for throw-away clusters (tests). */
function temporaryDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-pg-'));
}

/** Removes a throw-away cluster's data and its launcher registry. @param {string} dataDir */
function removeDataDir(dataDir) {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.launchers`, { recursive: true, force: true });
}

module.exports = { startEmbeddedPostgres, temporaryDataDir, removeDataDir };
