import { PUBLIC_READ_AUTH } from '../../../cache/public-ability';

const auth = PUBLIC_READ_AUTH;

// Loaded before the core routes (files load in name order), so `/articles/search` is not
// taken for `/articles/:id`.
export default {
  routes: [
    { method: 'GET', path: '/articles/search', handler: 'api::article.article-site.search' },
    {
      method: 'GET',
      path: '/articles/:documentId/ninjs',
      handler: 'api::article.article-site.ninjs',
    },
  ].map((route) => ({ ...route, config: { auth } })),
};
