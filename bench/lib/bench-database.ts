/*
 * The benchmark's own databases on the server of DATABASE_URL: created, dropped, labelled with
 * what was seeded into them (a JSON comment on the database, so a later run can reuse it),
 * and filled in bulk with `INSERT … SELECT FROM unnest(…)`, thousands of rows per statement.
 */
import { Client } from 'pg';
import type { SeedRows } from './seed-rows';

/** `base` pointing at another database on the same server. */
export function withDatabase(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, job: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await job(client);
  } finally {
    await client.end();
  }
}

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

export async function recreateDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`)
  );
}

/** What a database was seeded with, or null when it does not exist or carries no label. */
export async function readSeedLabel(serverUrl: string, name: string): Promise<unknown> {
  return onServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ label: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS label FROM pg_database WHERE datname = $1`,
      [name]
    );
    if (rows.length === 0 || !rows[0].label) return null;
    try {
      return JSON.parse(rows[0].label);
    } catch {
      return null;
    }
  });
}

export async function writeSeedLabel(
  serverUrl: string,
  name: string,
  label: unknown
): Promise<void> {
  await onServer(serverUrl, (client) =>
    client.query(
      `COMMENT ON DATABASE ${quoteIdentifier(name)} IS ${quoteLiteral(JSON.stringify(label))}`
    )
  );
}

export async function withClient<T>(url: string, job: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await job(client);
  } finally {
    await client.end();
  }
}

interface Column<Row> {
  name: string;
  type: string;
  value: (row: Row) => unknown;
}

const col = <Row>(name: string, type: string, value: (row: Row) => unknown): Column<Row> => ({
  name,
  type,
  value,
});

async function insertAll<Row>(
  client: Client,
  table: string,
  columns: Column<Row>[],
  rows: Row[],
  batchSize: number
): Promise<void> {
  const names = columns.map((column) => quoteIdentifier(column.name)).join(', ');
  const unnest = columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(', ');
  // jsonb cannot be an unnest element type for text input; cast after unnesting.
  const select = columns
    .map((column, i) =>
      column.type === 'text' && column.name === 'body' ? `c${i}::jsonb` : `c${i}`
    )
    .join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const sql = `INSERT INTO ${quoteIdentifier(table)} (${names})
    SELECT ${select} FROM unnest(${unnest}) AS t(${aliases})`;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await client.query(
      sql,
      columns.map((column) => batch.map(column.value))
    );
  }
}

type R<K extends keyof SeedRows> = SeedRows[K][number];

/** Writes the rows in one transaction and moves the id sequences past them. */
export async function insertSeedRows(client: Client, rows: SeedRows): Promise<void> {
  await client.query('BEGIN');
  try {
    await insertAll<R<'articles'>>(
      client,
      'articles',
      [
        col('id', 'int', (r) => r.id),
        col('document_id', 'text', (r) => r.document_id),
        col('title', 'text', (r) => r.title),
        col('slug', 'text', (r) => r.slug),
        col('lead', 'text', (r) => r.lead),
        col('body', 'text', (r) => r.body),
        col('dateline', 'text', (r) => r.dateline),
        col('original_reporting', 'boolean', (r) => r.original_reporting),
        col('attribution_line', 'text', (r) => r.attribution_line),
        col('original_language', 'text', (r) => r.original_language),
        col('original_published_at', 'timestamp', (r) => r.original_published_at),
        col('created_at', 'timestamp', (r) => r.created_at),
        col('updated_at', 'timestamp', (r) => r.updated_at),
        col('published_at', 'timestamp', (r) => r.published_at),
        col('locale', 'text', (r) => r.locale),
        col('publish_on_embargo_lift', 'boolean', (r) => r.publish_on_embargo_lift),
        col('source_names', 'text', (r) => r.source_names),
        col('translation_state', 'text', (r) => r.translation_state),
      ],
      rows.articles,
      1000
    );
    await insertAll<R<'sourceRefs'>>(
      client,
      'components_attribution_source_refs',
      [
        col('id', 'int', (r) => r.id),
        col('quoted_as', 'text', (r) => r.quoted_as),
        col('role', 'text', (r) => r.role),
        col('detected', 'boolean', (r) => r.detected),
      ],
      rows.sourceRefs,
      10_000
    );
    await insertAll<R<'sourceLinks'>>(
      client,
      'components_attribution_source_refs_source_lnk',
      [
        col('id', 'int', (r) => r.id),
        col('source_ref_id', 'int', (r) => r.source_ref_id),
        col('source_id', 'int', (r) => r.source_id),
      ],
      rows.sourceLinks,
      10_000
    );
    await insertAll<R<'translations'>>(
      client,
      'components_attribution_translations',
      [
        col('id', 'int', (r) => r.id),
        col('method', 'text', (r) => r.method),
        col('from', 'text', (r) => r.from),
        col('translator', 'text', (r) => r.translator),
        col('engine', 'text', (r) => r.engine),
        col('translated_at', 'timestamp', (r) => r.translated_at),
        col('status', 'text', (r) => r.status),
        col('source_changed_at', 'timestamp', (r) => r.source_changed_at),
      ],
      rows.translations,
      10_000
    );
    await insertAll<R<'componentLinks'>>(
      client,
      'articles_cmps',
      [
        col('id', 'int', (r) => r.id),
        col('entity_id', 'int', (r) => r.entity_id),
        col('cmp_id', 'int', (r) => r.cmp_id),
        col('component_type', 'text', (r) => r.component_type),
        col('field', 'text', (r) => r.field),
        col('order', 'float8', (r) => r.order),
      ],
      rows.componentLinks,
      10_000
    );
    await insertAll<R<'sectionLinks'>>(
      client,
      'articles_section_lnk',
      [
        col('id', 'int', (r) => r.id),
        col('article_id', 'int', (r) => r.article_id),
        col('section_id', 'int', (r) => r.section_id),
        col('article_ord', 'float8', (r) => r.article_ord),
      ],
      rows.sectionLinks,
      10_000
    );
    for (const table of SEEDED_TABLES) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT coalesce(max(id), 1) FROM ${quoteIdentifier(table)}))`,
        [table]
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Statistics and the visibility map, as autovacuum would leave them on a live site (without
 * the visibility map PostgreSQL cannot answer a count from an index alone).
 */
export async function vacuumSeededTables(client: Client): Promise<void> {
  for (const table of SEEDED_TABLES)
    await client.query(`VACUUM (ANALYZE) ${quoteIdentifier(table)}`);
}

export const SEEDED_TABLES = [
  'articles',
  'components_attribution_source_refs',
  'components_attribution_source_refs_source_lnk',
  'components_attribution_translations',
  'articles_cmps',
  'articles_section_lnk',
] as const;

/** The next free id of each seeded table. */
export async function nextIds(
  client: Client
): Promise<Record<(typeof SEEDED_TABLES)[number], number>> {
  const result = {} as Record<(typeof SEEDED_TABLES)[number], number>;
  for (const table of SEEDED_TABLES) {
    const { rows } = await client.query<{ max: number | null }>(
      `SELECT max(id) AS max FROM ${quoteIdentifier(table)}`
    );
    result[table] = (rows[0].max ?? 0) + 1;
  }
  return result;
}
