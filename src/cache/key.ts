/*
 * Which requests the response cache may answer, and under which key. One rule for the Koa
 * middleware and for the HTTP fast path in front of Koa, so both agree on every request.
 */

const CACHEABLE_PATH = /^\/api\/(articles|sections|sources|feeds|sitemaps)(\/|$)/;
export const GRAPHQL_PATH = '/graphql';

type Headers = Record<string, string | string[] | undefined>;

/** Strapi's own session cookies (admin refresh token, koa-session): a signed-in person. */
const CREDENTIAL_COOKIE = /(?:^|;\s*)(?:strapi_admin_refresh|jwtToken|koa[.:]sess(?:\.sig)?)=/;

/** No Authorization header and no Strapi session cookie: a visitor the public answer fits. */
export function isAnonymous(headers: Headers): boolean {
  if (headers.authorization) return false;
  const cookie = headers.cookie;
  return !(typeof cookie === 'string' && CREDENTIAL_COOKIE.test(cookie));
}

export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** A REST GET/HEAD of public content; the key is the URL as the client sent it. */
export function restCacheKey(method: string, url: string): string | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  return CACHEABLE_PATH.test(pathOf(url)) ? `rest:${url}` : null;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/**
 * A GraphQL read, GET or POST alike, keyed by the query with its whitespace and comments
 * folded and the variables with their keys sorted. Mutations are never cached.
 */
export function graphqlCacheKey(request: GraphQLRequest): string | null {
  if (typeof request.query !== 'string') return null;
  const query = normalizeQuery(request.query);
  // Conservative: a document that mentions an operation of another kind anywhere is not a read.
  if (/\b(?:mutation|subscription)\b/.test(query)) return null;
  return `gql:${query}|${stableJson(request.variables ?? {})}|${request.operationName ?? ''}`;
}

/** A GraphQL GET (`/graphql?query=…&variables=…`) as a request; null when it is not one. */
export function graphqlRequestFromUrl(url: string): GraphQLRequest | null {
  if (pathOf(url) !== GRAPHQL_PATH) return null;
  const params = new URLSearchParams(url.slice(GRAPHQL_PATH.length + 1));
  const query = params.get('query');
  if (!query) return null;
  let variables: Record<string, unknown> | undefined;
  const rawVariables = params.get('variables');
  if (rawVariables) {
    try {
      variables = JSON.parse(rawVariables) as Record<string, unknown>;
    } catch {
      return null;
    }
  }
  return { query, variables, operationName: params.get('operationName') ?? undefined };
}

/** The cache key of any request the cache may answer from the URL alone (REST, GraphQL GET). */
export function urlCacheKey(method: string, url: string): string | null {
  if (method === 'GET' || method === 'HEAD') {
    const graphql = graphqlRequestFromUrl(url);
    if (graphql) return graphqlCacheKey(graphql);
  }
  return restCacheKey(method, url);
}

/** Comments and insignificant whitespace (outside strings) dropped. */
export function normalizeQuery(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const char = query[i];
    if (char === '"') {
      const block = query.startsWith('"""', i);
      const end = block ? query.indexOf('"""', i + 3) : stringEnd(query, i);
      const stop = end === -1 ? query.length : end + (block ? 3 : 1);
      out += query.slice(i, stop);
      i = stop;
    } else if (char === '#') {
      while (i < query.length && query[i] !== '\n') i += 1;
    } else if (/[\s,]/.test(char)) {
      while (i < query.length && /[\s,]/.test(query[i])) i += 1;
      // A space matters only between two characters that would otherwise join into one token.
      if (TOKEN_CHAR.test(out.slice(-1)) && TOKEN_CHAR.test(query[i] ?? '')) out += ' ';
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

const TOKEN_CHAR = /[\w."$-]/;

function stringEnd(query: string, start: number): number {
  for (let i = start + 1; i < query.length; i += 1) {
    if (query[i] === '\\') i += 1;
    else if (query[i] === '"') return i;
  }
  return -1;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
