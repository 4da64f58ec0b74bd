import type { Core, Data } from '@strapi/strapi';
import type { StoredSourceRef } from '../attribution/source-refs';
import type { StoredTranslation } from '../attribution/translation-choice';

export type { StoredTranslation } from '../attribution/translation-choice';

import { ARTICLE_UID } from '../content-model/uids';

/*
 * A draft row as FIELDS and POPULATE load it. The scalar columns are the schema's (Strapi's
 * entry type, each present once selected); the id is the table's integer key, locale and title
 * are always set on an article row, and the components are read as src/attribution's
 * Strapi-free shapes.
 */
export type StoredArticle = Pick<
  Required<Data.ContentType<typeof ARTICLE_UID>>,
  | 'documentId'
  | 'lead'
  | 'body'
  | 'originalReporting'
  | 'originalLanguage'
  | 'publishedAt'
  | 'embargoUntil'
  | 'publishOnEmbargoLift'
> & {
  id: number;
  locale: string;
  title: string;
  sources: StoredSourceRef[];
  translation: StoredTranslation | null;
  corrections?: StoredCorrection[];
};

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
