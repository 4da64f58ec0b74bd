import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentCaller, isPrivileged } from './request-auth';
import { describeBadLocale, knownLocaleCodes } from './known-locales';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

type Params = { locale?: unknown; status?: unknown } & Record<string, unknown>;

/**
 * Document-service middleware, so it holds for REST, GraphQL, custom controllers and the admin
 * alike: an unknown `locale` is a 400, and the public never reads drafts (Strapi 5 serves them
 * to anyone allowed to `find` who asks for `status=draft`).
 */
export function documentGuards(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const contentType = strapi.contentType(context.uid);
    if (!context.uid.startsWith('api::')) return next();
    const params = (context.params ?? {}) as Params;

    const localized = Boolean(
      (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized
    );
    if (localized && params.locale !== undefined) {
      const problem = describeBadLocale(params.locale, await knownLocaleCodes(strapi));
      if (problem) throw new errors.ValidationError(problem, { locale: params.locale });
    }

    // Every type, not only draft-and-publish ones: the status of a read also decides which
    // version of a populated relation comes back (a section's articles, for instance).
    if (READ_ACTIONS.has(context.action) && !isPrivileged(currentCaller(strapi))) {
      context.params = { ...params, status: 'published' } as typeof context.params;
    }
    return next();
  };
}
