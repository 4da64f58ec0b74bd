import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { OriginText } from './origin-diff';

/*
 * What each translation was made from: the origin locale's translatable text (title, lead,
 * paragraphs, correction notes) at the moment the translation was last saved as current. The
 * translation component records only who, how and when; without this copy "what changed in
 * the origin since" cannot be told (Strapi keeps no history of drafts).
 *
 * An internal table rather than a field of the article: it is never content (no API, no admin
 * form sends it back, "Fill in from another locale" does not copy it), and one row per
 * translation locale is overwritten on every save, and removed with that locale (or the whole
 * document) through the Document Service. Strapi's schema sync leaves tables it did not create
 * alone.
 */
const TABLE = 'newsroom_translation_origins';

/** Creates the table when missing; bootstrap() calls it under the start-up lock. */
export async function ensureOriginSnapshotTable(strapi: Core.Strapi): Promise<void> {
  const db: Knex = strapi.db.connection;
  await db.raw(
    `CREATE TABLE IF NOT EXISTS :table: (
       document_id varchar(255) NOT NULL,
       locale varchar(35) NOT NULL,
       origin_locale varchar(35) NOT NULL,
       origin_text jsonb NOT NULL,
       taken_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (document_id, locale))`,
    { table: TABLE }
  );
}

export interface OriginSnapshot {
  documentId: string;
  locale: string;
  originLocale: string;
  text: OriginText;
  takenAt: string;
}

/**
 * Records that the `locale` translation of a document is now made from `text` of
 * `originLocale`, in `trx`: the write's own transaction, so a write that is rolled back leaves
 * the previous snapshot.
 */
export async function saveOriginSnapshot(
  trx: Knex.Transaction,
  snapshot: { documentId: string; locale: string; originLocale: string; text: OriginText },
  now: Date
): Promise<void> {
  await trx(TABLE)
    .insert({
      document_id: snapshot.documentId,
      locale: snapshot.locale,
      origin_locale: snapshot.originLocale,
      origin_text: JSON.stringify(snapshot.text),
      taken_at: now,
    })
    .onConflict(['document_id', 'locale'])
    .merge(['origin_locale', 'origin_text', 'taken_at']);
}

/** Forgets the snapshots of a document's deleted locales (all of them for `'*'`), in `trx`. */
export async function deleteOriginSnapshots(
  trx: Knex.Transaction,
  documentId: string,
  locales: readonly string[] | '*'
): Promise<void> {
  const rows = trx(TABLE).where('document_id', documentId);
  await (locales === '*' ? rows : rows.whereIn('locale', [...locales])).delete();
}

/** The snapshots of `locale` for the given documents, by documentId. */
export async function findOriginSnapshots(
  strapi: Core.Strapi,
  locale: string,
  documentIds: readonly string[]
): Promise<Map<string, OriginSnapshot>> {
  if (documentIds.length === 0) return new Map();
  const db: Knex = strapi.db.connection;
  const rows = (await db(TABLE)
    .select('document_id', 'locale', 'origin_locale', 'origin_text', 'taken_at')
    .where('locale', locale)
    .whereIn('document_id', [...documentIds])) as {
    document_id: string;
    locale: string;
    origin_locale: string;
    origin_text: OriginText | string;
    taken_at: Date;
  }[];
  return new Map(
    rows.map((row) => [
      row.document_id,
      {
        documentId: row.document_id,
        locale: row.locale,
        originLocale: row.origin_locale,
        // Strapi's PostgreSQL connection leaves json(b) values as text.
        text: typeof row.origin_text === 'string' ? JSON.parse(row.origin_text) : row.origin_text,
        takenAt: new Date(row.taken_at).toISOString(),
      },
    ])
  );
}
