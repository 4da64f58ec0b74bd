import type { Core } from '@strapi/strapi';
import { acquireStartupLock, releaseStartupLock } from './platform/startup-lock';
import { ensureConfiguredLocales } from './platform/locales';
import { watchLocaleChanges } from './platform/known-locales';
import { documentGuards } from './platform/document-guards';
import { ensurePublicReadOnly } from './platform/public-permissions';
import { fillSlugs } from './slugs/fill-slugs';
import { attributionHooks } from './hooks/attribution';
import {
  invalidateCacheOnPermissionChange,
  invalidateCacheOnWrite,
} from './hooks/invalidate-cache';
import { seedKnownSources, watchSourceChanges } from './hooks/source-registry';
import { registerArticleGraphQL } from './graphql/article-extensions';
import { registerTranslators, setUpTranslators } from './translators';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Held from just before the schema sync until bootstrap() ends (see startup-lock.ts).
    strapi.hook('strapi::content-types.beforeSync').register(() => acquireStartupLock(strapi));

    // Order matters: guards reject bad input before anything computes on it.
    strapi.documents.use(documentGuards(strapi));
    registerTranslators(strapi); // locale check on admin writes; admin translation-status route
    strapi.documents.use(fillSlugs(strapi));
    // CMS_ATTRIBUTION_HOOKS=off exists for the write benchmark (npm run bench:hooks) only.
    if (process.env.CMS_ATTRIBUTION_HOOKS !== 'off') strapi.documents.use(attributionHooks(strapi));
    strapi.documents.use(invalidateCacheOnWrite(strapi));

    registerArticleGraphQL(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    try {
      watchLocaleChanges(strapi);
      watchSourceChanges(strapi);
      invalidateCacheOnPermissionChange(strapi);
      await ensureConfiguredLocales(strapi);
      await setUpTranslators(strapi); // locale code index, translator roles, Article edit view
      await ensurePublicReadOnly(strapi);
      await seedKnownSources(strapi);
    } finally {
      await releaseStartupLock(strapi);
    }
  },
};
