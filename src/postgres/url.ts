export interface PostgresConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password?: string;
}

/** Splits a `postgres://user:pass@host:port/db` URL into the fields knex expects. */
export function parseDatabaseUrl(url: string): PostgresConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL (expected postgres://user@host:5432/db)`);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(
      `DATABASE_URL must be a PostgreSQL URL (postgres://…); got "${parsed.protocol}". This project runs on PostgreSQL only.`
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  // libpq's `?host=/var/run/postgresql` selects a unix socket directory (faster than TCP).
  const socketDir = parsed.searchParams.get('host');
  return {
    host: socketDir || parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 5432,
    database: database || 'postgres',
    user: decodeURIComponent(parsed.username) || 'postgres',
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
  };
}

export function describeMissingDatabase(): string {
  return [
    'DATABASE_URL is not set.',
    'Start the app with `npm run develop` or `npm start` (they start an embedded PostgreSQL),',
    'or set DATABASE_URL=postgres://user@host:5432/dbname to use your own server.',
  ].join(' ');
}
