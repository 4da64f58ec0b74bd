import type { Core, Modules } from '@strapi/strapi';
import type { Knex } from 'knex';
import { lockFor } from '../postgres/advisory-lock';
import type { PreparedImport } from './prepare';
import type { ImportedArticle } from './types';
import { ARTICLE_UID } from '../content-model/uids';

export const ARTICLE_FIELDS: Modules.Documents.Params.Fields.ArrayNotation<typeof ARTICLE_UID> = [
  'id',
  'documentId',
  'locale',
  'title',
  'slug',
];

/**
 * Serializes imports that could be repeats of each other: same text, same original or same
 * target localization in one locale. Taken in sorted order, so two imports sharing two keys
 * never wait on each other crosswise. Held until the transaction ends, so the second of two
 * simultaneous imports looks for duplicates only after the first committed.
 */
export async function lockImport(trx: Knex.Transaction, request: PreparedImport): Promise<void> {
  const keys = [`article-import:${request.locale}:hash:${request.hash}`];
  if (request.originalUrl) keys.push(`article-import:${request.locale}:url:${request.originalUrl}`);
  if (request.documentId) keys.push(`article-import:${request.locale}:doc:${request.documentId}`);
  for (const key of keys.sort()) await lockFor(trx, key);
}

/**
 * The draft of an article this import repeats: the same content hash in the locale, or the same
 * original address in one of its sources. Drafts only: in Strapi 5 every document has a draft
 * row per locale, and the published row is a copy of it.
 */
export async function findDuplicate(
  strapi: Core.Strapi,
  request: PreparedImport
): Promise<ImportedArticle | null> {
  const articles = strapi.db.query(ARTICLE_UID);
  const base = { locale: request.locale, publishedAt: null };
  const byHash = (await articles.findOne({
    where: { ...base, contentHash: request.hash },
    select: ARTICLE_FIELDS,
  })) as ImportedArticle | null;
  if (byHash || !request.originalUrl) return byHash;
  // The query engine joins the `sources` components (articles_cmps) for this filter.
  return (await articles.findOne({
    where: { ...base, sources: { originalUrl: request.originalUrl } },
    select: ARTICLE_FIELDS,
  })) as ImportedArticle | null;
}
