import type { Core } from '@strapi/strapi';

/*
 * The query layer is where every read passes: document-service middlewares see only the
 * top-level call, while GraphQL association resolvers load relations straight through
 * `strapi.db.query().load()` (plugin-graphql builders/resolvers/association.js) and relation
 * filters, sorts, counts and populates become joins and sub-queries inside @strapi/database.
 * Every query builder created for a public request therefore reads published rows only:
 * `published_at IS NOT NULL` at the root of a draft-and-publish model, and the same condition in
 * the ON clause of every join into such a model's table, so a filter, sort or count through a
 * relation sees the published rows as if drafts did not exist (a parent whose only related rows
 * are drafts is kept, with nothing to match).
 */

const READS = new Set(['select', 'count', 'max', 'min']);

interface JoinDescriptor {
  alias: string;
  referencedTable: string;
  targetField?: string;
  on?: Record<string, unknown>;
}

interface PublishedModels {
  uids: Set<string>;
  /** table name → its published_at column */
  tables: Map<string, string>;
}

function draftAndPublishModels(strapi: Core.Strapi): PublishedModels {
  const models: PublishedModels = { uids: new Set(), tables: new Map() };
  for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
    if (!(contentType as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish) {
      continue;
    }
    const meta = strapi.db.metadata.get(uid) as {
      tableName: string;
      attributes: { publishedAt?: { columnName?: string } };
    };
    models.uids.add(uid);
    models.tables.set(meta.tableName, meta.attributes.publishedAt?.columnName ?? 'published_at');
  }
  return models;
}

/** Makes every query builder created while `isPublicRead()` holds read published rows only. */
export function readPublishedRowsOnly(strapi: Core.Strapi, isPublicRead: () => boolean): void {
  const entityManager = strapi.db.entityManager;
  const createQueryBuilder = entityManager.createQueryBuilder.bind(entityManager);
  let models: PublishedModels | null = null; // metadata exists once the database is initialised

  entityManager.createQueryBuilder = (uid: string) => {
    const qb = createQueryBuilder(uid);
    if (!isPublicRead()) return qb;
    models ??= draftAndPublishModels(strapi);
    const published = models;
    const knex = strapi.db.connection;

    const processState = qb.processState.bind(qb);
    qb.processState = () => {
      if (!qb.state.processed && READS.has(qb.state.type) && published.uids.has(uid)) {
        qb.where({ publishedAt: { $notNull: true } });
      }
      processState();
    };

    const join = qb.join.bind(qb);
    qb.join = (descriptor: JoinDescriptor) => {
      const column = published.tables.get(descriptor.referencedTable);
      // A `targetField` join is expanded by Strapi into plain joins, which come back here.
      if (!column || descriptor.targetField || !READS.has(qb.state.type)) return join(descriptor);
      // An ON map holds equalities only; `x = x` is true exactly when x is not null.
      const self = knex.ref(`${descriptor.alias}.${column}`);
      return join({ ...descriptor, on: { ...descriptor.on, [column]: self } });
    };
    return qb;
  };
}
