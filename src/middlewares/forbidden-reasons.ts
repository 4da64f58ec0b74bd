import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Ability } from '../access/admin-services';
import { adminRefusal, pluralOf } from '../access/refusal-reasons';
import { actionOfHandler, refusalMessage } from '../access/refusals';
import { forbiddenError } from '../http/errors';
import { modelOf } from '../content-model/models';

interface Ctx {
  status: number;
  body: unknown;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  request?: { body?: unknown };
  state?: {
    route?: { handler?: unknown; info?: { pluginName?: string; type?: string } };
    auth?: { strategy?: { name?: string } };
    userAbility?: Ability;
  };
}

// What Strapi answers when it gives no reason: ctx.forbidden(), or a ForbiddenError() turned
// into ctx.forbidden() by the route composer, and hasPermissions' PolicyError.
const BARE_MESSAGES = new Set(['Forbidden', 'Forbidden access', 'Policy Failed']);

const isBareError = (error: unknown) =>
  error instanceof errors.ForbiddenError && BARE_MESSAGES.has(error.message);

function isBareBody(body: unknown): boolean {
  const error = (body as { error?: { status?: unknown; message?: unknown } } | null)?.error;
  return error?.status === 403 && BARE_MESSAGES.has(String(error.message));
}

/** The reason for the refused request, when it is a content write or read Strapi refused. */
async function reasonFor(
  strapi: Core.Strapi,
  ctx: Ctx
): Promise<{ message: string; details: Record<string, unknown> } | null> {
  const route = ctx.state?.route;
  const action = actionOfHandler(route?.handler);
  if (!route || !action) return null;
  const strategy = ctx.state?.auth?.strategy?.name;

  if (route.info?.pluginName === 'content-manager' && ctx.state?.userAbility) {
    const uid = ctx.params?.model;
    const ability = ctx.state?.userAbility;
    if (typeof uid !== 'string' || !modelOf(strapi, uid) || !ability) return null;
    const body = ctx.request?.body as { locale?: unknown } | undefined;
    // The admin panel sends the locale in the query; Strapi also reads it from the body.
    const locale = body?.locale ?? ctx.query?.locale;
    return adminRefusal(strapi, ability, uid, action, locale);
  }

  if (route.info?.type === 'content-api' && typeof route.handler === 'string') {
    // Core routes name the handler "api::article.article.create": the content type, then the action.
    const uid = route.handler.slice(0, route.handler.lastIndexOf('.'));
    if (!modelOf(strapi, uid)) return null;
    const by = strategy === 'content-api-token' ? 'api-token' : 'role';
    return { message: refusalMessage({ by, action, what: pluralOf(strapi, uid) }), details: {} };
  }
  return null;
}

/*
 * One place where Strapi's reasonless 403s on content (the content manager's permission checks,
 * an API token's scope) get the reason, in Strapi's error shape and still 403. Refusals that
 * carry their own message (the write pipeline's, thrown with src/http/errors.ts) pass as they are.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (!isBareError(error)) throw error;
      const reason = await reasonFor(strapi, ctx);
      throw reason ? forbiddenError(reason.message, reason.details) : error;
    }
    if (ctx.status !== 403 || !isBareBody(ctx.body)) return;
    const reason = await reasonFor(strapi, ctx);
    if (!reason) return;
    ctx.body = {
      data: null,
      error: {
        status: 403,
        name: 'ForbiddenError',
        message: reason.message,
        details: reason.details,
      },
    };
  };
