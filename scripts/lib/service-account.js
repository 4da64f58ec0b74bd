// @ts-check
'use strict';
/*
 * PostgreSQL refuses to run as root. Run as root, the embedded server runs as the `postgres`
 * user instead, which must be able to reach both the binaries and the data directory: a
 * checkout under a 0700 home or a `mktemp -d` directory is out of its reach, so the binaries
 * are copied, and the data placed, where it can reach them (and the launcher says so).
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { execFileSync, spawnSync } = require('node:child_process');
const { StartupError } = require('./startup-error');

/** Where root keeps what the postgres user must reach: root-owned, world-traversable. */
const SHARED_ROOT = process.env.EMBEDDED_PG_SHARED_DIR || '/var/lib/newsroom-cms';

/** @typedef {{ uid: number, gid: number, name: string }} Account */

/** @returns {boolean} */
function runningAsRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** @param {string} name @returns {Account | null} */
function lookUpAccount(name) {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { stdio: 'pipe' }).toString().trim());
    const gid = Number(execFileSync('id', ['-g', name], { stdio: 'pipe' }).toString().trim());
    return { uid, gid, name };
  } catch {
    return null;
  }
}

/**
 * The account the server runs as: null when not root (it runs as the current user), else
 * `postgres`, created as a system user when the machine has none.
 * @returns {Account | null}
 */
function serverAccount() {
  if (!runningAsRoot()) return null;
  const existing = lookUpAccount('postgres');
  if (existing) return existing;
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], {
      stdio: 'pipe',
    });
  } catch (error) {
    throw new StartupError(
      `running as root, the embedded PostgreSQL needs a "postgres" user and useradd failed (${firstLine(error)}): create one, run as another user, or set DATABASE_URL`
    );
  }
  const created = lookUpAccount('postgres');
  if (!created) throw new StartupError('useradd reported success but there is no "postgres" user');
  return created;
}

/** @param {unknown} error */
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0];
}

/**
 * Whether `account` may run `test <flags> <target>` successfully, i.e. reach the target
 * through every directory above it with the access asked for.
 * @param {Account} account @param {string} target @param {string} flags e.g. "-x"
 */
function accountCan(account, target, flags) {
  const result = spawnSync('/bin/sh', ['-c', `test ${flags} "$1"`, 'sh', target], {
    uid: account.uid,
    gid: account.gid,
    stdio: 'ignore',
  });
  return result.status === 0;
}

/**
 * The PostgreSQL binaries as `account` can run them: where npm put them if it can reach
 * them, else a copy under SHARED_ROOT (made once per version).
 * @param {Account | null} account
 * @param {{ initdb: string, pg_ctl: string, postgres: string }} binaries
 * @param {string} version e.g. "17.10"
 * @param {(line: string) => void} say
 */
function reachableBinaries(account, binaries, version, say) {
  if (!account || accountCan(account, binaries.initdb, '-x')) return binaries;
  const nativeDir = path.dirname(path.dirname(binaries.initdb));
  const copyDir = path.join(
    SHARED_ROOT,
    `postgresql-${version}-${process.platform}-${process.arch}`
  );
  const complete = path.join(copyDir, '.complete');
  if (!fs.existsSync(complete)) {
    const staging = `${copyDir}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
      fs.chmodSync(SHARED_ROOT, 0o755);
      fs.rmSync(staging, { recursive: true, force: true });
      fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
      fs.chmodSync(staging, 0o755);
      fs.writeFileSync(path.join(staging, '.complete'), `${nativeDir}\n`);
      fs.rmSync(copyDir, { recursive: true, force: true });
      fs.renameSync(staging, copyDir);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      if (fs.existsSync(complete)) return inCopy(copyDir, binaries); // another launcher won
      throw new StartupError(
        `the postgres user cannot reach ${nativeDir} and copying it to ${copyDir} failed (${firstLine(error)}): run from a directory it can enter, or set DATABASE_URL`
      );
    }
    say(
      `the postgres user cannot enter this checkout; PostgreSQL's binaries were copied to ${copyDir}`
    );
  }
  const copied = inCopy(copyDir, binaries);
  if (!accountCan(account, copied.initdb, '-x')) {
    throw new StartupError(
      `the postgres user cannot run ${copied.initdb}: make ${SHARED_ROOT} world-readable (chmod -R o+rX) or set DATABASE_URL`
    );
  }
  return copied;
}

/** @param {string} copyDir @param {{ initdb: string, pg_ctl: string, postgres: string }} binaries */
function inCopy(copyDir, binaries) {
  return {
    initdb: path.join(copyDir, 'bin', path.basename(binaries.initdb)),
    pg_ctl: path.join(copyDir, 'bin', path.basename(binaries.pg_ctl)),
    postgres: path.join(copyDir, 'bin', path.basename(binaries.postgres)),
  };
}

/**
 * The data directory as `account` can use it: the one asked for when it can reach it, else a
 * directory under SHARED_ROOT named after the one asked for (the same on every run).
 * @param {Account | null} account @param {string} dataDir @param {(line: string) => void} say
 */
function reachableDataDir(account, dataDir, say) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  if (!account || accountCan(account, path.dirname(dataDir), '-x')) return dataDir;
  const blocker = firstUnreachableAncestor(account, dataDir);
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new StartupError(
      `the postgres user cannot enter ${blocker}, where the data in ${dataDir} is: chmod o+x ${blocker}, or move the checkout somewhere it can reach`
    );
  }
  const key = crypto.createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  const relocated = path.join(SHARED_ROOT, 'data', key);
  fs.mkdirSync(path.dirname(relocated), { recursive: true, mode: 0o755 });
  for (const dir of [SHARED_ROOT, path.dirname(relocated)]) fs.chmodSync(dir, 0o755);
  say(
    `the postgres user cannot enter ${blocker}, so the embedded PostgreSQL keeps this checkout's data in ${relocated} (EMBEDDED_PG_DATA_DIR chooses)`
  );
  return relocated;
}

/** @param {Account} account @param {string} target */
function firstUnreachableAncestor(account, target) {
  const chain = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  return chain.find((dir) => fs.existsSync(dir) && !accountCan(account, dir, '-x')) ?? target;
}

module.exports = { serverAccount, reachableBinaries, reachableDataDir, runningAsRoot };
