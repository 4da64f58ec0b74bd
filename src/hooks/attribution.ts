import type { Core, Modules } from '@strapi/strapi';
import { detectAttributions, extractText, renderAttributionLine } from '../attribution';
import { defaultLocaleOf } from '../platform/locales';
import { ARTICLE_UID, findDraftVersions, type StoredArticle } from './article-store';
import {
  rebuildSourceRefs,
  type DetectedSource,
  type SourcePointer,
  type SourceRefInput,
} from './source-refs';
import { resolveOrCreateSource, sourceRegistry } from './source-registry';
import { chooseTranslation, type TranslationInput } from './translation';
import { assertPublishable, refusePublishing } from './publish-guard';
import { correctionsAdded, datedCorrections, markTranslationsOutdated } from './outdated';

type Data = Record<string, unknown>;

interface WriteParams {
  documentId?: string;
  locale?: string;
  status?: string;
  data?: Data;
}

/*
 * The attribution pipeline, as a document-service middleware so that every write path runs
 * it once (REST, GraphQL, admin panel, Document Service, imports); database lifecycles fire
 * twice around draft/publish (strapi/strapi#21535, #22984, #25578):
 *   extract text → detect → resolve to Sources → rebuild `sources` → render the line →
 *   default the translation → guard publishing.
 * It computes on draft writes (create, update, a new localization); publish copies the draft
 * and discardDraft copies the published version, so both stay identical without recomputing.
 */
export function attributionHooks(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== ARTICLE_UID) return next();
    const params = context.params as WriteParams;

    if (context.action === 'publish') {
      await assertPublishable(strapi, params.documentId as string, params.locale);
      return next();
    }
    if (context.action !== 'create' && context.action !== 'update') return next();
    if (!params.data || typeof params.data !== 'object') return next();

    const locale = params.locale ?? (await defaultLocaleOf(strapi));
    return strapi.db.transaction(async ({ trx }) => {
      const data = params.data as Data;
      const versions = params.documentId ? await findDraftVersions(strapi, params.documentId) : [];
      const stored = versions.find((version) => version.locale === locale) ?? null;

      const text = extractText({
        title: pick(data, 'title', stored?.title),
        lead: pick(data, 'lead', stored?.lead),
        body: 'body' in data ? data.body : stored?.body,
      });
      const detected: DetectedSource[] = [];
      // The database's Sources decide who counts as known, so an editor's alias counts at once.
      const { knownNames } = await sourceRegistry(strapi);
      for (const found of detectAttributions(text, locale, knownNames)) {
        const source = await resolveOrCreateSource(strapi, trx, found.name, locale);
        if (!detected.some((d) => d.sourceId === source.id)) {
          detected.push({
            sourceId: source.id,
            sourceDocumentId: source.documentId,
            quotedAs: found.quotedAs,
          });
        }
      }

      const registry = await sourceRegistry(strapi);
      const sourceIdOf = (pointer: SourcePointer) =>
        'id' in pointer
          ? (registry.byId.get(pointer.id)?.id ?? pointer.id)
          : (registry.byDocumentId.get(pointer.documentId)?.id ?? null);
      const refs = rebuildSourceRefs({
        incoming: Array.isArray(data.sources) ? (data.sources as SourceRefInput[]) : undefined,
        stored: stored?.sources ?? [],
        detected,
        sourceIdOf,
      });
      // Each entry carries its agency's name, so the edit view can head the entry with it.
      data.sources = refs.data.map((entry, i) => {
        const id = refs.entrySourceIds[i];
        return { ...entry, agency: id === null ? null : (registry.byId.get(id)?.name ?? null) };
      });

      const translation = chooseTranslation({
        incoming: (data.translation as TranslationInput | null | undefined) ?? undefined,
        stored: stored?.translation ?? null,
        isNewLocalization: stored === null && versions.length > 0,
        otherVersions: versions.filter((version) => version.locale !== locale),
        originalLanguage: pick(
          data,
          'originalLanguage',
          stored?.originalLanguage ?? versions[0]?.originalLanguage ?? null
        ),
        locale,
        translator: currentTranslatorName(strapi),
        touchesText: ['title', 'lead', 'body'].some((field) => field in data),
        now: new Date(),
      });
      data.translation = translation;
      if ('corrections' in data) data.corrections = datedCorrections(data.corrections, new Date());
      const corrected =
        stored !== null &&
        correctionsAdded(stored.corrections, data.corrections) &&
        (await hasPublishedVersion(strapi, stored.documentId, locale));

      const originalReporting = Boolean(
        pick(data, 'originalReporting', versionsOriginalReporting(versions))
      );
      const names = sourceNames(registry, refs.sourceIds);
      data.attributionLine = lineFor(locale, names, originalReporting, translation);

      if (params.status === 'published' && names.length === 0 && !originalReporting) {
        refusePublishing(
          pick(data, 'title', stored?.title) ?? '',
          params.documentId ?? null,
          locale
        );
      }
      const result = await next();
      // A correction to what readers saw is a change translators must carry over too.
      if (stored && (corrected || extractText(stored) !== text)) {
        await markTranslationsOutdated(strapi, versions, locale, new Date());
      }
      // originalReporting is shared by all locales (Strapi copies it to them): their lines too.
      if (originalReporting !== versionsOriginalReporting(versions)) {
        for (const version of versions.filter((v) => v.locale !== locale)) {
          const ids = version.sources
            .map((ref) => ref.source?.id)
            .filter((id): id is number => !!id);
          await strapi.db.query(ARTICLE_UID).update({
            where: { id: version.id },
            data: {
              attributionLine: lineFor(
                version.locale,
                sourceNames(registry, ids),
                originalReporting,
                version.translation ?? {}
              ),
            },
          });
        }
      }
      return result;
    });
  };
}

async function hasPublishedVersion(
  strapi: Core.Strapi,
  documentId: string,
  locale: string
): Promise<boolean> {
  const count = await strapi.db
    .query(ARTICLE_UID)
    .count({ where: { documentId, locale, publishedAt: { $notNull: true } } });
  return count > 0;
}

function sourceNames(registry: { byId: Map<number, { name: string }> }, ids: number[]): string[] {
  return ids.map((id) => registry.byId.get(id)?.name).filter((name): name is string => !!name);
}

function lineFor(
  locale: string,
  names: string[],
  originalReporting: boolean,
  translation: TranslationInput
): string {
  return renderAttributionLine({
    locale,
    sourceNames: names,
    originalReporting,
    translation: translation.method
      ? { method: translation.method, from: translation.from ?? null }
      : null,
  });
}

function pick<T>(data: Data, field: string, fallback: T): T {
  return field in data ? (data[field] as T) : fallback;
}

const versionsOriginalReporting = (versions: StoredArticle[]) =>
  versions.some((version) => version.originalReporting === true);

/** The admin user behind the request, for `translation.translator`; null outside the admin. */
function currentTranslatorName(strapi: Core.Strapi): string | null {
  const ctx = strapi.requestContext.get() as
    | {
        state?: {
          user?: { firstname?: string; lastname?: string; email?: string; username?: string };
        };
      }
    | undefined;
  const user = ctx?.state?.user;
  if (!user) return null;
  const fullName = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return fullName || user.username || user.email || null;
}
