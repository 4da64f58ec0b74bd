import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentCaller, isPrivileged } from '../access/request-auth';
import { describeBadLocale, knownLocaleCodes } from '../locales/known';
import { publicPublicationParamProblem } from '../read-policy/publication-params';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

type Params = {
  locale?: unknown;
  status?: unknown;
  publicationFilter?: unknown;
  hasPublishedVersion?: unknown;
} & Record<string, unknown>;

/**
 * Document-service middleware, so it holds for REST, GraphQL, custom controllers and the admin
 * alike: an unknown `locale` is a 400, and the public never reads drafts (Strapi 5 serves them
 * to anyone allowed to `find` who asks for `status=draft`). The public asking for another
 * version (`status=draft`, `publicationFilter`, `hasPublishedVersion`) is a 400 rather than
 * silently served published rows: refused at the root, a GraphQL query never runs the nested
 * resolvers that would inherit those arguments. Which rows any read returns is decided below
 * this, in the query layer (src/read-policy/published-rows.ts).
 */
export function guardLocaleAndStatus(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const params = (context.params ?? {}) as Params;
    const publicRead = READ_ACTIONS.has(context.action) && !isPrivileged(currentCaller(strapi));
    // Plugins' types too: a GraphQL root query on any type hands its arguments to the relations.
    if (publicRead) {
      const problem = publicPublicationParamProblem(params);
      if (problem) throw new errors.ValidationError(problem);
    }

    const contentType = strapi.contentType(context.uid);
    if (!context.uid.startsWith('api::')) return next();

    // Every type, not only draft-and-publish ones: the status of a read also decides which
    // version of a populated relation comes back (a section's articles, for instance).
    if (publicRead) context.params = { ...params, status: 'published' } as typeof context.params;

    const localized = Boolean(
      (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized
    );
    if (localized && params.locale !== undefined) {
      const problem = describeBadLocale(params.locale, await knownLocaleCodes(strapi));
      if (problem) throw new errors.ValidationError(problem, { locale: params.locale });
    }
    return next();
  };
}
