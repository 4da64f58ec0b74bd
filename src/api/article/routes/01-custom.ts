import { PUBLIC_READ_AUTH } from '../../../cache/public-ability';

// Registered before the core routes (files load in name order), so `/articles/by-slug/...`
// is not taken for `/articles/:id`.
export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/by-slug/:slug',
      handler: 'api::article.article.bySlug',
      config: { auth: PUBLIC_READ_AUTH },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/attribution',
      handler: 'api::article.article.attribution',
      config: { auth: PUBLIC_READ_AUTH },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/jsonld',
      handler: 'api::article.article.jsonld',
      config: { auth: PUBLIC_READ_AUTH },
    },
  ],
};
