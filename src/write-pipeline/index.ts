import type { Core, Modules } from '@strapi/strapi';
import { invalidateOnWrite } from '../cache';
import { attributeSources } from './attribute-sources';
import { checkInput } from './check-input';
import { dropEmptyParagraphs } from './drop-empty-blocks';
import { fillSlugs } from './fill-slugs';
import { guardEmbargo } from './guard-embargo';
import { guardLocaleAndStatus } from './guard-locale-and-status';
import { guardTranslatorLocale } from './guard-translator-locale';
import { refreshListColumns } from './refresh-list-columns';
import { serializeDocumentWrites } from './lock-document';
import { recordTranslationOrigin } from './record-translation-origin';
import { asMiddleware } from './write-context';

export { guardContentApiQueries } from './check-input';

/*
 * Every Document Service call (REST, GraphQL, the admin panel, imports, the CLI) passes these
 * steps, in this order. The first three see reads too; the rest act on writes of api:: types.
 * Each step is one file; those after the lock read the call through one WriteContext
 * (write-context.ts), which works out the locale and the stored versions once.
 *
 *   check-input            values and queries against the schema: a 400 before anything runs
 *   lock-document          one transaction per write, under a lock on the document, that all
 *                          below join (after the pure checks: a refused write never waits)
 *   guard-locale-and-status  unknown locales are a 400; the public reads published rows only
 *   guard-translator-locale  an admin role limited to some locales creates only in those
 *   fill-slugs             uid fields on every path, transliterated, unique per locale
 *   drop-empty-blocks      pasted empty paragraphs, before the text is read
 *   guard-embargo          nothing is published before its embargo lifts
 *   attribute-sources      detect → resolve Sources → `sources`, line, translation; the
 *                          publish rule (src/attribution/publish-rule.ts)
 *   record-translation-origin  a translation saved as current: the origin's text it was made
 *                          from, for the translator's page (src/translators/origin-diff.ts)
 *   refresh-list-columns   a renamed Source: the article list's Sources column follows
 *   invalidate-cache       after the write: the cached answers it touched (src/cache)
 */
export interface PipelineStep {
  /** The step's file name, e.g. `attribute-sources`. */
  name: string;
  middleware: Modules.Documents.Middleware.Middleware;
}

export function writePipeline(strapi: Core.Strapi): PipelineStep[] {
  const step = (name: string, middleware: Modules.Documents.Middleware.Middleware) => ({
    name,
    middleware,
  });
  return [
    step('check-input', checkInput(strapi)),
    step('lock-document', serializeDocumentWrites(strapi)),
    step('guard-locale-and-status', guardLocaleAndStatus(strapi)),
    step('guard-translator-locale', asMiddleware(strapi, guardTranslatorLocale(strapi))),
    step('fill-slugs', asMiddleware(strapi, fillSlugs(strapi))),
    step('drop-empty-blocks', asMiddleware(strapi, dropEmptyParagraphs(strapi))),
    step('guard-embargo', asMiddleware(strapi, guardEmbargo)),
    step('attribute-sources', asMiddleware(strapi, attributeSources(strapi))),
    step('record-translation-origin', asMiddleware(strapi, recordTranslationOrigin(strapi))),
    step('refresh-list-columns', asMiddleware(strapi, refreshListColumns(strapi))),
    step('invalidate-cache', invalidateOnWrite(strapi)),
  ];
}
