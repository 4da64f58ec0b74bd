import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findDataProblem } from '../input/data-check';
import { findQueryProblem } from '../input/query-check';
import type { ModelLookup } from '../input/schema';
import { displayPath, type InputProblem } from '../input/text';
import { currentCaller } from '../access/request-auth';
import { modelOf } from '../content-model/models';

/*
 * The schema checks of src/input, at the two places every read and write passes:
 * - strapi.contentAPI.validate.query: the REST core controllers, every GraphQL resolver
 *   (queries, relations and components, which load through the query engine and never meet the
 *   Document Service) and any controller calling validateQuery;
 * - a Document Service middleware: custom routes, GraphQL root queries and mutations, the admin
 *   and server code. Reads are checked for callers from outside (public and API tokens); writes
 *   for everyone, since stored data must fit the schema whoever writes it.
 */

export function modelLookup(strapi: Core.Strapi): ModelLookup {
  return (uid) => modelOf(strapi, uid);
}

function refuse(problem: InputProblem): never {
  const path = problem.path ? displayPath(problem.path) : null;
  throw new errors.ValidationError(`${path ? `${path} ` : ''}${problem.message}`, { path });
}

const WRITES = new Set(['create', 'update', 'clone']);

export function checkInput(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  const lookup = modelLookup(strapi);
  return async (context, next) => {
    const model = lookup(context.uid);
    if (!model) return next();
    const { data, ...rest } = (context.params ?? {}) as Record<string, unknown>;
    if (WRITES.has(context.action)) {
      const problem = findDataProblem(data, model, lookup);
      if (problem) refuse(problem);
    }
    const caller = currentCaller(strapi);
    if (caller === 'public' || caller === 'api-token') {
      const problem = findQueryProblem(rest, model, lookup);
      if (problem) refuse(problem);
    }
    return next();
  };
}

/** Runs the schema check first inside Strapi's own query validator. */
export function guardContentApiQueries(strapi: Core.Strapi): void {
  const lookup = modelLookup(strapi);
  const validate = strapi.contentAPI.validate;
  const strapiValidateQuery = validate.query;
  validate.query = async (query, schema, options) => {
    if (query && typeof query === 'object' && schema && typeof schema === 'object') {
      const problem = findQueryProblem(query, schema, lookup);
      if (problem) refuse(problem);
    }
    return strapiValidateQuery(query, schema, options);
  };
}
