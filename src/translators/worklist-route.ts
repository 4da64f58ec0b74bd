import type { Core } from '@strapi/strapi';
import { forbiddenError } from '../http/errors';
import { errors } from '@strapi/utils';
import { CM_ACTIONS } from './role-permissions';
import { readStatusParams, StatusParamsError } from './status-params';
import { originView, translatorWorklist } from './worklist';
import { knownLocaleCodes } from '../locales/known';
import { defaultLocaleOf } from '../locales/site-locales';
import { ARTICLE_UID } from '../content-model/uids';
import { registerAdminRoutes, type AdminContext } from '../access/admin-routes';
import { adminService, type Ability } from '../access/admin-services';

/*
 * GET /translators/worklist?locale=az (admin session): the translator's page in the admin
 * panel. A user sees the locales they may write articles in (a Translator (az) role: az
 * only; an editor or super admin: every locale, chosen with `locale`), and for one of them
 * the missing and outdated articles with what changed in each origin (worklist.ts).
 * `page` / `pageSize` as for translation-status. Without `locale`: the first locale the user
 * translates into, the default locale last (it is usually the one translated from).
 *
 * GET /translators/origin/:documentId?locale=az (admin session): the edit view's Origin panel,
 * the origin of that locale beside the form, with what changed since when it is outdated.
 */
export function registerWorklistAdminRoute(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, '/translators', [
    {
      method: 'GET',
      path: '/worklist',
      handler: async (ctx) => {
        const ability = ctx.state.userAbility;
        if (!ability?.can(CM_ACTIONS.read, ARTICLE_UID)) {
          return forbid(ctx, 'Reading articles is not allowed for your role.', {});
        }
        const known = await knownLocaleCodes(strapi);
        const defaultLocale = await defaultLocaleOf(strapi);
        const locales = writableLocales(strapi, ability, [...known].sort(), defaultLocale);
        if (locales.length === 0) {
          return forbid(ctx, 'Your role may not write articles in any locale.', {});
        }
        let params;
        try {
          params = readStatusParams(
            { ...ctx.query, locale: ctx.query.locale ?? locales[0] },
            known
          );
        } catch (error) {
          if (error instanceof StatusParamsError) {
            throw new errors.ValidationError(error.message, error.details);
          }
          throw error;
        }
        if (!locales.includes(params.locale)) {
          return forbid(
            ctx,
            `You may not translate into "${params.locale}". Your locales: ${locales.join(', ')}.`,
            { locale: params.locale, locales }
          );
        }
        const worklist = await translatorWorklist(strapi, params.locale, params);
        ctx.body = { ...worklist, data: { ...worklist.data, locales } };
      },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
    {
      // The edit view's Origin panel: the origin of this locale beside the form.
      method: 'GET',
      path: '/origin/:documentId',
      handler: async (ctx) => {
        const ability = ctx.state.userAbility;
        if (!ability?.can(CM_ACTIONS.read, ARTICLE_UID)) {
          return forbid(ctx, 'Reading articles is not allowed for your role.', {});
        }
        const locale = ctx.query.locale;
        if (typeof locale !== 'string' || !(await knownLocaleCodes(strapi)).has(locale)) {
          throw new errors.ValidationError('Give the locale of the edit view, e.g. ?locale=az.', {
            locale: locale ?? null,
          });
        }
        const view = await originView(strapi, String(ctx.params.documentId ?? ''), locale);
        if (!view) throw new errors.NotFoundError('No such article.');
        if (view.origin && !mayRead(strapi, ability, view.origin.locale)) {
          return forbid(ctx, `Reading articles in "${view.origin.locale}" is not allowed.`, {
            locale: view.origin.locale,
          });
        }
        ctx.body = { data: view };
      },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
  ]);
}

/* A 403 whose reason reaches the translator: which locales are theirs (src/http/errors.ts). */
function forbid(_ctx: AdminContext, message: string, details: Record<string, unknown>): never {
  throw forbiddenError(message, details);
}

function mayRead(strapi: Core.Strapi, ability: Ability, locale: string): boolean {
  const permissions = adminService(strapi, 'admin::permission');
  const manager = permissions.createPermissionsManager({ ability, model: ARTICLE_UID });
  return ability.can(CM_ACTIONS.read, manager.toSubject({ locale }, ARTICLE_UID));
}

/**
 * The locales the user may create or update articles in, as the content manager decides
 * (the role's `locales` property), the default locale last.
 */
function writableLocales(
  strapi: Core.Strapi,
  ability: Ability,
  known: string[],
  defaultLocale: string
): string[] {
  const permissions = adminService(strapi, 'admin::permission');
  const manager = permissions.createPermissionsManager({ ability, model: ARTICLE_UID });
  const writable = known.filter((locale) => {
    const subject = manager.toSubject({ locale }, ARTICLE_UID);
    return ability.can(CM_ACTIONS.update, subject) || ability.can(CM_ACTIONS.create, subject);
  });
  return [
    ...writable.filter((locale) => locale !== defaultLocale),
    ...writable.filter((locale) => locale === defaultLocale),
  ];
}
