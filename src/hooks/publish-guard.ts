import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocaleOf } from '../platform/locales';
import { unattributedMessage } from '../editorial/messages';

/**
 * Refuses, with a 400 in the editor's terms (the fields' labels, what to do), to publish an
 * unsourced locale. The documentId goes in the details only: on a create-and-publish the
 * create is rolled back with the refusal, so that id never exists.
 */
export function refusePublishing(title: string, documentId: string | null, locale: string): never {
  throw new errors.ValidationError(unattributedMessage(title, locale), {
    documentId,
    locale,
    reason: 'unattributed',
    fields: ['sources', 'originalReporting'],
  });
}

/**
 * Before a publish: every locale about to be published must have a source or be the site's
 * own reporting. Throws before anything is written, so nothing published changes.
 */
export async function assertPublishable(
  strapi: Core.Strapi,
  documentId: string,
  localeParam: unknown
): Promise<void> {
  const versions = await draftSourcing(strapi, documentId);
  const wanted =
    localeParam === '*'
      ? versions.map((version) => version.locale)
      : Array.isArray(localeParam)
        ? (localeParam as string[])
        : [typeof localeParam === 'string' ? localeParam : await defaultLocaleOf(strapi)];
  const originalReporting = versions.some((version) => version.originalReporting === true);
  for (const version of versions) {
    if (!wanted.includes(version.locale)) continue;
    if (!version.hasSource && !originalReporting) {
      refusePublishing(version.title, documentId, version.locale);
    }
  }
}

interface DraftSourcing {
  locale: string;
  title: string;
  originalReporting: boolean | null;
  hasSource: boolean;
}

/*
 * Per draft locale: does a `sources` entry name a Source? (An entry holding only an original
 * URL names no one.) One query instead of the four a populated load takes; run in the caller's
 * transaction, if any, so a draft created earlier in it is seen.
 */
async function draftSourcing(strapi: Core.Strapi, documentId: string): Promise<DraftSourcing[]> {
  const run = async (knex: { raw(sql: string, bindings: unknown[]): Promise<unknown> }) => {
    const result = (await knex.raw(
      `SELECT a.locale, a.title, a.original_reporting AS "originalReporting",
              EXISTS (
                SELECT 1 FROM articles_cmps c
                JOIN components_attribution_source_refs_source_lnk l ON l.source_ref_id = c.cmp_id
                WHERE c.entity_id = a.id AND c.field = 'sources'
                  AND c.component_type = 'attribution.source-ref'
              ) AS "hasSource"
         FROM articles a
        WHERE a.document_id = ? AND a.published_at IS NULL`,
      [documentId]
    )) as { rows: DraftSourcing[] };
    return result.rows;
  };
  // Outside a transaction, a plain query: no BEGIN/COMMIT round trips for one read.
  return strapi.db.inTransaction()
    ? strapi.db.transaction(({ trx }) => run(trx))
    : run(strapi.db.connection);
}
