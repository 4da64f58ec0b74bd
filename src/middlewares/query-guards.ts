import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describeBadLocale, knownLocaleCodes } from '../locales/known';

/** How deep a client may populate on types whose populate is not fixed by the server. */
export const MAX_POPULATE_DEPTH = 3;

/** Levels of relations a REST `populate` parameter reaches (`*` and lists count as one). */
export function populateDepth(populate: unknown): number {
  if (populate === undefined || populate === null || populate === '' || populate === false)
    return 0;
  if (typeof populate !== 'object') return 1;
  const children = Array.isArray(populate)
    ? []
    : Object.values(populate as Record<string, unknown>);
  let deepest = 0;
  for (const child of children) {
    if (child && typeof child === 'object' && 'populate' in (child as object)) {
      deepest = Math.max(deepest, populateDepth((child as { populate: unknown }).populate));
    }
  }
  return 1 + deepest;
}

/*
 * Checks on every content-API call, before any route runs:
 * - `locale` must name a locale this site has (stock Strapi answers `?locale=xx-nope` with an
 *   empty 200 and lets a non-localized type ignore it);
 * - `populate` may not reach deeper than MAX_POPULATE_DEPTH relations.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: { path: string; query: Record<string, unknown> }, next: () => Promise<void>) => {
    if (ctx.path.startsWith('/api/')) {
      if (ctx.query.locale !== undefined) {
        const problem = describeBadLocale(ctx.query.locale, await knownLocaleCodes(strapi));
        if (problem) throw new errors.ValidationError(problem, { locale: ctx.query.locale });
      }
      if (populateDepth(ctx.query.populate) > MAX_POPULATE_DEPTH) {
        throw new errors.ValidationError(
          `populate may reach at most ${MAX_POPULATE_DEPTH} levels of relations`
        );
      }
    }
    await next();
  };
