import type { Core } from '@strapi/strapi';
import { forbiddenError } from '../http/errors';
import { errors } from '@strapi/utils';
import { CM_ACTIONS } from '../translators/role-permissions';
import { ARTICLE_UID } from '../content-model/uids';
import { knownLocaleCodes } from '../locales/known';
import { attributionPanel, type PanelVersion } from './attribution-panel';
import { registerAdminRoutes } from '../access/admin-routes';

/*
 * GET /newsroom/attribution/:documentId?locale=az with the admin panel's session: what the
 * edit view's Attribution panel shows for the draft of that locale (src/editorial/attribution-panel.ts).
 * For any admin user who may read articles.
 */
export function registerAttributionPanelRoute(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, '/newsroom', [
    {
      method: 'GET',
      path: '/attribution/:documentId',
      handler: async (ctx) => {
        if (!ctx.state.userAbility?.can(CM_ACTIONS.read, ARTICLE_UID)) {
          throw forbiddenError('Reading articles is not allowed for your role.');
        }
        const locale = ctx.query.locale;
        if (typeof locale !== 'string' || !(await knownLocaleCodes(strapi)).has(locale)) {
          throw new errors.ValidationError('Give the locale of the draft, e.g. ?locale=az.', {
            locale: locale ?? null,
          });
        }
        const documentId = String(ctx.params.documentId ?? '');
        const drafts = (await strapi.db.query(ARTICLE_UID).findMany({
          where: { documentId, publishedAt: null },
          select: [
            'locale',
            'title',
            'attributionLine',
            'originalReporting',
            'embargoUntil',
            'publishOnEmbargoLift',
          ],
          populate: {
            sources: { populate: { source: { select: ['name'] } } },
            translation: { select: ['method', 'from', 'status'] },
          },
        })) as PanelVersion[];
        const draft = drafts.find((version) => version.locale === locale);
        if (!draft) {
          throw new errors.NotFoundError(`No draft of this article in locale "${locale}".`);
        }
        ctx.body = {
          data: attributionPanel(
            draft,
            drafts.filter((version) => version !== draft),
            new Date()
          ),
        };
      },
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
  ]);
}
