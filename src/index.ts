import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { acquireStartupLock, releaseStartupLock } from './platform/startup-lock';
import { ensureConfiguredLocales } from './platform/locales';
import { documentGuards } from './platform/document-guards';
import { guardContentApiQueries, inputGuards } from './platform/input-guards';
import { configureHttpLimits } from './platform/http-limits';
import { currentCaller, isPrivileged } from './platform/request-auth';
import { readPublishedRowsOnly } from './read-policy/published-rows';
import { serializeDocumentWrites } from './platform/document-lock';
import { ensureVersionUniqueness } from './platform/version-uniqueness';
import { ensurePublicReadOnly } from './platform/public-permissions';
import { guardUserAccounts, syncRegistrationSetting } from './platform/user-accounts';
import { fillSlugs } from './slugs/fill-slugs';
import { attributionHooks } from './hooks/attribution';
import { invalidateOnWrite, setUpResponseCache, tearDownResponseCache } from './cache';
import { startCoherence, stopCoherence } from './coherence';
import { seedKnownSources } from './hooks/source-registry';
import { embargoGuard } from './hooks/embargo-guard';
import { normalizeBlocks } from './hooks/normalize-blocks';
import { scheduleArticlePublications } from './scheduling/schedule-job';
import { registerArticleGraphQL } from './graphql/article-extensions';
import { registerSearchGraphQL } from './graphql/search-extension';
import { registerTranslators, setUpTranslators } from './translators';
import { registerAttributionPanelRoute } from './editorial/admin-route';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Held from just before the schema sync until bootstrap() ends (see startup-lock.ts).
    strapi.hook('strapi::content-types.beforeSync').register(() => acquireStartupLock(strapi));

    // Public read policy in the query layer: the one place every read passes (GraphQL relation
    // loaders and relation joins never reach document-service middlewares).
    readPublishedRowsOnly(strapi, () => !isPrivileged(currentCaller(strapi)));

    // Order matters: guards reject bad input before anything computes on it.
    strapi.documents.use(inputGuards(strapi)); // values and queries against the schema
    guardContentApiQueries(strapi); // the same query check for REST and every GraphQL resolver
    // One transaction per write, under a lock on the document, that all below join (after the
    // pure input checks: a refused write never waits for the lock).
    strapi.documents.use(serializeDocumentWrites(strapi));
    strapi.documents.use(documentGuards(strapi));
    registerTranslators(strapi); // locale check on admin writes; admin translation-status route
    strapi.documents.use(fillSlugs(strapi));
    strapi.documents.use(normalizeBlocks(strapi)); // before the hooks read the text
    strapi.documents.use(embargoGuard(strapi)); // no publish, on any path, before an embargo lifts
    strapi.documents.use(attributionHooks(strapi));
    strapi.documents.use(invalidateOnWrite(strapi));

    registerAttributionPanelRoute(strapi); // the edit view's Attribution panel
    registerArticleGraphQL(strapi);
    registerSearchGraphQL(strapi);
    guardUserAccounts(strapi); // self-registration off by default; forgot-password tells nothing
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    configureHttpLimits(strapi.server.httpServer);
    try {
      // First: every cache of this process follows every process's writes from here on.
      await startCoherence(strapi);
      setUpResponseCache(strapi);
      await ensureConfiguredLocales(strapi);
      await setUpTranslators(strapi); // locale code index, translator roles, Article edit view
      await ensurePublicReadOnly(strapi);
      await syncRegistrationSetting(strapi);
      await seedKnownSources(strapi);
      await ensureIndexes(strapi);
      await ensureArticleSearch(strapi);
      await ensureVersionUniqueness(strapi); // one draft and one published row per locale
      scheduleArticlePublications(strapi);
    } finally {
      await releaseStartupLock(strapi);
    }
  },

  async destroy() {
    await tearDownResponseCache();
    await stopCoherence();
  },
};

/*
 * Strapi runs user migrations before its schema sync, so on a fresh database the index
 * migration finds no tables and is recorded as done: it is run again here, idempotently.
 */
function migration<T>(strapi: Core.Strapi, file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(strapi.dirs.app.root, 'database', 'migrations', file)) as T;
}

async function ensureIndexes(strapi: Core.Strapi): Promise<void> {
  const { ensureReadPathIndexes } = migration<{
    ensureReadPathIndexes(knex: unknown): Promise<void>;
  }>(strapi, '2025.11.25T00.00.00.read-path-indexes.js');
  await ensureReadPathIndexes(strapi.db.connection);
}

/** The full-text search table, its trigger, and first publication times (same reason). */
async function ensureArticleSearch(strapi: Core.Strapi): Promise<void> {
  const { ensureArticleSearch: ensure } = migration<{
    ensureArticleSearch(knex: unknown): Promise<{ created: boolean; unaccent?: boolean }>;
  }>(strapi, '2025.12.01T00.00.00.article-search.js');
  const result = await ensure(strapi.db.connection);
  if (result.created && result.unaccent === false) {
    strapi.log.warn(
      'unaccent is not available: search in languages without a PostgreSQL text-search configuration is accent-sensitive'
    );
  }
}
