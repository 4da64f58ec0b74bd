import type { Core, Modules } from '@strapi/strapi';
import { publicResponseCache } from '../site/public-cache-state';
import { invalidatePublicAbility } from '../platform/public-access';
import { onModelWrites } from '../platform/model-writes';

const WRITES = new Set([
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
  'clone',
]);

/**
 * Every content write through the Document Service empties the public response cache, after
 * its transaction commits, so a publish shows on the very next request.
 */
export function invalidateCacheOnWrite(
  strapi: Core.Strapi
): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!WRITES.has(context.action) || !context.uid.startsWith('api::')) return next();
    const result = await strapi.db.transaction(async ({ onCommit }) => {
      const value = await next();
      onCommit(() => publicResponseCache.invalidateAll());
      return value;
    });
    publicResponseCache.invalidateAll();
    return result;
  };
}

/** What the public may read changes with its role's permissions: drop cached answers then. */
export function invalidateCacheOnPermissionChange(strapi: Core.Strapi): void {
  const invalidate = () => {
    publicResponseCache.invalidateAll();
    invalidatePublicAbility();
  };
  onModelWrites(
    strapi,
    [
      'plugin::users-permissions.permission',
      'plugin::users-permissions.role',
      'plugin::i18n.locale',
    ],
    invalidate
  );
}
