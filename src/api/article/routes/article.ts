import { factories } from '@strapi/strapi';

// Public reads get their populate from the server (site/public-shape.ts), not the client.
export default factories.createCoreRouter('api::article.article', {
  config: {
    find: { middlewares: ['api::article.public-populate'] },
    findOne: { middlewares: ['api::article.public-populate'] },
  },
});
