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
