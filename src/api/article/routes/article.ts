import { factories } from '@strapi/strapi';
import { PUBLIC_READ_AUTH } from '../../../cache/public-ability';
import { ARTICLE_UID } from '../../../content-model/uids';

// Strapi's router types know `auth.scope` only; `auth.strategies` is read by core/services/auth.
const auth = PUBLIC_READ_AUTH as never;

// Public reads get their populate from the server (site/public-shape.ts), not the client.
export default factories.createCoreRouter(ARTICLE_UID, {
  config: {
    find: { auth, middlewares: ['api::article.public-populate'] },
    findOne: { auth, middlewares: ['api::article.public-populate'] },
  },
});
