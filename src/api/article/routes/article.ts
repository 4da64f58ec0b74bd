import { factories } from '@strapi/strapi';
import { PUBLIC_READ_AUTH } from '../../../cache/public-ability';
import { ARTICLE_UID } from '../../../content-model/uids';

// Cast: the core router's types know `auth.scope` only; core/services/auth reads `strategies`.
const auth = PUBLIC_READ_AUTH as never;

// Public reads get their populate from the server (site/public-shape.ts), not the client.
export default factories.createCoreRouter(ARTICLE_UID, {
  config: {
    find: { auth, middlewares: ['api::article.public-populate'] },
    findOne: { auth, middlewares: ['api::article.public-populate'] },
  },
});
