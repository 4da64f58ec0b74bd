import type { Core } from '@strapi/strapi';
import { sourceLocaleOf, type StoredTranslation } from '../attribution/translation-choice';
import { ARTICLE_UID } from '../content-model/uids';
import { diffOrigin, originTextOf, type OriginChanges, type OriginText } from './origin-diff';
import { findOriginSnapshots } from './origin-snapshots';
import { translationStatus, type StatusPage, type TranslationStatus } from './status';

export interface WorklistMissing {
  documentId: string;
  /** The locale to translate from: the one a new localization will record as `from`. */
  origin: { locale: string; title: string } | null;
}

export interface WorklistOutdated {
  documentId: string;
  /** The translation's own title. */
  title: string;
  origin: { locale: string; title: string | null };
  /** When the origin changed its text (the first change since the translation). */
  changedAt: string | null;
  translatedAt: string | null;
  /**
   * What changed in the origin since this translation was last saved; null when that is not
   * known (a translation saved before its origin's text was recorded, see `unknownBecause`).
   */
  changes: OriginChanges | null;
  unknownBecause: string | null;
}

export interface Worklist {
  data: {
    locale: string;
    total: number;
    translated: number;
    missing: WorklistMissing[];
    outdated: WorklistOutdated[];
  };
  meta: TranslationStatus['meta'];
}

interface Draft {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  lead: string | null;
  body: unknown;
  translation: StoredTranslation | null;
  corrections?: { note: string | null }[];
}

/**
 * A translator's work in `locale`, one page of each list: documents missing in it, with the
 * locale they will be translated from, and its outdated translations, each with what changed
 * in its origin since (fields, paragraphs, corrections). The lists and their order are those
 * of translation-status (status.ts); this adds the texts, in two more queries.
 */
export async function translatorWorklist(
  strapi: Core.Strapi,
  locale: string,
  page: StatusPage
): Promise<Worklist> {
  const status = await translationStatus(strapi, locale, page);
  const { missing, outdated } = status.data;
  const documentIds = [...new Set([...missing, ...outdated].map((item) => item.documentId))];
  const drafts =
    documentIds.length === 0
      ? []
      : ((await strapi.db.query(ARTICLE_UID).findMany({
          where: { documentId: { $in: documentIds }, publishedAt: null },
          select: ['id', 'documentId', 'locale', 'title', 'lead', 'body'],
          populate: { translation: true, corrections: true },
          orderBy: { id: 'asc' },
        })) as Draft[]);
  const versionsOf = (documentId: string) =>
    drafts.filter((draft) => draft.documentId === documentId);
  const snapshots = await findOriginSnapshots(
    strapi,
    locale,
    outdated.map((item) => item.documentId)
  );

  return {
    data: {
      locale,
      total: status.data.total,
      translated: status.data.translated,
      missing: missing.map(({ documentId }) => {
        const versions = versionsOf(documentId);
        // The same choice the write pipeline makes when the localization is created
        // (translation-choice.ts), so the page names the locale the provenance will record.
        const from = sourceLocaleOf(versions);
        const origin = versions.find((version) => version.locale === from);
        return {
          documentId,
          origin: origin ? { locale: origin.locale, title: origin.title } : null,
        };
      }),
      outdated: outdated.map((item) => {
        const versions = versionsOf(item.documentId);
        const translation = versions.find((version) => version.locale === locale)?.translation;
        const from = item.from ?? '';
        const origin = versions.find((version) => version.locale === from);
        const snapshot = snapshots.get(item.documentId);
        const known = Boolean(origin && snapshot && snapshot.originLocale === from);
        return {
          documentId: item.documentId,
          title: item.title,
          origin: { locale: from, title: origin?.title ?? null },
          changedAt: item.changedAt,
          translatedAt: translation?.translatedAt ?? null,
          changes: known
            ? diffOrigin(snapshot?.text as OriginText, originTextOf(origin as Draft))
            : null,
          unknownBecause: known
            ? null
            : !origin
              ? `The origin locale "${from}" of this translation no longer exists.`
              : 'This translation was saved before the text it was made from was recorded.',
        };
      }),
    },
    meta: status.meta,
  };
}

export interface OriginView {
  locale: string;
  /** False while the locale is being created in the edit view. */
  exists: boolean;
  /** `translation.status` of this locale; null when it does not exist or is an original. */
  status: 'current' | 'outdated' | null;
  /** The locale this one is (or, being created, will be recorded as) translated from. */
  origin: ({ locale: string } & OriginText) | null;
  changes: OriginChanges | null;
  unknownBecause: string | null;
}

/**
 * What the edit view shows beside a translation: its origin's text now and, when the
 * translation is outdated, what changed in it since. For a locale not yet created, the origin
 * the new localization will record (the write pipeline's choice), so the translator fills in
 * from that one.
 */
export async function originView(
  strapi: Core.Strapi,
  documentId: string,
  locale: string
): Promise<OriginView | null> {
  const versions = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId, publishedAt: null },
    select: ['id', 'documentId', 'locale', 'title', 'lead', 'body'],
    populate: { translation: true, corrections: true },
    orderBy: { id: 'asc' },
  })) as Draft[];
  if (versions.length === 0) return null;
  const own = versions.find((version) => version.locale === locale);
  const others = versions.filter((version) => version.locale !== locale);
  const translation = own?.translation ?? null;
  const from = own
    ? translation && translation.method !== 'original'
      ? translation.from
      : null
    : sourceLocaleOf(others);
  const origin = others.find((version) => version.locale === from);
  const base = { locale, exists: Boolean(own), status: own ? (translation?.status ?? null) : null };
  if (!origin) {
    return { ...base, origin: null, changes: null, unknownBecause: null };
  }
  const now = originTextOf(origin);
  let changes: OriginChanges | null = null;
  let unknownBecause: string | null = null;
  if (own && translation?.status === 'outdated') {
    const snapshot = (await findOriginSnapshots(strapi, locale, [documentId])).get(documentId);
    if (snapshot && snapshot.originLocale === origin.locale) {
      changes = diffOrigin(snapshot.text, now);
    } else {
      unknownBecause = 'This translation was saved before the text it was made from was recorded.';
    }
  }
  return { ...base, origin: { locale: origin.locale, ...now }, changes, unknownBecause };
}
