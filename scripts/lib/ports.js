// @ts-check
'use strict';
// Which loopback TCP port the embedded PostgreSQL can listen on, and who holds one that is taken.
const fs = require('node:fs');
const net = require('node:net');
const { StartupError } = require('./startup-error');

/** @param {number} port @returns {Promise<boolean>} */
function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      probe.close(() => resolve(true))
    );
  });
}

/**
 * "postgres (pid 1234)" for the process listening on a local TCP port, read from /proc on
 * Linux; null where that cannot be told (another OS, or a process of another user).
 * @param {number} port
 * @returns {string | null}
 */
function describePortOwner(port) {
  try {
    const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
    const inodes = new Set();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      if (!fs.existsSync(table)) continue;
      for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        // local_address is "ADDR:PORT"; state 0A is LISTEN; field 9 is the socket's inode.
        if (fields.length > 9 && fields[1].endsWith(`:${hexPort}`) && fields[3] === '0A') {
          inodes.add(fields[9]);
        }
      }
    }
    if (inodes.size === 0) return null;
    for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let fds;
      try {
        fds = fs.readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        let target;
        try {
          target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          continue;
        }
        const match = /^socket:\[(\d+)\]$/.exec(target);
        if (match && inodes.has(match[1])) {
          const name = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
          return `${name} (pid ${pid})`;
        }
      }
    }
  } catch {
    // /proc is a convenience for the message, never a reason to fail.
  }
  return null;
}

/**
 * The wanted port if it is free, else the next free one above it (and why, for the user).
 * @param {number} wanted
 * @returns {Promise<{ port: number, note: string | null }>}
 */
async function choosePort(wanted, attempts = 20) {
  if (await isPortFree(wanted)) return { port: wanted, note: null };
  const owner = describePortOwner(wanted);
  for (let port = wanted + 1; port < wanted + attempts && port <= 65535; port += 1) {
    if (await isPortFree(port)) {
      return {
        port,
        note: `port ${wanted} is taken${owner ? ` by ${owner}` : ''}; the embedded PostgreSQL uses ${port} instead (EMBEDDED_PG_PORT chooses)`,
      };
    }
  }
  throw new StartupError(
    `port ${wanted} is taken${owner ? ` by ${owner}` : ''} and so are the ${attempts - 1} above it: set EMBEDDED_PG_PORT to a free port`
  );
}

module.exports = { isPortFree, describePortOwner, choosePort };
