import type { Core } from '@strapi/strapi';

/*
 * At most one draft and one published row per (document, locale): the rule Strapi keeps in
 * application code (and a race breaks), made a database constraint. Two partial unique indexes
 * per content table; types without draft & publish keep all rows published, so the draft
 * index stays empty there. For a type that is not localized the key is the document alone.
 */

export interface VersionedTable {
  table: string;
  documentIdColumn: string;
  localeColumn: string | null;
  publishedAtColumn: string;
}

export interface IndexDefinition {
  name: string;
  sql: string;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** PostgreSQL truncates identifiers at 63 bytes; keep the suffix that says what it is. */
function indexName(table: string, suffix: string): string {
  const room = 63 - suffix.length - 1;
  return `${table.slice(0, room)}_${suffix}`;
}

export function versionUniqueIndexes(target: VersionedTable): IndexDefinition[] {
  const key = [target.documentIdColumn, target.localeColumn]
    .filter((column): column is string => !!column)
    .map(quote)
    .join(', ');
  return (
    [
      ['one_draft_uq', 'IS NULL'],
      ['one_published_uq', 'IS NOT NULL'],
    ] as const
  ).map(([suffix, condition]) => {
    const name = indexName(target.table, suffix);
    return {
      name,
      sql: `CREATE UNIQUE INDEX IF NOT EXISTS ${quote(name)} ON ${quote(target.table)} (${key}) WHERE ${quote(target.publishedAtColumn)} ${condition}`,
    };
  });
}

/** What is read here of Strapi's database metadata (`Meta`); an attribute may be absent. */
interface ModelMeta {
  tableName: string;
  attributes: Record<string, { type: string; columnName?: string } | undefined>;
}

/** The project's content types (api::…) as tables, read from Strapi's database metadata. */
export function versionedTables(strapi: Core.Strapi): VersionedTable[] {
  return Object.entries(strapi.contentTypes)
    .filter(([uid]) => uid.startsWith('api::'))
    .map(([uid, contentType]) => {
      const meta: ModelMeta = strapi.db.metadata.get(uid);
      const localized = Boolean(
        (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n
          ?.localized
      );
      return {
        table: meta.tableName,
        documentIdColumn: meta.attributes.documentId?.columnName ?? 'document_id',
        localeColumn: localized ? (meta.attributes.locale?.columnName ?? 'locale') : null,
        publishedAtColumn: meta.attributes.publishedAt?.columnName ?? 'published_at',
      };
    });
}

/**
 * Creates the indexes, idempotently, after Strapi's schema sync. A database that already holds
 * duplicate versions (made before this constraint existed) keeps working: the index is skipped
 * and the log says which table needs cleaning.
 */
export async function ensureVersionUniqueness(strapi: Core.Strapi): Promise<void> {
  for (const target of versionedTables(strapi)) {
    for (const index of versionUniqueIndexes(target)) {
      try {
        await strapi.db.connection.raw(index.sql);
      } catch (error) {
        if ((error as { code?: string }).code !== '23505') throw error;
        strapi.log.error(
          `${target.table} holds more than one version per document and locale, so the unique index ${index.name} was not created; remove the duplicate rows and restart.`
        );
      }
    }
  }
}
