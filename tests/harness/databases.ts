import { Client } from 'pg';

/** A URL for another, new database on the same server as this run's DATABASE_URL. */
export async function createScratchDatabase(
  label: string
): Promise<{ url: string; drop: () => Promise<void> }> {
  const runUrl = new URL(process.env.DATABASE_URL as string);
  const name = `${runUrl.pathname.slice(1)}_${label}`.slice(0, 63);
  const adminUrl = new URL(runUrl.toString());
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(runUrl.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function queryDatabase<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}
