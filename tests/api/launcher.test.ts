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
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function start(): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  ready: Promise<string>;
} {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_PG_DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(port),
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [launcher, 'db'], { env });
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

const postmasterPid = () =>
  Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
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
    await run.ready;
    const orphan = postmasterPid();
    run.child.kill('SIGKILL');
    await exited(run.child);
    expect(alive(orphan)).toBe(true);

    const next = start();
    const client = new Client({ connectionString: await next.ready });
    await client.connect();
    expect((await client.query('SELECT count(*)::int AS n FROM kept')).rows).toEqual([{ n: 1 }]);
    await client.end();
    expect(alive(orphan)).toBe(false);
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
