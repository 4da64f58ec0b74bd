import type { Core } from '@strapi/strapi';

/** Seconds a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

export interface DatabaseProbe {
  /** A check now: can the app's pool run `SELECT 1` within the timeout? (the readiness route) */
  check(): Promise<boolean>;
  /** The last answer if under `reuseMs` old, else a check: for guessing why a request failed. */
  isReachable(): Promise<boolean>;
  /** Records an outage seen by a request (a connection error), so others need not check. */
  markUnreachable(): void;
}

/*
 * Through the app's pool: cheap (no new server process per check, so a flood of health checks
 * or of refused requests cannot multiply into connection attempts), and it is the pool that
 * requests need. When the server goes away the pool's connections fail and new ones are
 * refused, both at once; a pool that cannot hand out a connection within the timeout is not
 * ready either. Concurrent callers share one check.
 */
export function createDatabaseProbe(
  selectOne: () => Promise<unknown>,
  { timeoutMs = 2000, reuseMs = 1000 }: { timeoutMs?: number; reuseMs?: number } = {}
): DatabaseProbe {
  let last: { at: number; reachable: boolean } | null = null;
  let running: Promise<boolean> | null = null;

  const check = () => {
    running ??= withTimeout(selectOne(), timeoutMs).then(
      () => settle(true),
      () => settle(false)
    );
    return running;
  };
  const settle = (reachable: boolean) => {
    last = { at: Date.now(), reachable };
    running = null;
    return reachable;
  };

  return {
    check,
    isReachable: () =>
      last && Date.now() - last.at < reuseMs ? Promise.resolve(last.reachable) : check(),
    markUnreachable: () => {
      last = { at: Date.now(), reachable: false };
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  promise.catch(() => undefined); // a late failure after the timeout is already answered
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const probes = new WeakMap<object, DatabaseProbe>();

/** The probe for this app's database. */
export function databaseProbeOf(strapi: Core.Strapi): DatabaseProbe {
  let probe = probes.get(strapi);
  if (!probe) {
    probe = createDatabaseProbe(() => strapi.db.connection.raw('SELECT 1'));
    probes.set(strapi, probe);
  }
  return probe;
}
