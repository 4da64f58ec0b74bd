import { Client, type ClientConfig } from 'pg';
import type { Core } from '@strapi/strapi';

/** Seconds a client should wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

export interface DatabaseProbe {
  /** True when a fresh connection can run `SELECT 1` within the timeout. */
  isReachable(): Promise<boolean>;
}

/*
 * A new connection per check, outside the app's pool: a pool that is full under load is not
 * an outage, and a pool's idle connections say nothing about whether new ones can be made.
 * Concurrent callers share one check, and an "unreachable" is kept for `reuseMs`, so during an
 * outage a burst of failing requests costs one connection attempt; "reachable" is never
 * reused, so the first check after the database goes away sees it.
 */
export function createDatabaseProbe(
  connection: ClientConfig,
  { timeoutMs = 2000, reuseMs = 1000 }: { timeoutMs?: number; reuseMs?: number } = {}
): DatabaseProbe {
  let lastFailure = -Infinity;
  let running: Promise<boolean> | null = null;

  const check = async (): Promise<boolean> => {
    const client = new Client({
      ...connection,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
    });
    client.on('error', () => undefined); // a server that goes away mid-check is an answer, not a crash
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      client.end().catch(() => undefined);
    }
  };

  return {
    isReachable() {
      if (Date.now() - lastFailure < reuseMs) return Promise.resolve(false);
      running ??= check().then((reachable) => {
        if (!reachable) lastFailure = Date.now();
        running = null;
        return reachable;
      });
      return running;
    },
  };
}

const probes = new WeakMap<object, DatabaseProbe>();

/** The probe for this app's database, as configured in config/database.ts. */
export function databaseProbeOf(strapi: Core.Strapi): DatabaseProbe {
  let probe = probes.get(strapi);
  if (!probe) {
    const { schema: _schema, ...connection } = strapi.config.get(
      'database.connection.connection'
    ) as ClientConfig & { schema?: string };
    probe = createDatabaseProbe(connection);
    probes.set(strapi, probe);
  }
  return probe;
}
