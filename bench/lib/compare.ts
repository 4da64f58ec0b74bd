/*
 * Checks the benchmark makes before it measures: a seeded article answers exactly like its
 * twin written through the Document Service (once what must differ is set aside), and the raw
 * ceiling answers exactly like the CMS.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The first path where `a` and `b` differ, or null when they are equal (key order ignored). */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${at}: ${short(a)} ≠ ${short(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array ≠ object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i += 1) {
      const found = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!(key in left)) return `${at}.${key}: missing on the left`;
    if (!(key in right)) return `${at}.${key}: missing on the right`;
    const found = firstDifference(left[key], right[key], `${at}.${key}`);
    if (found) return found;
  }
  return null;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Fields that differ between an article and its twin by construction: ids, title, slug, times. */
const OWN_FIELDS = ['id', 'documentId', 'title', 'slug', 'createdAt', 'updatedAt', 'publishedAt'];

/**
 * An article response (REST `data` or GraphQL `articleBySlug`) without what legitimately
 * differs between two documents with the same content: their own ids, title and slug,
 * timestamps, component row ids, the translation time, and the alternates' titles and slugs.
 */
export function withoutIdentity(article: unknown): Json {
  if (!article || typeof article !== 'object') return article as Json;
  const copy = JSON.parse(JSON.stringify(article)) as Record<string, Json>;
  for (const field of OWN_FIELDS) delete copy[field];
  if (Array.isArray(copy.sources)) {
    for (const ref of copy.sources)
      if (ref && typeof ref === 'object') delete (ref as Record<string, Json>).id;
  }
  if (
    copy.translation &&
    typeof copy.translation === 'object' &&
    !Array.isArray(copy.translation)
  ) {
    delete copy.translation.id;
    delete copy.translation.translatedAt;
  }
  if (Array.isArray(copy.alternates)) {
    copy.alternates = copy.alternates.map((alternate) =>
      alternate && typeof alternate === 'object' && !Array.isArray(alternate)
        ? { locale: alternate.locale }
        : alternate
    );
  }
  return copy;
}
