import type { Core } from '@strapi/strapi';
import { statusFromQuery } from '../../../translators/status-request';

// The part of Koa's context the handler reads (untyped in Strapi's public types).
interface StatusContext {
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * GET /api/articles/translation-status?locale=az: what is missing and out of date in a
 * locale (src/translators/status.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async status(ctx: StatusContext) {
    ctx.body = await statusFromQuery(strapi, ctx.query);
  },
});
