import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_COST_LIMITS } from '../graphql/cost-limit';
import { checkGraphQLRequest } from '../graphql/request-guards';
import {
  displayPath,
  scanValue,
  textProblem,
  type InputProblem,
  type ShapeLimits,
} from '../input/text';

/** As deep as a query string can be parsed (qs depth 20) plus a little; bodies as deep as data. */
const QUERY_LIMITS: ShapeLimits = { maxDepth: 24, maxNodes: 5_000 };
const BODY_LIMITS: ShapeLimits = { maxDepth: 64, maxNodes: 200_000 };

interface Ctx {
  path: string;
  method: string;
  query: Record<string, unknown>;
  req: AsyncIterable<Buffer>;
  request: { body?: unknown };
  is(type: string): string | false | null;
  status: number;
  body: unknown;
}

/** As Apollo's own body parser (koa-bodyparser's default JSON limit). */
const GRAPHQL_BODY_LIMIT = 1024 * 1024;

/**
 * Strapi's body parser skips /graphql (Apollo's handler parses it later, too late to refuse
 * anything before Apollo validates). Parsed here instead; Apollo's parser then sees
 * `ctx.request.body` set and leaves it.
 */
async function readGraphQLBody(ctx: Ctx): Promise<unknown> {
  if (ctx.method !== 'POST' || ctx.request.body !== undefined || !ctx.is('application/json')) {
    return ctx.method === 'GET' ? ctx.query : ctx.request.body;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > GRAPHQL_BODY_LIMIT)
      throw new errors.PayloadTooLargeError('The request body exceeds 1 MB');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    ctx.request.body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    refuse('The request body is not valid JSON');
  }
  return ctx.request.body;
}

function refuse(message: string, details: Record<string, unknown> = {}): never {
  throw new errors.ValidationError(message, details);
}

function refuseProblem(problem: InputProblem): never {
  const path = displayPath(problem.path);
  refuse(`${path} ${problem.message}`, { path });
}

/*
 * Every request, before its route: a path, query string or body holding text PostgreSQL
 * refuses (NUL, lone surrogates), or nested beyond reason, is a 400 whatever route it was meant
 * for (custom routes run raw SQL with path segments). GraphQL requests are checked by
 * src/graphql/request-guards.ts and refused in GraphQL's error shape.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const graphqlEndpoint = () =>
    (strapi.plugin('graphql')?.config('endpoint') as string | undefined) ?? '/graphql';

  return async (ctx: Ctx, next: () => Promise<void>) => {
    let path: string;
    try {
      path = decodeURIComponent(ctx.path);
    } catch {
      refuse('The path is not valid percent-encoded UTF-8');
    }
    const pathProblem = textProblem(path);
    if (pathProblem) refuse(`The path ${pathProblem}`);

    if (ctx.path === graphqlEndpoint()) {
      const refused = checkGraphQLRequest(await readGraphQLBody(ctx), DEFAULT_COST_LIMITS);
      if (refused) {
        ctx.status = refused.status;
        ctx.body = refused.body;
        return;
      }
    } else {
      const query = scanValue(ctx.query, 'query', QUERY_LIMITS);
      if (query) refuseProblem(query);
      const body = scanValue(ctx.request.body, 'body', BODY_LIMITS);
      if (body) refuseProblem(body);
    }

    await next();
  };
};
