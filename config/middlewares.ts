export default [
  'strapi::logger',
  'strapi::errors',
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
  // After the body parser: checks path, query and body; maps database input errors to 400.
  'global::request-guards',
  'strapi::session',
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'strapi::public',
  'global::query-guards',
];
