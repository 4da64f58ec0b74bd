import { graphqlCacheMiddleware } from '../cache/graphql-middleware';

// Strapi loads global middlewares from this folder by name; the cache itself is src/cache/.
export default (config: { enabled?: boolean }) => graphqlCacheMiddleware(config);
