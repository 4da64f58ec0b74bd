import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { BAD_INPUT_MESSAGE, isBadInputDatabaseError } from '../input/database-errors';

/*
 * Just inside strapi::errors, so that every error it formats has Strapi's whole shape:
 * - a database error caused by a value in the request (a value the checks of src/input did not
 *   foresee) becomes a 400 ValidationError without its SQL instead of a 500;
 * - client errors raised by Koa's helpers (the body parser's SyntaxError, koa-static's 403)
 *   carry no `details`; they get an empty one, as Strapi's own errors have.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (_ctx: unknown, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (isBadInputDatabaseError(error)) {
        strapi.log.warn(`Refused a request whose data the database rejected: ${String(error)}`);
        throw new errors.ValidationError(BAD_INPUT_MESSAGE, {});
      }
      const clientError = error as { status?: unknown; details?: unknown } | null;
      if (
        clientError &&
        typeof clientError.status === 'number' &&
        clientError.status >= 400 &&
        clientError.status < 500 &&
        clientError.details === undefined
      ) {
        clientError.details = {};
      }
      throw error;
    }
  };
