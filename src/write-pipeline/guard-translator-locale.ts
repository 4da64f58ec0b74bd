import type { Core } from '@strapi/strapi';
import type { WriteStep } from './write-context';
import type { Ability } from '../access/admin-services';
import { adminMay, adminRefusal, isLocalized } from '../access/refusal-reasons';
import { forbiddenError } from '../http/errors';

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
    if (!isLocalized(strapi, write.uid)) return next();

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
    if (createsVersion && !adminMay(strapi, ability, write.uid, 'create', locale)) {
      // Thrown as an http-errors 403: a @strapi/utils ForbiddenError would reach the client as
      // a bare "Forbidden" (src/http/errors.ts).
      const { message, details } = await adminRefusal(strapi, ability, write.uid, 'create', locale);
      throw forbiddenError(message, details);
    }
    return next();
  };
}
