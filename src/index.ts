import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { acquireStartupLock, releaseStartupLock } from './platform/startup-lock';
import { ensureConfiguredLocales } from './platform/locales';
import { watchLocaleChanges } from './platform/known-locales';
import { documentGuards } from './platform/document-guards';
import { serializeDocumentWrites } from './platform/document-lock';
import { ensureVersionUniqueness } from './platform/version-uniqueness';
import { ensurePublicReadOnly } from './platform/public-permissions';
import { guardUserAccounts, syncRegistrationSetting } from './platform/user-accounts';
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

    // First: one transaction per write, under a lock on the document, that all below join.
    strapi.documents.use(serializeDocumentWrites(strapi));
    // Order matters: guards reject bad input before anything computes on it.
    strapi.documents.use(documentGuards(strapi));
    registerTranslators(strapi); // locale check on admin writes; admin translation-status route
    strapi.documents.use(fillSlugs(strapi));
    // CMS_ATTRIBUTION_HOOKS=off exists for the write benchmark (npm run bench:hooks) only.
    if (process.env.CMS_ATTRIBUTION_HOOKS !== 'off') strapi.documents.use(attributionHooks(strapi));
    strapi.documents.use(invalidateCacheOnWrite(strapi));

    registerArticleGraphQL(strapi);
    guardUserAccounts(strapi); // self-registration off by default; forgot-password tells nothing
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    try {
      watchLocaleChanges(strapi);
      watchSourceChanges(strapi);
      invalidateCacheOnPermissionChange(strapi);
      await ensureConfiguredLocales(strapi);
      await setUpTranslators(strapi); // locale code index, translator roles, Article edit view
      await ensurePublicReadOnly(strapi);
      await syncRegistrationSetting(strapi);
      await seedKnownSources(strapi);
      await ensureIndexes(strapi);
      await ensureVersionUniqueness(strapi); // one draft and one published row per locale
    } finally {
      await releaseStartupLock(strapi);
    }
  },
};

/*
 * Strapi runs user migrations before its schema sync, so on a fresh database the index
 * migration finds no tables and is recorded as done: it is run again here, idempotently.
 */
async function ensureIndexes(strapi: Core.Strapi): Promise<void> {
  const migration = path.join(
    strapi.dirs.app.root,
    'database',
    'migrations',
    '2025.11.25T00.00.00.read-path-indexes.js'
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ensureReadPathIndexes } = require(migration) as {
    ensureReadPathIndexes(knex: unknown): Promise<void>;
  };
  await ensureReadPathIndexes(strapi.db.connection);
}
