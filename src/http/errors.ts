import createError from 'http-errors';

/*
 * HTTP errors Strapi's own error middleware formats as `{data: null, error: {status, name,
 * message, details}}` (and GraphQL as STRAPI_<NAME> codes); @strapi/utils has no class for
 * 409 or 503 (an ApplicationError subclass would be a 400).
 */

export function conflictError(message: string, details: Record<string, unknown> = {}) {
  return createError(409, message, { details });
}

export function serviceUnavailableError(message: string, details: Record<string, unknown> = {}) {
  return createError(503, message, { details });
}

/*
 * A 403 whose message reaches the client. Strapi's route composer (compose-endpoint's authorize
 * step, which wraps the handler) answers a @strapi/utils ForbiddenError thrown anywhere below it
 * with a bare "Forbidden"; an http-errors 403 passes it and is formatted by strapi::errors as
 * `{status: 403, name: 'ForbiddenError', message, details}` all the same.
 */
export function forbiddenError(message: string, details: Record<string, unknown> = {}) {
  return createError(403, message, { details });
}
