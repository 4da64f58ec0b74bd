import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../content-model/uids';

const POPULATE = {
  section: { select: ['id', 'documentId', 'name', 'slug', 'locale'] },
  sources: {
    populate: {
      source: { select: ['id', 'documentId', 'name', 'slug', 'kind', 'url', 'verified'] },
    },
  },
  translation: true,
};

export interface ImportedArticleView {
  /** The draft with section, sources and translation (not yet sanitized for output). */
  entry: Record<string, unknown>;
  /** `published` when this locale is live, else `draft`. */
  status: 'draft' | 'published';
}

/**
 * The imported draft as the import API returns it. Read with the query engine, not the
 * Document Service: whoever may import sees the draft they wrote, whatever the read guards
 * (src/write-pipeline/guard-locale-and-status.ts) do for their kind of caller.
 */
export async function loadImportedArticle(
  strapi: Core.Strapi,
  documentId: string,
  locale: string
): Promise<ImportedArticleView | null> {
  const [draft, published] = await Promise.all([
    strapi.db.query(ARTICLE_UID).findOne({
      where: { documentId, locale, publishedAt: null },
      populate: POPULATE,
    }),
    strapi.db.query(ARTICLE_UID).count({
      where: { documentId, locale, publishedAt: { $notNull: true } },
    }),
  ]);
  if (!draft) return null;
  return { entry: draft as Record<string, unknown>, status: published > 0 ? 'published' : 'draft' };
}
