import type { Core } from '@strapi/strapi';

/**
 * Runs `callback` after any database write to the given models, whatever path made it
 * (Document Service, plugins' own db.query calls, bulk operations): for caches and derived
 * state that must follow those tables.
 */
export function onModelWrites(
  strapi: Core.Strapi,
  models: string[],
  callback: () => void | Promise<void>
): void {
  strapi.db.lifecycles.subscribe({
    models,
    afterCreate: callback,
    afterUpdate: callback,
    afterDelete: callback,
    afterCreateMany: callback,
    afterUpdateMany: callback,
    afterDeleteMany: callback,
  });
}
