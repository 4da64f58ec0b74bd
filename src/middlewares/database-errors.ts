import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isDatabaseUnavailable, isWriteConflict } from '../postgres/errors';
import { databaseProbeOf, RETRY_AFTER_SECONDS } from '../postgres/health';
import { conflictError, serviceUnavailableError } from '../http/errors';

interface Ctx {
  path: string;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

const UNAVAILABLE_MESSAGE =
  'The service is temporarily unavailable: its database cannot be reached. Try again shortly.';

/** The status Strapi's error middleware would answer `error` with. */
function statusOf(error: unknown): number {
  if (error instanceof errors.HttpError) return error.status;
  if (error instanceof errors.UnauthorizedError) return 401;
  if (error instanceof errors.ForbiddenError) return 403;
  if (error instanceof errors.ApplicationError) return 400;
  // Koa-style errors (the body parser's 400 and 413) carry their own status.
  const own = (error as { status?: unknown } | null)?.status;
  return typeof own === 'number' && own >= 400 && own < 600 ? own : 500;
}

// Answers an outage can hide behind: an unexpected error, and authentication that failed
// because the token or the role could not be read (users-permissions turns any error into 401).
const mayHideOutage = (status: number) => status >= 500 || status === 401 || status === 403;

/*
 * Placed right inside `strapi::errors`, which formats what this throws in Strapi's shape:
 *   - the database cannot be reached → 503 ServiceUnavailableError with Retry-After, instead
 *     of a 500 (or a 401) for every request of an outage. For an error that does not say so
 *     itself, the database is checked (src/postgres/health.ts: at most once a second);
 *   - a write the database refused as a collision (unique index, deadlock) → 409.
 * GraphQL answers its errors inside a 200; while the database is unreachable, such an answer
 * becomes a 503 with Retry-After and the same GraphQL body.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const probe = databaseProbeOf(strapi);
  const graphqlPath = String(
    (strapi.config.get('plugin::graphql') as { endpoint?: string } | undefined)?.endpoint ??
      '/graphql'
  );
  const isGraphqlWithErrors = (ctx: Ctx) =>
    ctx.path === graphqlPath && ctx.status === 200 && hasGraphqlErrors(ctx.body);

  return async (ctx: Ctx, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      let unavailable = isDatabaseUnavailable(error);
      if (unavailable) probe.markUnreachable();
      else if (statusOf(error) >= 500) {
        // Rare, and maybe the first sign of an outage (knex's "Transaction query already
        // complete" after the connection under a transaction died): checked now, not answered
        // from the last second's check, which may predate the outage.
        unavailable = !(await probe.check());
      } else if (mayHideOutage(statusOf(error))) unavailable = !(await probe.isReachable());
      if (unavailable) {
        ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
        throw serviceUnavailableError(UNAVAILABLE_MESSAGE);
      }
      if (statusOf(error) === 500 && isWriteConflict(error)) {
        throw conflictError('This write collided with another one. Reload and try again.');
      }
      throw error;
    }

    const graphql = isGraphqlWithErrors(ctx);
    if ((graphql || mayHideOutage(ctx.status)) && !(await probe.isReachable())) {
      ctx.status = 503;
      ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
      if (!graphql) {
        const error = serviceUnavailableError(UNAVAILABLE_MESSAGE);
        ctx.body = {
          data: null,
          error: { status: 503, name: error.name, message: error.message, details: {} },
        };
      }
    }
  };
};

function hasGraphqlErrors(body: unknown): boolean {
  if (typeof body === 'string') return body.includes('"errors":');
  return !!body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors);
}
