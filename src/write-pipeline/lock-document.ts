import type { Core, Modules } from '@strapi/strapi';
import { lockFor } from '../postgres/advisory-lock';
import { KeyedTurns } from './keyed-turns';
import { isWriteConflict } from '../postgres/errors';
import { conflictError } from '../http/errors';
import { WRITE_ACTIONS } from './actions';

/** The document a write changes; none for a create that makes a new document. */
export function writtenDocumentId(params: unknown): string | null {
  const { documentId, data } = (params ?? {}) as { documentId?: unknown; data?: unknown };
  if (typeof documentId === 'string' && documentId) return documentId;
  const fromData = (data as { documentId?: unknown } | null | undefined)?.documentId;
  return typeof fromData === 'string' && fromData ? fromData : null;
}

export const documentLockKey = (uid: string, documentId: string) => `document:${uid}:${documentId}`;

const turns = new KeyedTurns();

/*
 * Writes to one document take turns, on every path (REST, GraphQL, admin panel, imports, CLI,
 * other processes): registered first, this opens the transaction that Strapi's own write and
 * every later middleware (slugs, attribution, publish guard) join, and takes a transaction-
 * scoped advisory lock on the document in it before anything reads the document. Without it,
 * two writes each delete and re-create the same components and versions (orphaned component
 * rows, a published text with another write's sources, one locale created six times).
 *
 * A first write of a new localization is an `update` with the documentId, so it is locked too;
 * a create of a new document needs no lock (nobody else knows its id yet).
 *
 * Writers in this process that are not already inside a transaction also queue in memory
 * first, so a burst on one document holds one pool connection while it waits, not one per
 * writer. A write inside a caller's transaction (the admin panel's update-then-publish, an
 * import) skips that queue: its turn would end before the caller's transaction, and so the
 * advisory lock, does, and the next in the queue would wait on it while holding the turn.
 */
export function serializeDocumentWrites(
  strapi: Core.Strapi
): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action)) return next();
    const documentId = writtenDocumentId(context.params);
    const write = () =>
      strapi.db.transaction(async ({ trx }) => {
        if (documentId) await lockFor(trx, documentLockKey(context.uid, documentId));
        return next();
      });
    try {
      return documentId && !strapi.db.inTransaction()
        ? await turns.run(documentLockKey(context.uid, documentId), write)
        : await write();
    } catch (error) {
      // The database constraints are the last line: a write that still collides is a 409.
      if (isWriteConflict(error)) {
        throw conflictError(
          'Another write to this document was saved at the same moment. Reload it and try again.',
          { documentId }
        );
      }
      throw error;
    }
  };
}
