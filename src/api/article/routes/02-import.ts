// Content API, not public: an API token (or a role given `api::article.article-import.import`)
// is needed. The Public role never gets it (src/access/public-permissions.ts).
export default {
  routes: [
    {
      method: 'POST',
      path: '/articles/import',
      handler: 'api::article.article-import.import',
    },
  ],
};
