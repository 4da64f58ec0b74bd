import { corsPolicy } from '../src/http/cors-policy';

export default [
  'strapi::logger',
  'strapi::errors',
  'global::error-shape', // database input errors → 400, `details` on every client error
  'global::database-errors', // database unreachable: 503 + Retry-After; a collision: 409
  'global::forbidden-reasons', // Strapi's bare 403 "Forbidden" on content → why, in the editor's terms
  'strapi::security',
  // Origins from CMS_CORS_ORIGINS; credentials only for origins named there (cors-policy.ts).
  { name: 'strapi::cors', config: corsPolicy(process.env.CMS_CORS_ORIGINS) },
  // No strapi::poweredBy: X-Powered-By only tells an attacker what to try.
  {
    name: 'global::public-cache',
    config: { enabled: process.env.CMS_RESPONSE_CACHE !== 'off' },
  },
  'strapi::query',
  {
    name: 'strapi::body',
    // Imports carry whole articles; anything over 1 MB is refused with a 413.
    config: { jsonLimit: '1mb', textLimit: '1mb', formLimit: '1mb', text: true },
  },
  // After the body parser: text and nesting of path, query and body; GraphQL request shape.
  'global::request-guards',
  // GraphQL reads are cached once their POST body is parsed (src/cache/graphql-middleware.ts).
  {
    name: 'global::graphql-cache',
    config: { enabled: process.env.CMS_RESPONSE_CACHE !== 'off' },
  },
  'strapi::session',
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'strapi::public',
  'global::query-guards',
];
