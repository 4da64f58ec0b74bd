import type { Core } from '@strapi/strapi';
import type { TranslationInput } from '../attribution/translation-choice';
import { originTextOf } from '../translators/origin-diff';
import { deleteOriginSnapshots, saveOriginSnapshot } from '../translators/origin-snapshots';
import type { WriteStep } from './write-context';

/*
 * After a translation is saved as current (a new localization, or a translator's save of its
 * text), the text of the locale it was made from is recorded, so that once the origin changes
 * the translator's page can say what changed since (src/translators/origin-diff.ts).
 *
 * Runs after attribute-sources, which has put the translation component this write stores into
 * `data.translation` (method, from, status). A translation is current only while its origin has
 * not changed since its last save (mark-outdated.ts marks it otherwise), so the origin's stored
 * draft is exactly what it was made from. An outdated translation saved without its text keeps
 * its old snapshot: it was not brought up to date. Deleting a locale (or the document) deletes
 * its snapshots.
 */
export function recordTranslationOrigin(strapi: Core.Strapi): WriteStep {
  return async (write, next) => {
    const data = write.data;
    const documentId = write.documentId;
    if (write.isArticle && write.action === 'delete' && documentId) {
      const locales = write.params.locale === '*' ? '*' : await write.targetLocales();
      const result = await next();
      await strapi.db.transaction(({ trx }) => deleteOriginSnapshots(trx, documentId, locales));
      return result;
    }
    if (!write.isArticle || !write.writesData || !data || !documentId) return next();
    const translation = data.translation as TranslationInput | undefined;
    const locale = await write.locale();
    const from = translation?.from;
    if (
      !translation ||
      translation.method === 'original' ||
      translation.status !== 'current' ||
      typeof from !== 'string' ||
      from === locale
    ) {
      return next();
    }
    const origin = (await write.storedDrafts()).find((version) => version.locale === from);
    if (!origin) return next();

    const result = await next();
    await strapi.db.transaction(({ trx }) =>
      saveOriginSnapshot(
        trx,
        { documentId, locale, originLocale: from, text: originTextOf(origin) },
        new Date()
      )
    );
    return result;
  };
}
