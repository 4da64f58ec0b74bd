/*
 * The launcher behind `npm run develop` / `npm start`: it starts the embedded PostgreSQL and
 * must stop it with the app, whatever way the app ends. `npm run db` runs the launcher with a
 * trivial app (a process that waits), which makes the life cycle observable here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { Client } from 'pg';

const launcher = path.resolve(__dirname, '../../scripts/run.js');
let dataDir: string;
let port: number;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-launcher-'));
  fs.rmdirSync(dataDir); // the launcher initialises a directory that does not exist yet
  port = 40000 + Math.floor(Math.random() * 10000);
});
const scratch: string[] = [];
afterAll(() => {
  for (const dir of [dataDir, ...scratch]) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}.launchers`, { recursive: true, force: true });
  }
});

/** A data directory that does not exist yet, and a port of its own. */
function freshCluster(): { dir: string; port: number } {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-launcher-'));
  fs.chmodSync(parent, 0o755); // reachable by the postgres user when tests run as root
  scratch.push(parent);
  return { dir: path.join(parent, 'data'), port: 30000 + Math.floor(Math.random() * 10000) };
}

interface Launch {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  ready: Promise<string>;
}

/** The environment of a launcher on `dir` and `atPort`, with no DATABASE_URL. */
function launcherEnv(dir = dataDir, atPort = port, extra: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_PG_DATA_DIR: dir,
    EMBEDDED_PG_PORT: String(atPort),
    ...extra,
  };
  delete env.DATABASE_URL;
  return env;
}

/** `node scripts/run.js <command>`; `ready` resolves to the DATABASE_URL `db` prints. */
function start(env = launcherEnv(), command: string[] = ['db']): Launch {
  const child = spawn(process.execPath, [launcher, ...command], { env });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /DATABASE_URL=(\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => reject(new Error(`launcher exited early:\n${output}`)));
  });
  return { child, output: () => output, ready };
}

const postmasterPid = (dir = dataDir) =>
  Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });

async function waitUntilDead(pid: number) {
  for (let waited = 0; waited < 30000 && alive(pid); waited += 100)
    await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

describe('the embedded PostgreSQL launcher', () => {
  it('starts PostgreSQL, keeps data across restarts, and stops it on SIGTERM', async () => {
    const first = start();
    const url = await first.ready;
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE kept (value text)');
    await client.query("INSERT INTO kept VALUES ('still here')");
    await client.end();
    const pid = postmasterPid();
    first.child.kill('SIGTERM');
    await exited(first.child);
    expect(await waitUntilDead(pid)).toBe(true);

    const second = start();
    const again = new Client({ connectionString: await second.ready });
    await again.connect();
    expect((await again.query('SELECT value FROM kept')).rows).toEqual([{ value: 'still here' }]);
    await again.end();
    second.child.kill('SIGINT');
    await exited(second.child);
  });

  it('stops PostgreSQL when the app crashes', async () => {
    const run = start();
    await run.ready;
    const pid = postmasterPid();
    const appPid = Number(
      fs
        .readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry))
        .find((entry) => {
          try {
            const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
            return (
              Number(stat.split(') ')[1].split(' ')[1]) === run.child.pid &&
              !stat.includes('(postgres)')
            );
          } catch {
            return false;
          }
        })
    );
    process.kill(appPid, 'SIGKILL'); // the app dies without a word
    expect(await exited(run.child)).not.toBe(0);
    expect(await waitUntilDead(pid)).toBe(true);
  });

  it('recovers when the launcher itself was killed and left PostgreSQL running', async () => {
    const run = start();
    const before = new Client({ connectionString: await run.ready });
    await before.connect();
    await before.query('CREATE TABLE IF NOT EXISTS survivors (value text)');
    await before.query("INSERT INTO survivors VALUES ('written before the kill')");
    await before.end();
    const orphan = postmasterPid();
    run.child.kill('SIGKILL');
    await exited(run.child);
    expect(alive(orphan)).toBe(true);

    const next = start();
    const client = new Client({ connectionString: await next.ready });
    await client.connect();
    expect((await client.query('SELECT value FROM survivors')).rows).toContainEqual({
      value: 'written before the kill',
    });
    await client.end();
    expect(next.output()).toMatch(
      /stopping a PostgreSQL .* left running .* by a launcher that is gone/
    );
    expect(await waitUntilDead(orphan)).toBe(true);
    const pid = postmasterPid();
    next.child.kill('SIGTERM');
    await exited(next.child);
    expect(await waitUntilDead(pid)).toBe(true);
  });

  it('refuses to start in production without secrets, naming them', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      APP_KEYS: '',
      JWT_SECRET: '',
    };
    const child = spawn(process.execPath, [launcher, 'start'], { env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    expect(await exited(child as ChildProcessWithoutNullStreams)).toBe(1);
    expect(stderr).toMatch(/APP_KEYS/);
    expect(stderr).toMatch(/JWT_SECRET/);
  });
});

