/*
 * Tag-based invalidation: each cached response carries the tags of what it was made from, and
 * a write invalidates the tags of what it touched, so one article's write leaves every other
 * article's pages cached.
 *
 *   doc:<documentId>   any response showing that document (item, by-slug, attribution, JSON-LD,
 *                      ninjs, in every locale; a GraphQL answer that names it)
 *   list:<locale>      lists of one locale: REST lists, search, feeds, per-locale sitemaps
 *   list:default       lists that named no locale (Strapi answers the default one)
 *   list:all           lists across locales (`locale=*`, the sitemap index, GraphQL lists)
 *
 * Writes to anything but articles (sources, sections, locales, permissions) are rare and show
 * in every article's answer: they invalidate every response.
 */
import { ARTICLE_UID } from '../content-model/uids';

// The name cache/invalidation.ts imports (it moves in another change).
export const docTag = (documentId: string) => `doc:${documentId}`;
export const listTag = (locale: string) => `list:${locale}`;
export const LIST_DEFAULT = 'list:default';
export const LIST_ALL = 'list:all';

type Query = Record<string, unknown>;

function localeListTag(locale: unknown): string {
  if (locale === undefined || locale === '') return LIST_DEFAULT;
  return typeof locale === 'string' && locale !== '*' ? listTag(locale) : LIST_ALL;
}

/** Every `documentId` in a JSON answer, at any depth. */
export function documentIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) documentIdsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'documentId' && typeof item === 'string') found.add(docTag(item));
      else documentIdsIn(item, found);
    }
  }
  return found;
}

/** The tags of a REST answer, from its path, its query and (JSON) body. */
export function tagsOfRestResponse(path: string, query: Query, body: unknown): string[] {
  const segments = path.replace(/^\/api\//, '').split('/');
  const [collection, second] = segments;
  if (collection === 'feeds') return [listTag(second)];
  if (collection === 'sitemaps') return [second === 'index.xml' ? LIST_ALL : listTag(second)];
  if (collection !== 'articles') return [`model:${collection}`];

  const tags = documentIdsIn(body);
  const isList = second === undefined || second === '' || second === 'search';
  if (isList) tags.add(localeListTag(query.locale));
  else if (second === 'by-slug') {
    // A by-slug answer is the document it found (its documentId is in the body).
    if (tags.size === 0) tags.add(localeListTag(query.locale));
  } else tags.add(docTag(second));
  return [...tags];
}

/**
 * The tags of a GraphQL answer: the documents it names, and, unless every root field is one
 * document, the cross-locale list tag (a list, a search, or a lookup that found nothing, which
 * a publish may make find something).
 */
export function tagsOfGraphQLResponse(body: unknown): string[] {
  const data = (body as { data?: Record<string, unknown> } | null)?.data;
  const tags = documentIdsIn(data ?? {});
  const roots = data ? Object.values(data) : [];
  const singleDocuments =
    roots.length > 0 &&
    roots.every((root) => {
      const node = (root as { data?: unknown } | null)?.data ?? root;
      return Boolean(
        node && typeof node === 'object' && !Array.isArray(node) && 'documentId' in node
      );
    });
  if (!singleDocuments) tags.add(LIST_ALL);
  return [...tags];
}

export interface DocumentWrite {
  uid: string;
  documentId?: string;
  /** Locales the document had before the write, and the one it wrote. */
  locales: string[];
}

/** The tags a write of one article touches; null: every response. */
export function tagsOfWrite(write: DocumentWrite): string[] | null {
  if (write.uid !== ARTICLE_UID || !write.documentId) return null;
  return [docTag(write.documentId), ...new Set(write.locales.map(listTag)), LIST_DEFAULT, LIST_ALL];
}
