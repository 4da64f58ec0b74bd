import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describeBadLocale, knownLocaleCodes } from '../platform/known-locales';

/*
 * Stock Strapi answers `GET /api/articles?locale=xx-nope` with an empty 200 and lets a
 * non-localized type ignore the parameter. Every content-API call here checks it instead.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: { path: string; query: Record<string, unknown> }, next: () => Promise<void>) => {
    if (ctx.path.startsWith('/api/') && ctx.query.locale !== undefined) {
      const problem = describeBadLocale(ctx.query.locale, await knownLocaleCodes(strapi));
      if (problem) throw new errors.ValidationError(problem, { locale: ctx.query.locale });
    }
    await next();
  };