/** Queries `url` every 50 ms until stopped; resolves to the errors it met. */
function keepQuerying(url: string): { stop: () => Promise<string[]> } {
  const errors: string[] = [];
  let running = true;
  const loop = (async () => {
    const client = new Client({ connectionString: url });
    client.on('error', (error) => errors.push(error.message));
    await client.connect();
    while (running) {
      await client.query('SELECT 1').catch((error: Error) => errors.push(error.message));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.end().catch(() => undefined);
  })();
  return {
    stop: async () => {
      running = false;
      await loop.catch((error: Error) => errors.push(error.message));
      return errors;
    },
  };
}

const ROOT = path.resolve(__dirname, '..', '..');

describe('commands sharing one embedded PostgreSQL', () => {
  it('a command started beside the app uses its server and leaves it running', async () => {
    const { dir, port: atPort } = freshCluster();
    const app = start(launcherEnv(dir, atPort));
    const url = await app.ready;
    const server = postmasterPid(dir);
    const queries = keepQuerying(url);

    const beside = start(launcherEnv(dir, atPort));
    expect(await beside.ready).toBe(url);
    expect(beside.output()).toMatch(/using the embedded PostgreSQL already running for npm run db/);
    beside.child.kill('SIGTERM');
    expect(await exited(beside.child)).not.toBe(null);

    expect(postmasterPid(dir)).toBe(server);
    expect(alive(server)).toBe(true);
    expect(await queries.stop()).toEqual([]);

    app.child.kill('SIGTERM');
    await exited(app.child);
    expect(await waitUntilDead(server)).toBe(true);
  });

  it('a real CLI command (locales list) runs beside the app without stopping its server', async () => {
    const { dir, port: atPort } = freshCluster();
    const app = start(launcherEnv(dir, atPort));
    const url = await app.ready;
    const server = postmasterPid(dir);
    const queries = keepQuerying(url);

    const cli = start(launcherEnv(dir, atPort, { STRAPI_LOG_LEVEL: 'error' }), ['locales', 'list']);
    cli.ready.catch(() => undefined); // a CLI prints no DATABASE_URL
    const code = await exited(cli.child);
    expect({ code, output: cli.output() }).toEqual({
      code: 0,
      output: expect.stringMatching(/^az\s/m),
    });
    expect(alive(server)).toBe(true);
    expect(await queries.stop()).toEqual([]);

    app.child.kill('SIGINT');
    await exited(app.child);
    expect(await waitUntilDead(server)).toBe(true);
  });

  it('two commands started at the same moment share one server, and the last out stops it', async () => {
    const { dir, port: atPort } = freshCluster();
    const first = start(launcherEnv(dir, atPort));
    const second = start(launcherEnv(dir, atPort));
    const [a, b] = await Promise.all([first.ready, second.ready]);
    expect(a).toBe(b);
    const server = postmasterPid(dir);

    first.child.kill('SIGTERM');
    await exited(first.child);
    expect(alive(server)).toBe(true);
    second.child.kill('SIGTERM');
    await exited(second.child);
    expect(await waitUntilDead(server)).toBe(true);
  });
});

describe('stopping', () => {
  it('SIGTERM to npm itself stops the launcher, the app and PostgreSQL', async () => {
    const { dir, port: atPort } = freshCluster();
    const npm = spawn('npm', ['run', 'db'], { cwd: ROOT, env: launcherEnv(dir, atPort) });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += chunk));
    npm.stderr.on('data', (chunk) => (output += chunk));
    for (let waited = 0; !/DATABASE_URL=/.test(output) && waited < 60000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(output).toMatch(/DATABASE_URL=/);
    const server = postmasterPid(dir);
    const launcherPid = Number(
      fs
        .readdirSync(`${dir}.launchers`)
        .find((name) => name.endsWith('.json'))
        ?.replace('.json', '')
    );
    expect(alive(launcherPid)).toBe(true);

    const asked = Date.now();
    npm.kill('SIGTERM');
    expect(await waitUntilDead(launcherPid)).toBe(true);
    expect(await waitUntilDead(server)).toBe(true);
    // The launcher gives the app 7 s, then kills it: 10 s in all on an idle machine (measured
    // 0.5–9 s here under load). The bound below only catches "never stops" on a busy machine.
    console.log(`stopped ${Date.now() - asked} ms after SIGTERM to npm`);
    expect(Date.now() - asked).toBeLessThan(30_000);
  });
});

