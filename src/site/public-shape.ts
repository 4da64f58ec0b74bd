import type { Modules } from '@strapi/strapi';
import type { ARTICLE_UID } from '../content-model/uids';

/** What public reads of an article carry, populated server-side; clients cannot widen it. */
export const PUBLIC_ARTICLE_POPULATE = {
  section: { fields: ['name', 'slug', 'locale'] },
  sources: {
    populate: { source: { fields: ['name', 'slug', 'kind', 'url', 'verified'] } },
  },
  translation: true,
  corrections: { fields: ['note', 'correctedAt'] },
} satisfies Modules.Documents.Params.Populate.Any<typeof ARTICLE_UID>;

/** A public read of an article: the Document Service's answer for PUBLIC_ARTICLE_POPULATE. */
export type ArticleView = Modules.Documents.Result<
  typeof ARTICLE_UID,
  { populate: typeof PUBLIC_ARTICLE_POPULATE }
>;

/** What the attribution resource is made from: an article with its sources and translation. */
export type AttributedArticle = Modules.Documents.Result<
  typeof ARTICLE_UID,
  { populate: { sources: true; translation: true } }
>;

/** The attribution resource: who the article credits, and how this locale came to be. */
export function attributionView(article: AttributedArticle) {
  return {
    documentId: article.documentId,
    locale: article.locale,
    line: article.attributionLine ?? null,
    originalReporting: Boolean(article.originalReporting),
    sources: (article.sources ?? [])
      .filter((ref) => ref.source)
      .map((ref) => ({
        name: ref.source?.name ?? null,
        slug: ref.source?.slug ?? null,
        kind: ref.source?.kind ?? null,
        url: ref.source?.url ?? null,
        verified: Boolean(ref.source?.verified),
        quotedAs: ref.quotedAs ?? null,
        originalUrl: ref.originalUrl ?? null,
        role: ref.role ?? null,
        // A translation's Source taken from the version it was made from: that locale.
        inheritedFrom: ref.inheritedFrom ?? null,
      })),
    translation: article.translation
      ? {
          method: article.translation.method ?? null,
          from: article.translation.from ?? null,
          translator: article.translation.translator ?? null,
          engine: article.translation.engine ?? null,
          translatedAt: article.translation.translatedAt ?? null,
          status: article.translation.status ?? null,
        }
      : null,
  };
}

/** Fills `{locale}` and `{slug}` in the configured URL pattern. */
export function articleUrl(pattern: string, locale: string, slug: string | null): string | null {
  if (!pattern || !slug) return null;
  return pattern
    .replace('{locale}', encodeURIComponent(locale))
    .replace('{slug}', encodeURIComponent(slug));
}
