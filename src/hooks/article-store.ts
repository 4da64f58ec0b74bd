import type { Core } from '@strapi/strapi';
import type { StoredSourceRef } from './source-refs';

export const ARTICLE_UID = 'api::article.article';

export type TranslationMethod = 'original' | 'human' | 'machine' | 'machine-reviewed';

export interface StoredTranslation {
  id?: number;
  method: TranslationMethod | null;
  from: string | null;
  translator: string | null;
  engine: string | null;
  translatedAt: string | null;
  status: 'current' | 'outdated' | null;
  sourceChangedAt: string | null;
}

export interface StoredArticle {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  lead: string | null;
  body: unknown;
  originalReporting: boolean | null;
  originalLanguage: string | null;
  publishedAt: string | null;
  sources: StoredSourceRef[];
  translation: StoredTranslation | null;
  corrections?: StoredCorrection[];
}

export interface StoredCorrection {
  id?: number;
  note: string | null;
  correctedAt: string | null;
}

const FIELDS = [
  'id',
  'documentId',
  'locale',
  'title',
  'lead',
  'body',
  'originalReporting',
  'originalLanguage',
  'publishedAt',
];

const POPULATE = {
  sources: { populate: { source: { select: ['id'] } } },
  translation: true,
  corrections: true,
};

/** The draft rows of a document, every locale or one, with what the hooks read. */
export async function findDraftVersions(
  strapi: Core.Strapi,
  documentId: string,
  locale?: string
): Promise<StoredArticle[]> {
  return (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
    select: FIELDS,
    populate: POPULATE,
  })) as StoredArticle[];
}
