// For API tokens (full access, or a custom token given
// `api::article.article-translation.status`); the Public role never gets it
// (src/access/public-permissions.ts). Loaded before the core routes (files load in name
// order), so `/articles/translation-status` is not taken for `/articles/:id`.
export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/translation-status',
      handler: 'api::article.article-translation.status',
    },
  ],
};
