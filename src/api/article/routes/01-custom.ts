// Registered before the core routes (files load in name order), so `/articles/by-slug/...`
// is not taken for `/articles/:id`.
export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/by-slug/:slug',
      handler: 'api::article.article.bySlug',
    },
    {
      method: 'GET',
      path: '/articles/:documentId/attribution',
      handler: 'api::article.article.attribution',
    },
    {
      method: 'GET',
      path: '/articles/:documentId/jsonld',
      handler: 'api::article.article.jsonld',
    },
  ],
};
