import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import type { PublishOutcome } from './types';
import { ARTICLE_UID } from '../content-model/uids';

const SAVEPOINT = 'article_import_publish';

/**
 * Publishes one locale of an imported article unless the attribution guard refuses it. A
 * refusal keeps the draft: the publish runs under a savepoint that is rolled back, so the
 * import's transaction stays usable whatever the guard did before throwing.
 */
export async function publishIfAllowed(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  documentId: string,
  locale: string
): Promise<PublishOutcome> {
  await trx.raw(`SAVEPOINT ${SAVEPOINT}`);
  try {
    await strapi.documents(ARTICLE_UID).publish({ documentId, locale });
  } catch (error) {
    await trx.raw(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
    if (error instanceof errors.ValidationError) {
      return { outcome: 'refused', reason: error.message };
    }
    throw error;
  }
  await trx.raw(`RELEASE SAVEPOINT ${SAVEPOINT}`);
  return { outcome: 'published' };
}

/** For a repeat: publish the existing draft only when that locale has never been published. */
export async function publishExistingIfAllowed(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  documentId: string,
  locale: string
): Promise<PublishOutcome> {
  const published = await strapi.db.query(ARTICLE_UID).count({
    where: { documentId, locale, publishedAt: { $notNull: true } },
  });
  if (published > 0) return { outcome: 'already-published' };
  return publishIfAllowed(strapi, trx, documentId, locale);
}