describe('start-up failures a newcomer meets: one clear line', () => {
  /** Runs the launcher to its end; its output. */
  async function failingStart(
    env: NodeJS.ProcessEnv
  ): Promise<{ code: number | null; output: string }> {
    const run = start(env);
    run.ready.catch(() => undefined);
    const code = await exited(run.child);
    return { code, output: run.output() };
  }
  const oneLineWithoutStack = (output: string) => {
    const lines = output.trim().split('\n');
    expect(lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
    return lines.at(-1) ?? '';
  };

  it('the port is taken: says by whom and uses the next free one', async () => {
    const { dir, port: atPort } = freshCluster();
    const net = await import('node:net');
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(atPort, '127.0.0.1', resolve));
    try {
      const run = start(launcherEnv(dir, atPort));
      const url = await run.ready;
      expect(new URL(url).port).toBe(String(atPort + 1));
      expect(run.output()).toMatch(
        new RegExp(
          `port ${atPort} is taken by node \\(pid ${process.pid}\\); the embedded PostgreSQL uses ${atPort + 1}`
        )
      );
      run.child.kill('SIGTERM');
      await exited(run.child);
    } finally {
      squatter.close();
    }
  });

  it('a data directory of another PostgreSQL major version', async () => {
    const { dir, port: atPort } = freshCluster();
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'PG_VERSION'), '15\n');
    const { code, output } = await failingStart(launcherEnv(dir, atPort));
    expect(code).toBe(1);
    expect(oneLineWithoutStack(output)).toMatch(
      /holds a PostgreSQL 15 cluster and the embedded server is PostgreSQL 1[0-9].*move it away/
    );
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)(
    'as root, a data directory the postgres user cannot enter is moved where it can',
    async () => {
      const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-private-')); // 0700
      const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-shared-'));
      fs.chmodSync(shared, 0o755);
      scratch.push(privateDir, shared);
      const atPort = 30000 + Math.floor(Math.random() * 10000);
      const run = start(
        launcherEnv(path.join(privateDir, 'data'), atPort, { EMBEDDED_PG_SHARED_DIR: shared })
      );
      const url = await run.ready;
      expect(run.output()).toMatch(
        new RegExp(
          `the postgres user cannot enter ${privateDir}, so the embedded PostgreSQL keeps this checkout's data in ${shared}`
        )
      );
      const client = new Client({ connectionString: url });
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
      run.child.kill('SIGTERM');
      expect(await exited(run.child)).toBe(143); // 128 + SIGTERM: stopped, as asked
      // No secret left behind for others to read.
      expect(
        fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('newsroom-initdb-'))
      ).toEqual([]);
    }
  );

  (asRoot ? it : it.skip)('no space left on the disk of the data directory', async () => {
    const tiny = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-tiny-'));
    scratch.push(tiny);
    const { spawnSync } = await import('node:child_process');
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0755', 'tmpfs', tiny]);
    if (mounted.status !== 0) {
      console.log(`skipped: cannot mount a small tmpfs here (${mounted.stderr})`);
      return;
    }
    try {
      const { code, output } = await failingStart(
        launcherEnv(path.join(tiny, 'data'), 30000 + Math.floor(Math.random() * 10000))
      );
      expect(code).toBe(1);
      expect(oneLineWithoutStack(output)).toMatch(/no space left/);
    } finally {
      spawnSync('umount', [tiny]);
    }
  });
});
