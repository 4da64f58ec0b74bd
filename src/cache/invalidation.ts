import type { Core, Modules } from '@strapi/strapi';
import { announce } from '../coherence/bus';
import { ARTICLE_UID, SOURCE_UID } from '../content-model/uids';
import type { CacheScope } from '../coherence/changes';
import { onModelWrites } from '../coherence/model-writes';
import { tagsOfWrite } from './tags';
import { WRITE_ACTIONS } from '../write-pipeline/actions';

/*
 * Invalidation hooks the Document Service rather than HTTP routes: every write path (REST,
 * GraphQL, admin, import, CLI) goes through it. The change is announced inside the write's own
 * transaction (a NOTIFY that PostgreSQL delivers on commit), so every process, this one
 * included, forgets exactly what the write touched, and a rolled-back write announces nothing.
 */
export function invalidateOnWrite(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    return strapi.db.transaction(async () => {
      const params = context.params as { documentId?: string; locale?: unknown };
      // Before the write: a delete or unpublish takes the document out of these locales' lists.
      const before =
        context.uid === ARTICLE_UID && params.documentId
          ? await localesOf(strapi, params.documentId)
          : [];
      const result = await next();
      const documentId =
        params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      const locales = [
        ...before,
        ...(typeof params.locale === 'string' && params.locale !== '*' ? [params.locale] : []),
        ...localesIn(result),
      ];
      const tags = tagsOfWrite({ uid: context.uid, documentId, locales });
      const scopes: CacheScope[] =
        context.uid === SOURCE_UID ? ['responses', 'sources'] : ['responses'];
      await announce(strapi, tags ? { scopes, tags } : { scopes });
      return result;
    });
  };
}

async function localesOf(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const rows = (await strapi.db
    .query(ARTICLE_UID)
    .findMany({ where: { documentId }, select: ['locale'] })) as { locale: string }[];
  return rows.map((row) => row.locale);
}

/** A document (`{locale}`) or a publish/delete result (`{entries: [{locale}]}`). */
function localesIn(result: unknown): string[] {
  if (!result || typeof result !== 'object') return [];
  const { locale, entries } = result as { locale?: unknown; entries?: unknown };
  const found = typeof locale === 'string' ? [locale] : [];
  if (Array.isArray(entries)) found.push(...entries.flatMap(localesIn));
  return found;
}

/**
 * Tables written outside the Document Service too (plugins' own db.query calls): what the
 * public may read follows the Public role's permissions and the locales; Sources feed the
 * attribution registry.
 */
export function announceModelWrites(strapi: Core.Strapi): void {
  const on = (models: string[], scopes: CacheScope[]) =>
    onModelWrites(strapi, models, () => announce(strapi, { scopes }));
  on(
    ['plugin::users-permissions.permission', 'plugin::users-permissions.role'],
    ['responses', 'ability']
  );
  on(['plugin::i18n.locale'], ['responses', 'ability', 'locales']);
  on([SOURCE_UID], ['responses', 'sources']);
}
