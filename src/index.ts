import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { acquireStartupLock, releaseStartupLock } from './postgres/startup-lock';
import { ensureConfiguredLocales } from './locales/site-locales';
import { configureHttpLimits } from './http/limits';
import { currentCaller, isPrivileged } from './access/request-auth';
import { readPublishedRowsOnly } from './read-policy/published-rows';
import { ensureVersionUniqueness } from './postgres/version-uniqueness';
import { ensurePublicReadOnly } from './access/public-permissions';
import { guardUserAccounts, syncRegistrationSetting } from './access/user-accounts';
import { setUpResponseCache, tearDownResponseCache } from './cache';
import { guardContentApiQueries, writePipeline } from './write-pipeline';
import { startCoherence, stopCoherence } from './coherence';
import { seedKnownSources } from './sources/registry';
import { scheduleArticlePublications } from './scheduling/schedule-job';
import { registerArticleGraphQL } from './graphql/article-extensions';
import { registerSearchGraphQL } from './graphql/search-extension';
import { registerTranslators, setUpTranslators } from './translators';
import { registerAttributionPanelRoute } from './editorial/admin-route';
import { backfillListColumns } from './editorial/list-columns-sync';
import { answerAiRequestsWhenOff } from './access/admin-requests';
import { registerReadShortcuts } from './site/read-shortcuts';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Held from just before the schema sync until bootstrap() ends (see startup-lock.ts).
    strapi.hook('strapi::content-types.beforeSync').register(() => acquireStartupLock(strapi));

    // Public read policy in the query layer: the one place every read passes (GraphQL relation
    // loaders and relation joins never reach document-service middlewares).
    readPublishedRowsOnly(strapi, () => !isPrivileged(currentCaller(strapi)));

    // Every Document Service call passes the write pipeline's steps, in order (its index.ts).
    for (const step of writePipeline(strapi)) strapi.documents.use(step.middleware);
    guardContentApiQueries(strapi); // the pipeline's query check for REST and every GraphQL resolver
    registerReadShortcuts(strapi); // a site's list and article pages in one SQL statement each
    registerTranslators(strapi); // admin translation-status and translator worklist routes
    registerAttributionPanelRoute(strapi); // the edit view's Attribution panel
    registerArticleGraphQL(strapi);
    registerSearchGraphQL(strapi);
    guardUserAccounts(strapi); // self-registration off by default; forgot-password tells nothing
    answerAiRequestsWhenOff(strapi); // the admin makes no request that 404s
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
      await backfillListColumns(strapi); // the list view's Sources and Translation columns
      await ensureIndexes(strapi);
      await ensureArticleSearch(strapi);
      await ensureVersionUniqueness(strapi); // one draft and one published row per locale
      await scheduleArticlePublications(strapi);
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
