import type { Core } from '@strapi/strapi';
import { forbiddenError } from '../http/errors';
import { CM_ACTIONS } from './role-permissions';
import { statusFromQuery } from './status-request';
import { ARTICLE_UID } from '../content-model/uids';
import { registerAdminRoutes } from '../access/admin-routes';

/*
 * GET /translators/translation-status?locale=az with an admin session (the admin panel's JWT):
 * the same answer as the content API's /api/articles/translation-status, for any admin user
 * who may read articles. Content-API routes cannot take an admin JWT, hence a second route.
 */
export function registerTranslationStatusAdminRoute(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, '/translators', [
    {
      method: 'GET',
      path: '/translation-status',
      handler: async (ctx) => {
        if (!ctx.state.userAbility?.can(CM_ACTIONS.read, ARTICLE_UID)) {
          throw forbiddenError('Reading articles is not allowed for your role.');
        }
        ctx.body = await statusFromQuery(strapi, ctx.query);
      },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
  ]);
}
