import type { Core } from '@strapi/strapi';
import type { StoredSourceRef } from '../attribution/source-refs';
import type { StoredTranslation } from '../attribution/translation-choice';

export type { StoredTranslation } from '../attribution/translation-choice';

import { ARTICLE_UID } from '../content-model/uids';

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
  embargoUntil: string | null;
  publishOnEmbargoLift: boolean | null;
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
  'embargoUntil',
  'publishOnEmbargoLift',
];

const POPULATE = {
  sources: { populate: { source: { select: ['id'] } } },
  translation: true,
  corrections: true,
};

/** The draft rows of a document, every locale or one, with what the write steps read. */
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
