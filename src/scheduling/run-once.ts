/*
 * Runs a task on at most one instance at a time, across every instance sharing the database:
 * a PostgreSQL session advisory lock taken with pg_try_advisory_lock on a connection held for
 * the task. An instance that does not get the lock skips this round instead of waiting.
 * Interim: a shared `scheduleOnce` in src/coherence/ is being built on another branch; when it
 * lands, schedule-job.ts should move onto it and this module go.
 */

interface PgConnection {
  query(sql: string, bindings: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Strapi's knex, as far as this module needs it. */
export interface PooledKnex {
  client: {
    acquireConnection(): Promise<unknown>;
    releaseConnection(connection: unknown): Promise<unknown>;
  };
}

export type RunOnceResult<T> = { ran: true; result: T } | { ran: false };

export async function runExclusively<T>(
  knex: PooledKnex,
  key: string,
  task: () => Promise<T>
): Promise<RunOnceResult<T>> {
  const connection = (await knex.client.acquireConnection()) as PgConnection;
  try {
    const { rows } = await connection.query(
      'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
      [key]
    );
    if (rows[0]?.locked !== true) return { ran: false };
    try {
      return { ran: true, result: await task() };
    } finally {
      await connection.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
