import type { Core } from '@strapi/strapi';

/*
 * Two instances booting on one empty database race in Strapi's schema sync (one dies with a
 * duplicate `pg_type` key) and in locale creation (a duplicate locale row costs that locale's
 * content: strapi/strapi#27656). A PostgreSQL advisory lock held from just before the schema
 * sync until our bootstrap ends makes start-ups take turns.
 */
const STARTUP_LOCK_KEY = 7_250_145_301; // any constant shared by all instances of this app

interface PgConnection {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

// knex's client API is untyped in Strapi's types; only these two calls are used.
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

let held: PgConnection | null = null;

export async function acquireStartupLock(strapi: Core.Strapi): Promise<void> {
  if (held) return;
  const client: KnexClient = strapi.db.connection.client;
  const connection = await client.acquireConnection();
  await connection.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
  held = connection;
}

export async function releaseStartupLock(strapi: Core.Strapi): Promise<void> {
  if (!held) return;
  const connection = held;
  held = null;
  const client: KnexClient = strapi.db.connection.client;
  try {
    await connection.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
  } finally {
    await client.releaseConnection(connection);
  }
}
