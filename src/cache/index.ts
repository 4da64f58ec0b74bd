import type { Core } from '@strapi/strapi';
import { hearsChanges, onInvalidate } from '../coherence/local-caches';
import { answerHitsBeforeKoa } from './fast-path';
import { edgeHeadersOf } from './headers';
import { announceModelWrites } from './invalidation';
import { RedisStore } from './redis-store';
import { responseCache } from './response-cache';

/*
 * The response cache: key.ts (what is cached, under which key), tags.ts (what an answer depends
 * on, what a write touches), etag.ts, headers.ts (stored headers, CORS per request), entry.ts,
 * memory-store.ts, redis-store.ts (optional, REDIS_URL), response-cache.ts (the tiers and
 * request coalescing), middleware.ts (Koa), fast-path.ts (hits before Koa), invalidation.ts
 * (the document-service middleware), public-ability.ts (the Public role's ability).
 */
export { invalidateOnWrite } from './invalidation';
export { PUBLIC_READ_AUTH } from './public-ability';
export { responseCache } from './response-cache';

const enabled = () => process.env.CMS_RESPONSE_CACHE !== 'off';

/** For bootstrap(): invalidations from every process, Redis when configured, the fast path. */
export function setUpResponseCache(strapi: Core.Strapi): void {
  responseCache.trustWhen(hearsChanges);
  onInvalidate('responses', (change) => responseCache.invalidate(change.tags));
  announceModelWrites(strapi);
  const redisUrl = process.env.REDIS_URL;
  if (redisUrl && enabled()) {
    responseCache.useShared(
      new RedisStore(redisUrl, {
        onState: (state) =>
          state === 'lost'
            ? strapi.log.warn('Redis is unreachable: answering from memory and the database')
            : strapi.log.info('Redis cache connected'),
      })
    );
  }
  const server = (strapi.server as { httpServer?: import('node:http').Server }).httpServer;
  if (server && enabled()) {
    answerHitsBeforeKoa(server, responseCache, edgeHeadersOf(strapi.config.get('middlewares')));
  }
}

export async function tearDownResponseCache(): Promise<void> {
  await responseCache.sharedStore?.close();
  responseCache.useShared(null);
}
