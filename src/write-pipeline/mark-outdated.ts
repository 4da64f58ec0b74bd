import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, TRANSLATION_UID } from '../content-model/uids';
import type { StoredArticle } from './stored-versions';

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
    populate: { translation: { select: ['id', 'from'] } },
  })) as { translation: { id: number; from: string | null } | null }[];
  const ids = [
    ...versions.filter((version) => locales.includes(version.locale)).map((v) => v.translation),
    ...published.map((row) => row.translation),
  ]
    .filter(
      (translation) => translation?.from === changedLocale && typeof translation.id === 'number'
    )
    .map((translation) => translation?.id as number);
  if (ids.length === 0) return;
  await strapi.db.query(TRANSLATION_UID).updateMany({
    where: { id: { $in: ids } },
    data: { status: 'outdated', sourceChangedAt: now },
  });
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
