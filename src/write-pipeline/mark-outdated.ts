import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, TRANSLATION_UID } from '../content-model/uids';
import type { StoredArticle } from './stored-versions';
import { translationStateOf } from '../editorial/list-columns';

/**
 * After the text of `changedLocale` changed, every translation made from it is out of date
 * until a translator saves it again: its draft and its published version alike, so that the
 * public attribution, the draft and translation-status all say the same.
 */
export async function markTranslationsOutdated(
  strapi: Core.Strapi,
  documentId: string,
  versions: StoredArticle[],
  changedLocale: string,
  now: Date
): Promise<void> {
  const locales = versions
    .filter((version) => version.locale !== changedLocale)
    .filter((version) => version.translation?.from === changedLocale)
    .map((version) => version.locale);
  if (locales.length === 0) return;
  const published = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId, locale: { $in: locales }, publishedAt: { $notNull: true } },
    select: ['id'],
    populate: { translation: { select: ['id', 'from', 'method'] } },
  })) as Pick<StoredArticle, 'id' | 'translation'>[];
  const rows = [...versions.filter((version) => locales.includes(version.locale)), ...published]
    .filter((row) => row.translation?.from === changedLocale)
    .filter((row) => typeof row.translation?.id === 'number');
  if (rows.length === 0) return;
  await strapi.db.query(TRANSLATION_UID).updateMany({
    where: { id: { $in: rows.map((row) => row.translation?.id as number) } },
    data: { status: 'outdated', sourceChangedAt: now },
  });
  // The list view's copy of the status (src/editorial/list-columns.ts) says the same.
  const state = (row: (typeof rows)[number]) =>
    translationStateOf({ method: row.translation?.method, status: 'outdated' });
  for (const value of new Set(rows.map(state))) {
    await strapi.db.query(ARTICLE_UID).updateMany({
      where: { id: { $in: rows.filter((row) => state(row) === value).map((row) => row.id) } },
      data: { translationState: value },
    });
  }
}

export interface CorrectionInput {
  note?: unknown;
  correctedAt?: unknown;
}

/**
 * Whether a save adds a correction or rewrites one: a note in `incoming` that `stored` does not
 * have (compared by text, ignoring surrounding whitespace). Removing a correction adds nothing
 * a translator must carry over.
 */
export function correctionsAdded(
  stored: readonly CorrectionInput[] | undefined,
  incoming: unknown
): boolean {
  if (!Array.isArray(incoming)) return false;
  const known = new Set((stored ?? []).map((correction) => noteOf(correction)));
  return incoming.some((correction) => {
    const note = noteOf(correction as CorrectionInput);
    return note !== '' && !known.has(note);
  });
}

/** Corrections with a missing date dated `now`: a correction is dated when it is made. */
export function datedCorrections(incoming: unknown, now: Date): unknown {
  if (!Array.isArray(incoming)) return incoming;
  return incoming.map((correction) =>
    correction && typeof correction === 'object' && !(correction as CorrectionInput).correctedAt
      ? { ...correction, correctedAt: now.toISOString() }
      : correction
  );
}

const noteOf = (correction: CorrectionInput | null | undefined) =>
  typeof correction?.note === 'string' ? correction.note.trim() : '';
