import type { Core } from '@strapi/strapi';
import { configureArticleEditView } from './admin-view';
import { registerTranslationStatusAdminRoute } from './admin-route';
import { ensureOriginSnapshotTable } from './origin-snapshots';
import { registerWorklistAdminRoute } from './worklist-route';
import { ensureLocaleCodeIndex } from '../locales/manage';
import { syncTranslatorRoles } from './roles';
import { onModelWrites } from '../coherence/model-writes';

export { syncTranslatorRoles, translatorRoleName, translatorRoleCode } from './roles';
export { translationStatus } from './status';
export { addLocale, listLocales, removeLocale, setDefaultLocale } from '../locales/manage';

/**
 * For register(): the admin translation-status route and the translator's page's worklist
 * route. (The locale check on admin writes is a step of the write pipeline:
 * src/write-pipeline/guard-translator-locale.ts.)
 */
export function registerTranslators(strapi: Core.Strapi): void {
  registerTranslationStatusAdminRoute(strapi);
  registerWorklistAdminRoute(strapi);
}

/**
 * For bootstrap(), after the configured locales exist: the unique locale code index, one
 * translator role per locale, roles kept in step with locales added or removed later (admin
 * panel, CLI, another instance), the Article edit view, and the table of the texts
 * translations were made from.
 */
export async function setUpTranslators(strapi: Core.Strapi): Promise<void> {
  await ensureLocaleCodeIndex(strapi);
  await ensureOriginSnapshotTable(strapi);
  await syncTranslatorRoles(strapi);
  watchLocalesForTranslatorRoles(strapi);
  await configureArticleEditView(strapi);
}

function watchLocalesForTranslatorRoles(strapi: Core.Strapi): void {
  // A failure here must not undo the locale change the admin asked for: log it; the next
  // boot or CLI run syncs again.
  const sync = async () => {
    try {
      await syncTranslatorRoles(strapi);
    } catch (error) {
      strapi.log.error(`Could not update the translator roles: ${(error as Error).message}`);
    }
  };
  onModelWrites(strapi, ['plugin::i18n.locale'], sync);
}
