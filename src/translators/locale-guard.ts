import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocaleOf } from '../platform/locales';
import { CM_ACTIONS } from './role-permissions';

// Koa's context as Strapi's admin auth leaves it; untyped in @strapi/types.
interface AdminRequestContext {
  request?: unknown;
  state?: {
    auth?: { strategy?: { name?: string } };
    userAbility?: Ability;
  };
}
interface Ability {
  can(action: string, subject: unknown): boolean;
}
interface PermissionService {
  createPermissionsManager(options: { ability: Ability; model: string }): {
    toSubject(target: object, subjectType?: string): unknown;
  };
}

/*
 * Strapi's content manager checks the create permission without the new version's locale
 * (`permissionChecker.cannot.create()` with no subject, and a TODO in its createDocument), so a
 * role limited to `az` can still create an `en` document, or add an `en` localization to a
 * document that lacks one. This document-service middleware checks it with the locale, for
 * requests made by an admin user; other callers (API tokens, scripts) are not admin roles.
 */
export function translatorLocaleGuard(
  strapi: Core.Strapi
): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const ctx = strapi.requestContext.get() as AdminRequestContext | undefined;
    const ability = ctx?.state?.userAbility;
    if (!ctx?.request || !ability || ctx.state?.auth?.strategy?.name !== 'admin') return next();
    const model = strapi.getModel(context.uid) as {
      pluginOptions?: { i18n?: { localized?: boolean } };
    };
    if (model?.pluginOptions?.i18n?.localized !== true) return next();

    const params = context.params as { documentId?: string; locale?: string };
    const locale = params.locale ?? (await defaultLocaleOf(strapi));
    const createsVersion =
      context.action === 'create' ||
      (typeof params.documentId === 'string' &&
        (await strapi.db
          .query(context.uid)
          .count({ where: { documentId: params.documentId, locale, publishedAt: null } })) === 0);
    if (createsVersion) {
      const permissions = strapi.service('admin::permission') as unknown as PermissionService;
      const subject = permissions
        .createPermissionsManager({ ability, model: context.uid })
        .toSubject({ locale }, context.uid);
      if (!ability.can(CM_ACTIONS.create, subject)) {
        throw new errors.ForbiddenError(`You may not create content in the "${locale}" locale.`, {
          locale,
        });
      }
    }
    return next();
  };
}
