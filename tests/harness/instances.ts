import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import request from 'supertest';

const SCRIPT = path.resolve(__dirname, 'second-instance.js');

export interface Instance {
  url: string;
  /** Log lines printed so far (STRAPI_LOG_LEVEL of the child). */
  lines: string[];
  http(): ReturnType<typeof request>;
  stop(): Promise<void>;
}

/** Boots another instance of the compiled app, on this run's database unless told otherwise. */
export function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [SCRIPT], {
      env: { ...process.env, STRAPI_LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const match = /^listening (\d+)$/.exec(line);
        if (match) {
          const url = `http://127.0.0.1:${match[1]}`;
          resolve({
            url,
            lines,
            http: () => request(url),
            stop: () =>
              new Promise((done) => {
                if (child.exitCode !== null) return done();
                child.once('exit', () => done());
                child.kill('SIGTERM');
              }),
          });
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`instance exited (${code}): ${stderr}`)));
  });
}

/**
 * Polls `check` until it holds (every 20 ms, at most `timeoutMs`): the time it took, in ms.
 * Timing targets belong in the report, not in assertions: a busy machine only makes it slower.
 */
export async function timeUntil(
  check: () => Promise<boolean>,
  timeoutMs = 10_000
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return Math.round(performance.now() - started);
    if (performance.now() - started > timeoutMs) {
      throw new Error(`not seen within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
