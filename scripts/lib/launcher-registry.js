// @ts-check
'use strict';
/*
 * One embedded PostgreSQL per data directory, shared by every launcher that needs it: the app
 * and any CLI command started beside it. Each launcher registers itself (pid + process start
 * time, so a reused pid does not count) in a directory beside the data; the last one to leave
 * stops the server, and a server with no live launcher is an orphan to clean up. Starting,
 * attaching and leaving happen under one file lock, so two commands at once cannot both
 * start (or both stop) the server.
 */
const fs = require('node:fs');
const path = require('node:path');
const lockfile = require('proper-lockfile');

/** @typedef {{ pid: number, startTime: string | null, command: string }} Launcher */

/** The process's start time in clock ticks since boot (Linux), to tell a reused pid apart. */
function processStartTime(/** @type {number} */ pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether a process runs: a zombie (exited, not yet reaped by its parent) does not. */
function isAlive(/** @type {number} */ pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's.
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EPERM') return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}

/** @param {Launcher} launcher */
function isLauncherAlive(launcher) {
  if (!isAlive(launcher.pid)) return false;
  const now = processStartTime(launcher.pid);
  return launcher.startTime === null || now === null || now === launcher.startTime;
}

class LauncherRegistry {
  /** @param {string} dataDir */
  constructor(dataDir) {
    this.dir = `${path.resolve(dataDir)}.launchers`;
  }

  /**
   * Runs `job` while holding the registry's lock (waiting up to about a minute for it).
   * @template T @param {() => Promise<T>} job @returns {Promise<T>}
   */
  async exclusively(job) {
    fs.mkdirSync(this.dir, { recursive: true });
    const release = await lockfile.lock(this.dir, {
      lockfilePath: path.join(this.dir, '.lock'),
      stale: 20_000,
      retries: { retries: 120, factor: 1, minTimeout: 500, maxTimeout: 500 },
    });
    try {
      return await job();
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** Live launchers; entries of dead ones are removed. @returns {Launcher[]} */
  live() {
    if (!fs.existsSync(this.dir)) return [];
    /** @type {Launcher[]} */
    const alive = [];
    for (const name of fs.readdirSync(this.dir).filter((entry) => entry.endsWith('.json'))) {
      const file = path.join(this.dir, name);
      /** @type {Launcher | null} */
      let launcher = null;
      try {
        launcher = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        launcher = null;
      }
      if (launcher && isLauncherAlive(launcher)) alive.push(launcher);
      else fs.rmSync(file, { force: true });
    }
    return alive;
  }

  /** @param {string} command */
  register(command, pid = process.pid) {
    /** @type {Launcher} */
    const entry = { pid, startTime: processStartTime(pid), command };
    fs.writeFileSync(path.join(this.dir, `${pid}.json`), JSON.stringify(entry));
  }

  unregister(pid = process.pid) {
    fs.rmSync(path.join(this.dir, `${pid}.json`), { force: true });
  }
}

module.exports = { LauncherRegistry, isAlive };
