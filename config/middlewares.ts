export default [
  'strapi::logger',
  'strapi::errors',
  'global::database-errors', // database unreachable: 503 + Retry-After; a collision: 409
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
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
  'strapi::session',
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'strapi::public',
  'global::query-guards',
];
