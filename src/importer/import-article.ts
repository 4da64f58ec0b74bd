import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { articleImportData } from './article-data';
import { ARTICLE_UID } from '../content-model/uids';
import { ARTICLE_FIELDS, findDuplicate, lockImport } from './duplicates';
import { localizationExists } from './errors';
import { recordOriginalUrl } from './original-url';
import { prepareImport, type PreparedImport } from './prepare';
import { publishExistingIfAllowed, publishIfAllowed } from './publish';
import { findOrCreateSection } from './sections';
import type { ImportedArticle, ImportInput, ImportResult } from './types';

/** PostgreSQL errors after which the whole import can simply run again. */
const RETRYABLE = new Set(['40P01', '40001']); // deadlock_detected, serialization_failure
const ATTEMPTS = 3;

/**
 * Imports one plain-text article: a new draft in `locale` (or a new localization of
 * `documentId`), its section found or made, attribution by the document-service hooks, or the
 * existing article when the text (or its original) was imported before. One transaction: a
 * failure anywhere leaves nothing behind.
 */
export async function importArticle(
  strapi: Core.Strapi,
  input: ImportInput
): Promise<ImportResult> {
  const request = await prepareImport(strapi, input);
  // Inside a caller's transaction a failed statement aborts it: no retry is possible there.
  const attempts = strapi.db.inTransaction() ? 1 : ATTEMPTS;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await strapi.db.transaction(({ trx }) => importPrepared(strapi, trx, request));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= attempts || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
    }
  }
}

async function importPrepared(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  request: PreparedImport
): Promise<ImportResult> {
  const { locale, parsed } = request;
  await lockImport(trx, request);

  const duplicate = await findDuplicate(strapi, request);
  if (duplicate) {
    return {
      status: 'unchanged',
      article: pickArticle(duplicate),
      warnings: parsed.warnings,
      ...(request.publish && {
        publish: await publishExistingIfAllowed(strapi, trx, duplicate.documentId, locale),
      }),
    };
  }
  if (request.documentId) await assertCanAddLocale(strapi, request.documentId, locale);

  const sectionName = request.section ?? parsed.section;
  const section = sectionName
    ? await findOrCreateSection(strapi, trx, locale, sectionName)
    : undefined;
  const data = {
    ...articleImportData(parsed, request.hash, section?.documentId),
    // Only ever set, never cleared: the flag is shared by every locale of the document.
    ...(request.originalReporting && { originalReporting: true }),
  };

  const articles = strapi.documents(ARTICLE_UID);
  const draft = (
    request.documentId
      ? await articles.update({
          documentId: request.documentId,
          locale,
          status: 'draft',
          data,
          fields: ARTICLE_FIELDS,
        })
      : await articles.create({
          locale,
          status: 'draft',
          data,
          fields: ARTICLE_FIELDS,
        })
  ) as ImportedArticle | null;
  if (!draft) throw new errors.NotFoundError(`No article with documentId "${request.documentId}".`);

  if (request.originalUrl) {
    await recordOriginalUrl(strapi, draft.id, draft.documentId, locale, request.originalUrl);
  }
  return {
    status: 'created',
    article: pickArticle(draft),
    warnings: parsed.warnings,
    ...(request.publish && {
      publish: await publishIfAllowed(strapi, trx, draft.documentId, locale),
    }),
  };
}

/** A new localization needs an existing document that lacks this locale. */
async function assertCanAddLocale(
  strapi: Core.Strapi,
  documentId: string,
  locale: string
): Promise<void> {
  const versions = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId },
    select: ['locale'],
  })) as { locale: string }[];
  if (versions.length === 0) {
    throw new errors.NotFoundError(`No article with documentId "${documentId}".`, { documentId });
  }
  if (versions.some((version) => version.locale === locale)) {
    throw localizationExists(documentId, locale);
  }
}

const pickArticle = (row: ImportedArticle): ImportedArticle => ({
  id: row.id,
  documentId: row.documentId,
  locale: row.locale,
  title: row.title,
  slug: row.slug ?? null,
});
