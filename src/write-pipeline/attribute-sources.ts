import type { Core } from '@strapi/strapi';
import { detectAttributions, extractText, renderAttributionLine } from '../attribution';
import { mayPublish } from '../attribution/publish-rule';
import {
  followOrigin,
  rebuildSourceRefs,
  type InheritedSource,
  type DetectedSource,
  type SourcePointer,
  type SourceRefInput,
} from '../attribution/source-refs';
import { resolveOrCreateSource, sourceRegistry } from '../sources/registry';
import { chooseTranslation, type TranslationInput } from '../attribution/translation-choice';
import { assertPublishable, isOriginalReporting, refusePublishing } from './publish-refusal';
import { correctionsAdded, datedCorrections, markTranslationsOutdated } from './mark-outdated';
import { ARTICLE_UID } from '../content-model/uids';
import { listColumns, sourcesCell } from '../editorial/list-columns';
import type { StoredArticle } from './stored-versions';
import type { WriteData as Data, WriteStep } from './write-context';

/*
 * The attribution step, in the Document Service so that every write path runs it once (REST,
 * GraphQL, admin panel, Document Service, imports); database lifecycles fire twice around
 * draft/publish (strapi/strapi#21535, #22984, #25578):
 *   extract text → detect → resolve to Sources → rebuild `sources` → render the line →
 *   default the translation → guard publishing.
 * It computes on draft writes (create, update, a new localization); publish copies the draft
 * and discardDraft copies the published version, so both stay identical without recomputing.
 */
export function attributeSources(strapi: Core.Strapi): WriteStep {
  return async (write, next) => {
    if (!write.isArticle) return next();
    if (write.action === 'publish') {
      await assertPublishable(write);
      return next();
    }
    const data = write.data;
    if (!write.writesData || !data) return next();
    const params = write.params;

    const locale = await write.locale();
    return strapi.db.transaction(async ({ trx }) => {
      const versions = await write.storedDrafts();
      const stored = await write.storedDraft();

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

      const isNewLocalization = stored === null && versions.length > 0;
      const translation = chooseTranslation({
        incoming: (data.translation as TranslationInput | null | undefined) ?? undefined,
        stored: stored?.translation ?? null,
        isNewLocalization,
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

      // A new translation starts with the sources of the version it was made from.
      const origin =
        isNewLocalization && translation.method !== 'original'
          ? versions.find((version) => version.locale === translation.from)
          : undefined;
      const refs = rebuildSourceRefs({
        incoming: Array.isArray(data.sources) ? (data.sources as SourceRefInput[]) : undefined,
        stored: stored?.sources ?? [],
        detected,
        inherited: origin ? inheritableSources(origin, registry) : [],
        sourceIdOf,
      });
      // Each entry carries its agency's name, so the edit view can head the entry with it.
      data.sources = refs.data.map((entry, i) => {
        const id = refs.entrySourceIds[i];
        return { ...entry, agency: id === null ? null : (registry.byId.get(id)?.name ?? null) };
      });
      if ('corrections' in data) data.corrections = datedCorrections(data.corrections, new Date());
      const corrected =
        stored !== null &&
        correctionsAdded(stored.corrections, data.corrections) &&
        (await hasPublishedVersion(strapi, stored.documentId, locale));

      const originalReporting = Boolean(
        pick(data, 'originalReporting', isOriginalReporting(versions))
      );
      const names = sourceNames(registry, refs.sourceIds);
      data.attributionLine = lineFor(locale, names, originalReporting, translation);
      // The list view's copies of the sources and the translation (src/editorial/list-columns.ts).
      Object.assign(data, listColumns(names, translation, originalReporting));

      if (
        params.status === 'published' &&
        !mayPublish({ locale, namedSources: names.length }, originalReporting)
      ) {
        refusePublishing(
          pick(data, 'title', stored?.title) ?? '',
          write.documentId ?? null,
          locale
        );
      }
      const result = await next();
      // The translations made from this locale follow a change of its Sources.
      const sourcesBefore = sourceIdsOf(stored);
      if (stored && !sameIds(sourcesBefore, refs.sourceIds)) {
        await carrySourcesToTranslations(strapi, write.documentId as string, versions, {
          locale,
          before: sourcesBefore,
          after: refs.sourceIds.map((id) =>
            inheritedFrom(locale, id, registry, refs.data[refs.entrySourceIds.indexOf(id)])
          ),
        });
      }
      // A correction to what readers saw is a change translators must carry over too.
      if (stored && (corrected || extractText(stored) !== text)) {
        await markTranslationsOutdated(
          strapi,
          write.documentId as string,
          versions,
          locale,
          new Date()
        );
      }
      // originalReporting is shared by all locales (Strapi copies it to them): their lines too.
      if (originalReporting !== isOriginalReporting(versions)) {
        for (const version of versions.filter((v) => v.locale !== locale)) {
          const ids = version.sources
            .map((ref) => ref.source?.id)
            .filter((id): id is number => !!id);
          const names = sourceNames(registry, ids);
          await strapi.db.query(ARTICLE_UID).update({
            where: { id: version.id },
            data: {
              attributionLine: lineFor(
                version.locale,
                names,
                originalReporting,
                version.translation ?? {}
              ),
              sourceNames: sourcesCell(names, originalReporting),
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

type Registry = Awaited<ReturnType<typeof sourceRegistry>>;

const sourceIdsOf = (version: StoredArticle | null): number[] =>
  (version?.sources ?? []).map((ref) => ref.source?.id).filter((id): id is number => !!id);

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

function inheritedFrom(
  locale: string,
  sourceId: number,
  registry: Registry,
  entry: SourceRefInput | undefined
): InheritedSource {
  return {
    sourceId,
    sourceDocumentId: registry.byId.get(sourceId)?.documentId ?? '',
    fromLocale: locale,
    quotedAs: typeof entry?.quotedAs === 'string' ? entry.quotedAs : null,
    role: entry?.role ?? null,
  };
}

/** The Sources a translation made from `origin` inherits: every Source the origin names. */
function inheritableSources(origin: StoredArticle, registry: Registry): InheritedSource[] {
  return origin.sources
    .filter((ref) => ref.source && registry.byId.has(ref.source.id))
    .map((ref) => ({
      ...inheritedFrom(origin.locale, (ref.source as { id: number }).id, registry, undefined),
      quotedAs: ref.quotedAs,
      role: ref.role,
    }));
}

/**
 * After `change.locale` changed its Sources: each draft translated from it (translation.from)
 * gets the Sources the origin added, as inherited, and loses the inherited ones the origin
 * dropped, through the Document Service, so its own line and guards are recomputed too.
 */
async function carrySourcesToTranslations(
  strapi: Core.Strapi,
  documentId: string,
  versions: StoredArticle[],
  change: { locale: string; before: number[]; after: InheritedSource[] }
): Promise<void> {
  for (const version of versions) {
    const translation = version.translation;
    if (version.locale === change.locale || translation?.method === 'original') continue;
    if (translation?.from !== change.locale) continue;
    const sources = followOrigin(version.sources, change.locale, change.before, change.after);
    if (!sources) continue;
    await strapi.documents(ARTICLE_UID).update({
      documentId,
      locale: version.locale,
      // Cast: stored refs may hold null in `role`, which Strapi's component input type refuses.
      data: { sources } as never,
    });
  }
}
