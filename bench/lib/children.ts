/*
 * Child processes of the benchmarks: started with an IPC channel, awaited until they say they
 * are ready (bounded in time), and stopped by their own pid. Their output is kept (the tail)
 * and shown only when something fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { isChildMessage, type ChildMessage } from './child-protocol';

const OUTPUT_KEPT = 16_000;
const running = new Set<ChildProcess>();

// Whatever happens to the parent, its children do not outlive it.
process.on('exit', () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  /** The last part of what the child wrote to stdout and stderr. */
  output(): string;
  /** Resolves with the next message of this type. */
  next(type: ChildMessage['type'], timeoutMs: number): Promise<ChildMessage>;
  send(message: unknown): void;
  stop(timeoutMs?: number): Promise<void>;
}

export function startChild(name: string, entry: string, env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, [entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${entry}`);
  running.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const inbox: ChildMessage[] = [];
  const waiters: { type: string; resolve: (message: ChildMessage) => void }[] = [];
  child.on('message', (message: unknown) => {
    if (!isChildMessage(message)) return;
    const waiter = waiters.findIndex((w) => w.type === message.type || message.type === 'failed');
    if (waiter === -1) inbox.push(message);
    else waiters.splice(waiter, 1)[0].resolve(message);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));

  return {
    name,
    pid: child.pid,
    process: child,
    output: () => output,
    next(type, timeoutMs) {
      const queued = inbox.findIndex((m) => m.type === type || m.type === 'failed');
      if (queued !== -1) return settle(inbox.splice(queued, 1)[0]);
      return new Promise<ChildMessage>((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`${name}: no "${type}" within ${timeoutMs} ms\n${tail(output)}`));
        }, timeoutMs);
        void exited.then(() => {
          clearTimeout(timer);
          reject(new Error(`${name} exited (code ${child.exitCode})\n${tail(output)}`));
        });
        waiters.push({
          type,
          resolve: (message) => {
            clearTimeout(timer);
            settle(message).then(resolve, reject);
          },
        });
      });
      function settle(message: ChildMessage): Promise<ChildMessage> {
        if (message.type === 'failed') {
          return Promise.reject(new Error(`${name}: ${message.message}\n${tail(output)}`));
        }
        return Promise.resolve(message);
      }
    },
    send(message) {
      child.send(message as never);
    },
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function tail(output: string): string {
  const lines = output.trimEnd().split('\n');
  return lines.slice(-30).join('\n');
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export interface MemoryReading {
  /** Resident set size now, MB. */
  rssMb: number;
  /** The process's peak resident set size so far (VmHWM), MB. */
  peakMb: number;
}

/** VmRSS and VmHWM from /proc (Linux); null when the process is gone. */
export function readMemory(pid: number): MemoryReading | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Samples a process's RSS every `intervalMs` until stopped; returns the highest seen. */
export function sampleRss(pid: number, intervalMs = 200): { stop(): number } {
  let highest = readMemory(pid)?.rssMb ?? 0;
  const timer = setInterval(() => {
    const reading = readMemory(pid);
    if (reading && reading.rssMb > highest) highest = reading.rssMb;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const last = readMemory(pid);
      return Math.max(highest, last?.rssMb ?? 0);
    },
  };
}

/** CPU time (user + system) a process has used so far, ms; 0 when it is gone. */
export function readCpuMs(pid: number): number {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

// USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK) is not reachable from Node).
const CLOCK_TICKS_PER_SECOND = 100;
