import { publicCacheMiddleware } from '../cache/middleware';

// Strapi loads global middlewares from this folder by name; the cache itself is src/cache/.
export default (config: { enabled?: boolean }) => publicCacheMiddleware(config);
