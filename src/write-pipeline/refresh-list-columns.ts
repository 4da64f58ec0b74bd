import type { Core } from '@strapi/strapi';
import { SOURCE_UID } from '../content-model/uids';
import { refreshListColumnsOfSource } from '../editorial/list-columns-sync';
import type { WriteStep } from './write-context';

/*
 * The article list's Sources column (src/editorial/list-columns.ts) copies Source names; the
 * attribution step writes it with every article write. A Source renamed in the admin (or
 * through the API) changes no article, so this step carries the new name to the rows that
 * credit it, in the rename's transaction.
 */
export function refreshListColumns(strapi: Core.Strapi): WriteStep {
  return async (write, next) => {
    if (write.uid !== SOURCE_UID || write.action !== 'update' || !write.documentId) return next();
    if (!write.data || !('name' in write.data)) return next();
    const result = await next();
    await refreshListColumnsOfSource(strapi, write.documentId);
    return result;
  };
}
