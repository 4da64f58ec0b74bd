import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../content-model/uids';
import { listColumns } from './list-columns';

const BATCH = 500;

interface Row {
  id: number;
  sources: { source: { name: string | null } | null }[] | null;
  translation: { method: string | null; status: string | null } | null;
}

/**
 * Fills the list view's columns (list-columns.ts) of the rows written before they existed:
 * every write sets `translationState`, so a row without one has never been through the write
 * pipeline with them. Draft and published rows alike, a batch at a time; idempotent, and a
 * no-op (one query) once done, so every boot may run it. Returns the number of rows filled.
 */
export async function backfillListColumns(strapi: Core.Strapi): Promise<number> {
  const query = strapi.db.query(ARTICLE_UID);
  let filled = 0;
  for (;;) {
    const rows = (await query.findMany({
      where: { translationState: { $null: true } },
      select: ['id'],
      populate: {
        sources: { populate: { source: { select: ['name'] } } },
        translation: { select: ['method', 'status'] },
      },
      orderBy: { id: 'asc' },
      limit: BATCH,
    })) as Row[];
    if (rows.length === 0) return filled;
    for (const row of rows) {
      const names = (row.sources ?? []).map((ref) => ref.source?.name);
      await query.update({ where: { id: row.id }, data: listColumns(names, row.translation) });
    }
    filled += rows.length;
  }
}
