/*
 * /graphql's guards (wired in config/plugins.ts and src/middlewares/request-guards.ts):
 * - checkGraphQLRequest, in front of Apollo: variables nested too deep or holding text
 *   PostgreSQL cannot store, string literals likewise, documents whose shape is hostile
 *   (cost-limit.ts) are a 400 before anything parses them a second time or runs;
 * - an Apollo plugin: resolver errors caused by bad input answer 400 too;
 * - formatError: Strapi's error mapping, minus what it leaks. Strapi's own formatter copies the
 *   original error's message into `extensions.error`, which for a database error is the SQL of
 *   the failed statement, in every environment.
 */
import {
  GraphQLError,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
} from 'graphql';
import { errors } from '@strapi/utils';
import { documentShapeProblem, type CostLimits } from './cost-limit';
import { displayPath, scanValue, textProblem } from '../input/text';
import {
  BAD_INPUT_MESSAGE,
  isBadInputDatabaseError,
  isDatabaseUnavailableError,
} from '../input/database-errors';

/** Variables are arguments: as deep as a filter may be, no deeper. */
const VARIABLE_LIMITS = { maxDepth: 32, maxNodes: 10_000 };

export interface GraphQLRefusal {
  status: 400;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

function refusal(
  message: string,
  code: string,
  details: Record<string, unknown> = {}
): GraphQLRefusal {
  return {
    status: 400,
    body: {
      errors: [
        { message, extensions: { code, error: { name: 'ValidationError', message, details } } },
      ],
    },
  };
}

/**
 * Checks one GraphQL request (`{ query, variables }`, as POSTed or from a GET's query string)
 * before Apollo sees it. Apollo's plugin hooks cannot refuse a request before validation (an
 * error thrown there becomes a 500), and validation is where a fragment cycle overflowed the
 * stack; so this runs in front of Apollo, and answers in GraphQL's error shape.
 */
export function checkGraphQLRequest(request: unknown, limits: CostLimits): GraphQLRefusal | null {
  if (Array.isArray(request)) {
    for (const single of request) {
      const found = checkGraphQLRequest(single, limits);
      if (found) return found;
    }
    return null;
  }
  if (typeof request !== 'object' || request === null) return null; // Apollo says what is missing
  const { query, variables } = request as { query?: unknown; variables?: unknown };
  let parsedVariables = variables;
  if (typeof variables === 'string') {
    try {
      parsedVariables = JSON.parse(variables);
    } catch {
      return null; // Apollo answers malformed variables with its own 400
    }
  }
  const problem = scanValue(parsedVariables ?? {}, 'variables', VARIABLE_LIMITS);
  if (problem) {
    const path = displayPath(problem.path);
    return refusal(`${path} ${problem.message}`, 'BAD_USER_INPUT', { path });
  }
  if (typeof query !== 'string') return null;
  if (query.length > MAX_QUERY_LENGTH) {
    return refusal(
      `The query is longer than ${MAX_QUERY_LENGTH} characters`,
      'GRAPHQL_VALIDATION_FAILED'
    );
  }
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    // Refused here rather than parsed a second time by Apollo only to fail the same way.
    if (error instanceof GraphQLError && /more that|more than/.test(error.message)) {
      return refusal(`The query has more than ${MAX_TOKENS} tokens`, 'GRAPHQL_VALIDATION_FAILED');
    }
    return null; // a syntax error: Apollo's GRAPHQL_PARSE_FAILED says where
  }
  const shape = documentShapeProblem(document, limits);
  if (shape) return refusal(shape, 'GRAPHQL_VALIDATION_FAILED');
  const literal = badStringLiteral(document);
  if (literal) return refusal(`A string argument ${literal}`, 'BAD_USER_INPUT');
  return null;
}

/**
 * graphql-js stops parsing past this many tokens. A site's largest query (an article page with
 * every relation) is a few hundred; the limits of cost-limit.ts fit well inside.
 */
export const MAX_TOKENS = 5_000;
/** Characters of query text, checked before any parsing. */
export const MAX_QUERY_LENGTH = 50_000;

interface ResponseContext {
  response: {
    http: { status?: number };
    body?: { kind: string; singleResult?: { errors?: readonly GraphQLFormattedError[] } };
  };
}

/** An Apollo plugin: a response whose errors are the client's input refused answers 400. */
export const badInputStatusPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse(context: ResponseContext) {
        const result = context.response.body?.singleResult;
        if (!result?.errors?.length || context.response.http.status) return;
        const codes = result.errors.map((error) => error.extensions?.code);
        // A GraphQL answer is 200 by default even when every field failed; input the server
        // refused is the client's fault, as on REST.
        if (codes.includes('BAD_USER_INPUT') && !codes.includes('INTERNAL_SERVER_ERROR')) {
          context.response.http.status = 400;
        }
      },
    };
  },
};

function badStringLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    [Kind.STRING]: (node) => {
      found ??= textProblem(node.value);
    },
  });
  return found;
}

type StrapiError = InstanceType<typeof errors.ApplicationError> & { details?: unknown };

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

function withCode(
  formatted: GraphQLFormattedError,
  message: string,
  code: string,
  error?: { name: string; message: string; details?: unknown }
): GraphQLFormattedError {
  const { stacktrace: _stack, error: _original, ...extensions } = formatted.extensions ?? {};
  return {
    ...formatted,
    message,
    extensions: { ...extensions, ...(error ? { error } : {}), code },
  };
}

const pickError = (error: StrapiError) => ({
  name: error.name,
  message: error.message,
  details: error.details ?? {},
});

/** Apollo's `formatError`: Strapi's codes for Strapi's errors, nothing of any other error. */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown
): GraphQLFormattedError {
  const original = unwrap(error);
  // A 403 thrown with src/http/errors.ts (so REST keeps its message) is a ForbiddenError here too.
  const forbidden = original instanceof errors.HttpError && original.status === 403;
  if (
    forbidden ||
    original instanceof errors.ForbiddenError ||
    original instanceof errors.UnauthorizedError
  ) {
    return withCode(formatted, original.message, 'FORBIDDEN', pickError(original as StrapiError));
  }
  if (original instanceof errors.ValidationError) {
    return withCode(formatted, original.message, 'BAD_USER_INPUT', pickError(original));
  }
  if (original instanceof errors.ApplicationError || original instanceof errors.HttpError) {
    const code = `STRAPI_${original.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
    return withCode(formatted, original.message, code, pickError(original as StrapiError));
  }
  if (isBadInputDatabaseError(original)) {
    return withCode(formatted, BAD_INPUT_MESSAGE, 'BAD_USER_INPUT', {
      name: 'ValidationError',
      message: BAD_INPUT_MESSAGE,
      details: {},
    });
  }
  if (isDatabaseUnavailableError(original)) {
    return withCode(formatted, 'Service Unavailable', 'SERVICE_UNAVAILABLE');
  }
  if (original instanceof GraphQLError) {
    // graphql-js' own errors (syntax, validation, coercion) say nothing about the server.
    return withCode(
      formatted,
      formatted.message,
      String(formatted.extensions?.code ?? 'BAD_REQUEST')
    );
  }
  // Anything else is the server's: logged in full, answered with nothing of it.
  (globalThis as { strapi?: { log: { error(e: unknown): void } } }).strapi?.log.error(original);
  return withCode(formatted, 'Internal Server Error', 'INTERNAL_SERVER_ERROR');
}
