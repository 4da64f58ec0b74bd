import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CM_ACTIONS } from '../translators/role-permissions';
import type { WriteStep } from './write-context';
import { adminService, type Ability } from '../access/admin-services';

// Koa's context as Strapi's admin auth leaves it; untyped in @strapi/types.
interface AdminRequestContext {
  request?: unknown;
  state?: {
    auth?: { strategy?: { name?: string } };
    userAbility?: Ability;
  };
}

/*
 * Strapi's content manager checks the create permission without the new version's locale
 * (`permissionChecker.cannot.create()` with no subject, and a TODO in its createDocument), so a
 * role limited to `az` can still create an `en` document, or add an `en` localization to a
 * document that lacks one. This document-service middleware checks it with the locale, for
 * requests made by an admin user; other callers (API tokens, scripts) are not admin roles.
 */
export function guardTranslatorLocale(strapi: Core.Strapi): WriteStep {
  return async (write, next) => {
    if (!write.writesData) return next();
    const ctx = strapi.requestContext.get() as AdminRequestContext | undefined;
    const ability = ctx?.state?.userAbility;
    if (!ctx?.request || !ability || ctx.state?.auth?.strategy?.name !== 'admin') return next();
    const model = strapi.getModel(write.uid) as {
      pluginOptions?: { i18n?: { localized?: boolean } };
    };
    if (model?.pluginOptions?.i18n?.localized !== true) return next();

    const locale = await write.locale();
    const documentId = write.documentId;
    const createsVersion =
      write.action === 'create' ||
      (documentId !== undefined &&
        (write.isArticle
          ? (await write.storedDraft()) === null
          : (await strapi.db
              .query(write.uid)
              .count({ where: { documentId, locale, publishedAt: null } })) === 0));
    if (createsVersion) {
      const permissions = adminService(strapi, 'admin::permission');
      const subject = permissions
        .createPermissionsManager({ ability, model: write.uid })
        .toSubject({ locale }, write.uid);
      if (!ability.can(CM_ACTIONS.create, subject)) {
        throw new errors.ForbiddenError(`You may not create content in the "${locale}" locale.`, {
          locale,
        });
      }
    }
    return next();
  };
}
