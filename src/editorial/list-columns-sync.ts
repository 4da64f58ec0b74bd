import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, SOURCE_UID } from '../content-model/uids';
import { listColumns, type ListColumns } from './list-columns';

const BATCH = 500;

interface Row {
  id: number;
  originalReporting: boolean | null;
  sources: { source: { name: string | null } | null }[] | null;
  translation: { method: string | null; status: string | null } | null;
}

/**
 * One UPDATE for a batch of rows. Straight to the table: these columns are private copies for
 * the admin's list, so nothing public changes, and a query-layer update would also move each
 * row's `updatedAt` (what sites read as "modified"), which a backfill must not.
 */
async function writeListColumns(
  strapi: Core.Strapi,
  rows: ({ id: number } & ListColumns)[]
): Promise<void> {
  const meta = strapi.db.metadata.get(ARTICLE_UID) as {
    tableName: string;
    attributes: Record<string, { columnName?: string }>;
  };
  const column = (attribute: keyof ListColumns) =>
    meta.attributes[attribute]?.columnName ?? attribute;
  await strapi.db.connection.raw(
    `UPDATE ?? AS a SET ?? = v.source_names, ?? = v.translation_state
     FROM unnest(?::int[], ?::text[], ?::text[]) AS v(id, source_names, translation_state)
     WHERE a.id = v.id`,
    [
      meta.tableName,
      column('sourceNames'),
      column('translationState'),
      rows.map((row) => row.id),
      rows.map((row) => row.sourceNames),
      rows.map((row) => row.translationState),
    ]
  );
}

/** Recomputes the list columns of the article rows `where` selects, `BATCH` at a time. */
async function refresh(
  strapi: Core.Strapi,
  where: Record<string, unknown>,
  until: 'all-done' | 'one-pass'
): Promise<number> {
  const query = strapi.db.query(ARTICLE_UID);
  let filled = 0;
  for (let offset = 0; ; ) {
    const rows = (await query.findMany({
      where,
      select: ['id', 'originalReporting'],
      populate: {
        sources: { populate: { source: { select: ['name'] } } },
        translation: { select: ['method', 'status'] },
      },
      orderBy: { id: 'asc' },
      limit: BATCH,
      // The backfill's rows leave `where` once filled: it always reads from the start.
      ...(until === 'one-pass' && { offset }),
    })) as Row[];
    if (rows.length === 0) return filled;
    await writeListColumns(
      strapi,
      rows.map((row) => ({
        id: row.id,
        ...listColumns(
          (row.sources ?? []).map((ref) => ref.source?.name),
          row.translation,
          row.originalReporting === true
        ),
      }))
    );
    filled += rows.length;
    offset += rows.length;
  }
}

/**
 * Fills the list view's columns (list-columns.ts) of the rows written before they existed:
 * every write sets `translationState`, so a row without one has never been through the write
 * pipeline with them. Draft and published rows alike; idempotent, and a no-op (one query) once
 * done, so every boot may run it. Returns the number of rows filled.
 */
export function backfillListColumns(strapi: Core.Strapi): Promise<number> {
  return refresh(strapi, { translationState: { $null: true } }, 'all-done');
}

/**
 * After a Source is renamed, the Sources column of every article row that credits it, draft
 * and published, names it as it is now called.
 */
export async function refreshListColumnsOfSource(
  strapi: Core.Strapi,
  sourceDocumentId: string
): Promise<number> {
  const ids = (
    (await strapi.db.query(SOURCE_UID).findMany({
      where: { documentId: sourceDocumentId },
      select: ['id'],
    })) as { id: number }[]
  ).map((row) => row.id);
  if (ids.length === 0) return 0;
  return refresh(strapi, { sources: { source: { id: { $in: ids } } } }, 'one-pass');
}
